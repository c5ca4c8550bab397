package org.citygov.plantracker.interfaces.rest.errors;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.interfaces.rest.RestErrors;

@Provider
public class UnknownEntityMapper implements ExceptionMapper<UnknownEntityException> {

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Inject
    private CurrentUser currentUser;

    @Override
    public Response toResponse(UnknownEntityException e) {
        return answer(e, headers, security, currentUser);
    }

    /**
     * 404, except that a project office asking for a project that does not exist hears the 403 of another unit's project.
     * A caller with a personal API token (Bearer) has no container roles: its roles are the application's ({@link CurrentUser}).
     */
    static Response answer(UnknownEntityException e, HttpHeaders headers, SecurityContext security, CurrentUser currentUser) {
        boolean office = (security != null && security.isUserInRole("PROJECT_OFFICE"))
                || (currentUser != null && currentUser.hasRole(Role.PROJECT_OFFICE));
        return AccessDeniedException.hidingExistence(e, office)
                .map(refusal -> AccessDeniedMapper.answer(refusal, headers))
                .orElseGet(() -> RestErrors.notFound(RestErrors.locale(headers), e.getKind(), e.getKey()));
    }
}
