package org.citygov.plantracker.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for the REST API, against the same security realm as the login page
 * ({@link HttpServletRequest#login}). A caller already signed in through the web session passes
 * as is. Anyone else gets 401 with a JSON body and a Basic challenge, never the login page.
 * Which user may do what is decided by the application layer, not here. Paths under
 * {@code /api/v1/public/} (published reports) are open to everyone and need no credentials.
 * <p>
 * Basic is stateless: the HTTP session the container opens to hold the identity of a Basic login is
 * closed when the response leaves, so API clients do not pile up sessions (one per call, each kept
 * for an hour and replicated in a cluster).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String CHALLENGE = "Basic realm=\"plantracker\", charset=\"UTF-8\"";
    private static final String BASIC_LOGIN = BasicAuthenticationFilter.class.getName() + ".login";

    @Context
    private HttpServletRequest request;

    /** Paths under /api/v1 open to everyone without credentials (published reports). */
    static final String PUBLIC_PREFIX = "public/";

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getUserPrincipal() != null || isPublic(context.getUriInfo().getPath())) {
            return;
        }
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            context.abortWith(unauthorized(context, "auth.required"));
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            context.abortWith(unauthorized(context, "auth.malformed"));
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            context.abortWith(unauthorized(context, "auth.malformed"));
            return;
        }
        try {
            request.login(decoded.substring(0, colon), decoded.substring(colon + 1));
            context.setProperty(BASIC_LOGIN, Boolean.TRUE);
        } catch (ServletException e) {
            context.abortWith(unauthorized(context, "auth.failed"));
        }
    }

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext responseContext) {
        if (Boolean.TRUE.equals(requestContext.getProperty(BASIC_LOGIN))) {
            HttpSession session = request.getSession(false);
            if (session != null && session.isNew()) {
                session.invalidate();
            }
        }
    }

    static boolean isPublic(String path) {
        String relative = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith(PUBLIC_PREFIX) && !relative.contains("..");
    }

    private static Response unauthorized(ContainerRequestContext context, String key) {
        String message = Texts.get(RestErrors.locale(context.getAcceptableLanguages()), key);
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ErrorDto.of(401, "unauthorized", message))
                .build();
    }
}
