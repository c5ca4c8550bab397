package org.citygov.plantracker.interfaces.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.citygov.plantracker.application.plan.PlanPreference;

import java.util.Optional;

/**
 * The plan picked with the header's plan picker, kept in the HTTP session (never creating one: a
 * REST call without a session, a start-up task or a job has no pick, so the rule decides).
 */
@ApplicationScoped
public class SessionPlanPreference implements PlanPreference {

    /** The session attribute holding the picked plan's code. */
    static final String ATTRIBUTE = "plantracker.plan";

    @Inject
    private HttpServletRequest request;

    @Override
    public Optional<String> chosen() {
        try {
            HttpSession session = request.getSession(false);
            return session == null ? Optional.empty()
                    : Optional.ofNullable(session.getAttribute(ATTRIBUTE)).map(Object::toString);
        } catch (RuntimeException outsideARequest) {
            return Optional.empty();
        }
    }
}
