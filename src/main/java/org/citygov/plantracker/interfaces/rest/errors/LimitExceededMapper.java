package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.application.LimitExceededException;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.RestErrors;

/** One user asked for more than a user may have at a time → 429 with the reason and a Retry-After. */
@Provider
public class LimitExceededMapper implements ExceptionMapper<LimitExceededException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(LimitExceededException e) {
        return answer(e, headers);
    }

    static Response answer(LimitExceededException e, HttpHeaders headers) {
        String text = Texts.get(RestErrors.locale(headers), e.getMessageKey(), e.getArguments());
        return Response.fromResponse(RestErrors.response(429, "too_many_requests",
                text.equals(e.getMessageKey()) ? e.getMessage() : text)).header("Retry-After", "60").build();
    }
}
