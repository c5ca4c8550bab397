package org.citygov.plantracker.interfaces.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.user.AppUser;

import java.io.IOException;
import java.util.Optional;

/**
 * The state of the signed-in account decides what the web pages show, before any page runs:
 * a user disabled (or of a retired lead unit) since signing in is signed out; a user with a one-time
 * password sees only the page to change it; a user without a role sees only the page that says so
 * (and the own account's password change).
 * The REST API applies the same rules in its authentication filter.
 */
@WebFilter(filterName = "AccountGate", urlPatterns = "/*")
public class AccountGateFilter extends HttpFilter {

    static final String NO_ROLE_PAGE = "/norole.xhtml";
    static final String CHANGE_PASSWORD_PAGE = "/account.xhtml";

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (request.getUserPrincipal() == null || isOpen(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AppUser> user = currentUser.user();
        if (user.isEmpty()) {
            // disabled, unit retired, or removed since signing in
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
            response.sendRedirect(request.getContextPath() + "/login.xhtml?error=disabled");
            return;
        }
        if (user.get().isPasswordChangeRequired() && !path.equals(CHANGE_PASSWORD_PAGE)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
            return;
        }
        if (user.get().getRoles().isEmpty() && !path.equals(NO_ROLE_PAGE) && !path.equals(CHANGE_PASSWORD_PAGE)) {
            response.sendRedirect(request.getContextPath() + NO_ROLE_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isOpen(String path) {
        return path.startsWith("/api/") || path.equals("/login.xhtml") || path.startsWith("/error/")
                || path.startsWith("/public/") || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/") || path.startsWith("/signin") || path.startsWith("/ArquillianServletRunner");
    }
}
