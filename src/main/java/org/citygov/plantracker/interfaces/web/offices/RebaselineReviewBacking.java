package org.citygov.plantracker.interfaces.web.offices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.offices.RebaselineDecision;
import org.citygov.plantracker.application.offices.RebaselineView;
import org.citygov.plantracker.application.offices.Rebaselining;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.Serializable;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-baseline requests (offices/rebaselines.xhtml): the city government approves or rejects
 * pending requests with a comment; offices follow their own requests here.
 */
@Named
@ViewScoped
public class RebaselineReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Rebaselining rebaselining;

    @Inject
    private CurrentUser currentUser;

    private RebaselineStatus status = RebaselineStatus.PENDING;
    private List<RebaselineView> requests = List.of();
    private final Map<Long, String> comments = new HashMap<>();
    private boolean decider;

    @PostConstruct
    void init() {
        decider = currentUser.hasRole(Role.CITY_GOV);
        load();
    }

    public void load() {
        requests = rebaselining.requestsWithStatus(status);
    }

    public void approve(RebaselineView request) {
        decide(request, true);
    }

    public void reject(RebaselineView request) {
        decide(request, false);
    }

    private void decide(RebaselineView request, boolean approve) {
        try {
            RebaselineView decided = rebaselining.decide(new RebaselineDecision(request.projectCode(), request.id(),
                    request.version(), approve, comments.get(request.id())));
            comments.remove(request.id());
            OfficePages.info(approve ? "offices.review.approved" : "offices.review.rejected", decided.projectCode());
        } finally {
            load();
        }
    }

    /** How far a milestone moves, in days (+ later, − earlier). */
    public long shift(RebaselineView.Item item) {
        return item.previousBaseline() == null ? 0
                : ChronoUnit.DAYS.between(item.previousBaseline(), item.proposedBaseline());
    }

    public List<RebaselineStatus> getStatuses() {
        return List.of(RebaselineStatus.values());
    }

    public RebaselineStatus getStatus() { return status; }
    public void setStatus(RebaselineStatus status) { this.status = status; }
    public List<RebaselineView> getRequests() { return requests; }
    public Map<Long, String> getComments() { return comments; }
    public boolean isDecider() { return decider; }
}
