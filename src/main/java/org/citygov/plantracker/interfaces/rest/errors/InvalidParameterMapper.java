package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.InvalidParameterException;
import org.citygov.plantracker.interfaces.rest.RestErrors;

import java.util.List;

/** A parameter the API cannot use → 400, the parameter named in {@code violations[0].field}. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidParameterException e) {
        String text = Texts.get(RestErrors.locale(headers), e.getMessageKey(), e.getArguments());
        String message = text.equals(e.getMessageKey()) ? e.getMessage() : text;
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorDto(400, "invalid_parameter", message,
                        List.of(new ErrorDto.FieldError(e.getParameter(), e.getMessageKey(), message))))
                .build();
    }
}
