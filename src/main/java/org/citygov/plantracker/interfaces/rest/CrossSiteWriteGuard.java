package org.citygov.plantracker.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.util.Set;

/**
 * CSRF defence of the API (issue 15). A browser signed in to the pages sends its session cookie
 * with any request, including a form another site makes it post. So a write (POST, PUT, PATCH,
 * DELETE) that is authenticated by the session cookie alone — no {@code Authorization} header — must
 * carry the header {@value #HEADER}: a cross-site form cannot set a custom header, and a cross-site
 * script that tries is stopped by the browser's CORS preflight (the API sends no CORS headers).
 * Reads stay open to the session (a signed-in user may open a JSON link), and clients with
 * credentials of their own (HTTP Basic, tokens) are not affected. The second layer is that every
 * write declares {@code @Consumes}: a form's {@code text/plain} or {@code application/x-www-form-urlencoded}
 * body is answered 415 before any resource runs.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public class CrossSiteWriteGuard implements ContainerRequestFilter {

    /** The header a same-site script sends with a session-authenticated write. */
    public static final String HEADER = "X-Requested-With";

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (refused(context.getMethod(), context.getHeaderString(HttpHeaders.AUTHORIZATION),
                context.getHeaderString(HEADER), request.getUserPrincipal() != null)) {
            String message = Texts.get(RestErrors.locale(context.getAcceptableLanguages()), "csrf.headerRequired", HEADER);
            context.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(ErrorDto.of(403, "cross_site_write", message))
                    .build());
        }
    }

    /** A write authenticated by the session cookie only, without the custom header. */
    static boolean refused(String method, String authorization, String customHeader, boolean signedIn) {
        return !SAFE.contains(method) && signedIn && (authorization == null || authorization.isBlank())
                && (customHeader == null || customHeader.isBlank());
    }
}
