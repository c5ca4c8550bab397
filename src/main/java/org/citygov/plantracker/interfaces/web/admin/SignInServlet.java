package org.citygov.plantracker.interfaces.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.citygov.plantracker.application.user.SignInGuard;
import org.citygov.plantracker.domain.model.user.SignInMethod;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * Every form sign-in comes here: the page's {@code j_security_check} is rewritten to this servlet
 * ({@code WEB-INF/undertow-handlers.conf}), so nobody signs in around it. The {@link SignInGuard}
 * throttles per username and address and logs, the container's realm checks the password
 * ({@link HttpServletRequest#login}) and keeps the identity in the session. Then back to the page the
 * user first asked for. Takes {@code j_username}/{@code j_password} (or {@code username}/{@code password}).
 */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {

    @Inject
    private SignInGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String username = parameter(request, "j_username", "username");
        String password = parameter(request, "j_password", "password");
        String target = savedLocation(request);
        if (request.getUserPrincipal() != null) {
            request.getSession().invalidate();
            try {
                request.logout();
            } catch (ServletException ignored) {
                // signing in as someone else: nothing to undo
            }
        }
        SignInGuard.Result result = guard.attempt(username, password, request.getRemoteAddr(), SignInMethod.FORM,
                (u, p) -> {
                    try {
                        request.login(u, p);
                        return true;
                    } catch (ServletException e) {
                        return false;
                    }
                });
        String login = request.getContextPath() + "/login.xhtml";
        if (result instanceof SignInGuard.SignedIn) {
            request.changeSessionId();
            response.sendRedirect(target == null ? request.getContextPath() + "/" : target);
        } else if (result instanceof SignInGuard.Locked locked) {
            response.sendRedirect(login + "?locked=" + URLEncoder.encode(locked.until().toString(), StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(login + "?error=true");
        }
    }

    private static String parameter(HttpServletRequest request, String name, String alias) {
        String value = request.getParameter(name);
        return value != null ? value : request.getParameter(alias);
    }

    /** The page the container sent to the sign-in page, if it kept one and it is ours. */
    private static String savedLocation(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        for (String name : Collections.list(session.getAttributeNames())) {
            if (name.contains("FormAuthenticationMechanism") || name.contains("form.auth.redirect")) {
                Object value = session.getAttribute(name);
                if (value != null) {
                    String location = value.toString();
                    int at = location.indexOf(request.getContextPath() + "/");
                    if (at >= 0 && !location.contains("/api/") && !location.contains("j_security_check")) {
                        return location.substring(at);
                    }
                }
            }
        }
        return null;
    }
}
