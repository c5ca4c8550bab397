package org.citygov.plantracker.application.security;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not do this. Mapped to HTTP 403 by REST and to a message by the web pages. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    /** A key in the messages bundle, with its arguments, so each interface can say it in the user's language. */
    private final String messageKey;
    private final transient Object[] arguments;

    public AccessDeniedException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }
}
