package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.interfaces.rest.RestErrors;

@Provider
public class UnknownEntityMapper implements ExceptionMapper<UnknownEntityException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(UnknownEntityException e) {
        return RestErrors.notFound(RestErrors.locale(headers), e.getKind(), e.getKey());
    }
}
