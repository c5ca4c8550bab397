package org.citygov.plantracker.interfaces.web.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the application's expected failures into what a person can act on, in their language
 * (see {@link FailureMessages}):
 * <ul>
 *   <li>in a postback (ajax or not) before rendering: a faces message — on the input the rule is about
 *       when the page has one of that id, else global — and the page is rendered again (the template's
 *       growl updates itself on every ajax response);</li>
 *   <li>when a page is opened (GET, e.g. a {@code f:viewAction} loading {@code ?code=…}) or the failure
 *       happens while rendering: the HTTP status (403, 404 …) with the message on the error page, so
 *       no data of a refused page is ever sent.</li>
 * </ul>
 * Anything else unexpected in an ajax request is logged with an incident number and reported as
 * {@code error.internal}; in a full-page request it goes on to the default handler (the 500 page).
 */
public class ApplicationExceptionHandler extends ExceptionHandlerWrapper {

    /** Request attribute the error pages read the message from. */
    public static final String ERROR_MESSAGE = "plantracker.error.message";

    private static final Logger LOG = Logger.getLogger(ApplicationExceptionHandler.class.getName());

    public ApplicationExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                Throwable thrown = event.getContext().getException();
                PhaseId phase = event.getContext().getPhaseId();
                if (handled(context, thrown, phase)) {
                    events.remove();
                }
            }
        }
        getWrapped().handle();
    }

    /** A project office naming a project that does not exist is refused as for another unit's (issue 15). */
    private static Throwable hidingExistence(FacesContext context, Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.citygov.plantracker.application.UnknownEntityException unknown) {
                Optional<? extends Throwable> refusal = org.citygov.plantracker.application.security.AccessDeniedException
                        .hidingExistence(unknown, context.getExternalContext().isUserInRole("PROJECT_OFFICE"));
                return refusal.isPresent() ? refusal.get() : thrown;
            }
        }
        return thrown;
    }

    private boolean handled(FacesContext context, Throwable thrown, PhaseId phase) {
        Locale locale = locale(context);
        Optional<FailureMessages.Failure> failure = FailureMessages.of(hidingExistence(context, thrown), locale);
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        boolean rendering = phase == PhaseId.RENDER_RESPONSE;
        if (failure.isPresent()) {
            LOG.log(Level.FINE, "Refused or failed on the page: " + failure.get().summary(), thrown);
            if (context.isPostback() && !rendering) {
                failure.get().lines().forEach(line -> context.addMessage(clientIdOf(context, line.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, line.text(), null)));
                context.validationFailed();
                context.renderResponse();
                return true;
            }
            return sendError(context, failure.get().status(), failure.get().summary());
        }
        if (ajax && !rendering && !(unwrap(thrown) instanceof jakarta.faces.application.ViewExpiredException)) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Page incident " + incident, thrown);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_FATAL,
                    Texts.get(locale, "error.internal", incident), null));
            context.renderResponse();
            return true;
        }
        return false;
    }

    /** Ends the request with an error status; the error page shows {@code message}. */
    private static boolean sendError(FacesContext context, int status, String message) {
        ExternalContext external = context.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        try {
            external.getRequestMap().put(ERROR_MESSAGE, message);
            external.responseReset();
            external.responseSendError(status, message);
            context.responseComplete();
            return true;
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /** The client id of the input whose id is the violated field, so its p:message shows the text. */
    private static String clientIdOf(FacesContext context, String field) {
        UIViewRoot root = context.getViewRoot();
        if (field == null || root == null) {
            return null;
        }
        AtomicReference<String> found = new AtomicReference<>();
        root.visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (component instanceof UIInput && field.equals(component.getId())) {
                found.set(component.getClientId(visit.getFacesContext()));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }

    private static Locale locale(FacesContext context) {
        try {
            return CDI.current().select(LocaleBacking.class).get().getLocale();
        } catch (RuntimeException e) {
            UIViewRoot root = context.getViewRoot();
            return root == null ? Texts.CHINESE : Texts.supported(root.getLocale());
        }
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
