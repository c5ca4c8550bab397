package org.citygov.plantracker.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.user.AdminViews.SignInEventView;
import org.citygov.plantracker.application.user.AdminViews.SignInLockView;
import org.citygov.plantracker.application.user.SignInAdministration;
import org.citygov.plantracker.domain.model.user.SignInMethod;
import org.citygov.plantracker.domain.model.user.SignInOutcome;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** admin/sign-ins.xhtml — sign-in locks (clear them) and the sign-in log, filtered. */
@Named
@ViewScoped
public class SignInsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SignInAdministration signIns;

    private List<SignInLockView> locks;
    private List<SignInEventView> events;
    private String username;
    private SignInOutcome outcome;
    private SignInMethod method;
    private LocalDate from;
    private LocalDate to;

    public void load() {
        locks = signIns.locks();
        search();
    }

    public void search() {
        events = signIns.events(username, outcome, method, from, to);
    }

    public void clear(SignInLockView lock) {
        int cleared = signIns.clearLock(lock.username());
        AdminFaces.info("admin.signIns.cleared", lock.username(), cleared);
        load();
    }

    public SignInOutcome[] getOutcomes() { return SignInOutcome.values(); }
    public SignInMethod[] getMethods() { return SignInMethod.values(); }
    public List<SignInLockView> getLocks() { return locks; }
    public List<SignInEventView> getEvents() { return events; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public SignInOutcome getOutcome() { return outcome; }
    public void setOutcome(SignInOutcome outcome) { this.outcome = outcome; }
    public SignInMethod getMethod() { return method; }
    public void setMethod(SignInMethod method) { this.method = method; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
