package org.citygov.plantracker.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.DemoMode;
import org.citygov.plantracker.application.user.StartAccounts;

/** The sign-in page: the form, or, while no administrator exists, how to create the first one. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    private StartAccounts startAccounts;

    @Inject
    private jakarta.servlet.http.HttpServletRequest request;

    private boolean administratorMissing;
    private String lockedUntil;

    @PostConstruct
    void load() {
        administratorMissing = !DemoMode.isOn() && !startAccounts.administratorExists();
        String locked = request.getParameter("locked");
        if (locked != null) {
            try {
                lockedUntil = SignInTimes.clock(java.time.LocalDateTime.parse(locked));
            } catch (java.time.format.DateTimeParseException ignored) {
                lockedUntil = null;
            }
        }
    }

    /** When a lock reported by the sign-in ends (city time), or null. */
    public String getLockedUntil() {
        return lockedUntil;
    }

    public boolean isAdministratorMissing() {
        return administratorMissing;
    }

    public String getPasswordVariable() {
        return StartAccounts.PASSWORD_VARIABLE;
    }

    public String getPasswordProperty() {
        return StartAccounts.PASSWORD_PROPERTY;
    }
}
