package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.RestErrors;

@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(AccessDeniedException e) {
        return answer(e, headers);
    }

    static Response answer(AccessDeniedException e, HttpHeaders headers) {
        String text = Texts.get(RestErrors.locale(headers), e.getMessageKey(), e.getArguments());
        return RestErrors.response(403, "forbidden", text.equals(e.getMessageKey()) ? e.getMessage() : text);
    }
}
