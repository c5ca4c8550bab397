package org.citygov.plantracker.interfaces.web.common;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in faces-config.xml: wraps the default handler with {@link ApplicationExceptionHandler}. */
public class ApplicationExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ApplicationExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ApplicationExceptionHandler(getWrapped().getExceptionHandler());
    }
}
