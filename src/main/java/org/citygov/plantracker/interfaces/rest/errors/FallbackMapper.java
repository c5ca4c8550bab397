package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.RestErrors;

import java.util.Locale;
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

    @Context
    private Request request;

    @Context
    private SecurityContext security;

    @Inject
    private CurrentUser currentUser;

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) {
                return RestErrors.violations(RestErrors.locale(headers), v);
            }
            if (t instanceof AccessDeniedException a) {
                return AccessDeniedMapper.answer(a, headers);
            }
            if (t instanceof org.citygov.plantracker.application.LimitExceededException l) {
                return LimitExceededMapper.answer(l, headers);
            }
            if (t instanceof UnknownEntityException u) {
                return UnknownEntityMapper.answer(u, headers, security, currentUser);
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
            return http(w);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "REST incident " + incident, e);
        return RestErrors.response(500, "internal", Texts.get(RestErrors.locale(headers), "error.internal", incident));
    }

    /**
     * A JAX-RS error (no such path, method or media type, a parameter that does not convert) in our
     * words and the caller's language: the framework's own text (RESTEASY003065 …) never leaves.
     */
    private Response http(WebApplicationException w) {
        Locale locale = RestErrors.locale(headers);
        int status = w.getResponse().getStatus();
        String key;
        Object argument = null;
        switch (status) {
            case 400 -> key = "http.badRequest";
            case 404 -> {
                // a path or query parameter that does not convert is answered 404 by the JAX-RS rules;
                // it is the caller's malformed input, so 400 like every other malformed parameter
                if (w.getCause() != null) {
                    return RestErrors.response(400, "invalid_parameter", Texts.get(locale, "http.badParameter"));
                }
                key = "http.notFound";
            }
            case 405 -> {
                key = "http.methodNotAllowed";
                argument = request == null ? "?" : request.getMethod();
            }
            case 406 -> key = "http.notAcceptable";
            case 413 -> key = "http.payloadTooLarge";
            case 415 -> {
                key = "http.unsupportedMediaType";
                argument = headers == null || headers.getMediaType() == null ? "?" : headers.getMediaType().toString();
            }
            case 429 -> key = "http.tooManyRequests";
            default -> {
                key = "http.other";
                argument = status;
            }
        }
        Response response = RestErrors.response(status, "http_" + status,
                argument == null ? Texts.get(locale, key) : Texts.get(locale, key, String.valueOf(argument)));
        Object allow = w.getResponse().getHeaders().getFirst("Allow");
        return allow == null ? response : Response.fromResponse(response).header("Allow", allow).build();
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
