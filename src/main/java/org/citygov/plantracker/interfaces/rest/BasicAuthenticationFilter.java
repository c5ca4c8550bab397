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
import jakarta.inject.Inject;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.application.security.TokenIdentity;
import org.citygov.plantracker.application.user.SignInGuard;
import org.citygov.plantracker.domain.model.user.SignInMethod;
import org.citygov.plantracker.interfaces.web.admin.SignInTimes;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.util.Optional;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic and personal API tokens (Bearer) for the REST API. Basic goes through the same
 * {@link SignInGuard} as the sign-in page (throttling per username and address, a lock answered with
 * 429 and Retry-After, the sign-in log) and the same security realm ({@link HttpServletRequest#login}). A caller already signed in through the web session passes
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
    private static final String ABORTED = BasicAuthenticationFilter.class.getName() + ".aborted";

    @Context
    private HttpServletRequest request;

    /** Paths under /api/v1 open to everyone without credentials (published reports). */
    static final String PUBLIC_PREFIX = "public/";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TokenIdentity tokenIdentity;

    @Inject
    private SignInGuard guard;

    @Override
    public void filter(ContainerRequestContext context) {
        if (isPublic(context.getUriInfo().getPath())) {
            return;
        }
        if (request.getUserPrincipal() == null) {
            authenticate(context);
        }
        if (context.getProperty(ABORTED) == null) {
            checkAccount(context);
        }
    }

    /**
     * The account's state, as the pages apply it (AccountGateFilter): apart from reading the own account
     * and changing the password, no role → 403 {@code noRole}; a one-time password → 403
     * {@code passwordChangeRequired}.
     */
    private void checkAccount(ContainerRequestContext context) {
        Optional<AppUser> user = currentUser.user();
        if (user.isEmpty()) {
            abort(context, unauthorized(context, "auth.failed"));
        } else if (isPasswordChange(context)) {
            return;
        } else if (user.get().getRoles().isEmpty()) {
            abort(context, RestErrors.response(403, "noRole",
                    Texts.get(RestErrors.locale(context.getAcceptableLanguages()), "access.noRole")));
        } else if (user.get().isPasswordChangeRequired() && !isPasswordChange(context)) {
            abort(context, RestErrors.response(403, "passwordChangeRequired",
                    Texts.get(RestErrors.locale(context.getAcceptableLanguages()), "access.passwordChangeRequired")));
        }
    }

    private static boolean isPasswordChange(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("account/password") || relative.equals("account");
    }

    private static void abort(ContainerRequestContext context, Response response) {
        context.setProperty(ABORTED, Boolean.TRUE);
        context.abortWith(response);
    }

    private void authenticate(ContainerRequestContext context) {
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<String> user = guard.token(header.substring(7).trim(), request.getRemoteAddr());
            if (user.isPresent()) {
                tokenIdentity.actAs(user.get());
            } else {
                abort(context, unauthorized(context, "auth.tokenRefused"));
            }
            return;
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            abort(context, unauthorized(context, "auth.required"));
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            abort(context, unauthorized(context, "auth.malformed"));
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            abort(context, unauthorized(context, "auth.malformed"));
            return;
        }
        SignInGuard.Result result = guard.attempt(decoded.substring(0, colon), decoded.substring(colon + 1),
                request.getRemoteAddr(), SignInMethod.BASIC, this::containerLogin);
        if (result instanceof SignInGuard.SignedIn) {
            context.setProperty(BASIC_LOGIN, Boolean.TRUE);
        } else if (result instanceof SignInGuard.Locked locked) {
            abort(context, locked(context, locked));
        } else {
            abort(context, unauthorized(context, "auth.failed"));
        }
    }

    private boolean containerLogin(String username, String password) {
        try {
            request.login(username, password);
            return true;
        } catch (ServletException e) {
            return false;
        }
    }

    /** 429 with Retry-After (seconds) and the time in the message, in the caller's language. */
    private static Response locked(ContainerRequestContext context, SignInGuard.Locked locked) {
        long seconds = Math.max(1, (locked.remaining().toMillis() + 999) / 1000);
        String message = Texts.get(RestErrors.locale(context.getAcceptableLanguages()), "auth.locked",
                SignInTimes.clock(locked.until()), seconds);
        return Response.status(429)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ErrorDto.of(429, "locked", message))
                .build();
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
