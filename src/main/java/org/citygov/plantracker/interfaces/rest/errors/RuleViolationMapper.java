package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.RestErrors;

@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolation e) {
        return RestErrors.violations(RestErrors.locale(headers), e);
    }
}
