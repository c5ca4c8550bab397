package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.RestErrors;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: JAX-RS errors keep their status with a JSON body; exceptions wrapped by a
 * transaction interceptor are unwrapped to the application exception inside; anything unexpected
 * is logged with an incident id and answered 500 without internals.
 */
@Provider
public class FallbackMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) {
                return RestErrors.violations(RestErrors.locale(headers), v);
            }
            if (t instanceof AccessDeniedException a) {
                String text = Texts.get(RestErrors.locale(headers), a.getMessageKey(), a.getArguments());
                return RestErrors.response(403, "forbidden", text.equals(a.getMessageKey()) ? a.getMessage() : text);
            }
            if (t instanceof UnknownEntityException u) {
                return RestErrors.notFound(RestErrors.locale(headers), u.getKind(), u.getKey());
            }
            if (t instanceof ConcurrentEditException c) {
                return RestErrors.response(409, "conflict", Texts.get(RestErrors.locale(headers), "error.conflict", c.getWhat()));
            }
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return RestErrors.response(409, "conflict", Texts.get(RestErrors.locale(headers), "error.conflict", "?"));
            }
        }
        if (unreadableBody(e)) {
            return RestErrors.response(400, "malformed_body", Texts.get(RestErrors.locale(headers), "error.malformedBody"));
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            return RestErrors.response(status, "http_" + status,
                    w.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : w.getMessage());
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "REST incident " + incident, e);
        return RestErrors.response(500, "internal", Texts.get(RestErrors.locale(headers), "error.internal", incident));
    }

    /**
     * A request body the JSON provider could not read (not JSON, or a value of the wrong type):
     * the client's mistake, 400, not an incident. RESTEasy reports it as a ProcessingException
     * around the JSON-B or JSON-P exception.
     */
    static boolean unreadableBody(Throwable e) {
        if (!(e instanceof jakarta.ws.rs.ProcessingException)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException
                    || t.getClass().getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }
}
