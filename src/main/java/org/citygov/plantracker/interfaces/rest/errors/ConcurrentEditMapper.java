package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.RestErrors;

@Provider
public class ConcurrentEditMapper implements ExceptionMapper<ConcurrentEditException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ConcurrentEditException e) {
        return RestErrors.response(409, "conflict", Texts.get(RestErrors.locale(headers), "error.conflict", e.getWhat()));
    }

    /** The @Version backstop, when a conflict is only found at flush time. */
    @Provider
    public static class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return RestErrors.response(409, "conflict", Texts.get(RestErrors.locale(headers), "error.conflict", "?"));
        }
    }
}
