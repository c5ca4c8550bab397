package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 基线调整申请 — a project office asks to move the approved (frozen) baseline of some milestones,
 * with a reason; the city government approves or rejects it with a comment. Only an approval
 * changes a milestone's current baseline; the original baseline never changes.
 */
@Entity
@Table(name = "rebaseline_request")
public class RebaselineRequest {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RebaselineStatus status;

    @Column(name = "reason", nullable = false, length = MAX_TEXT)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decision_comment", length = MAX_TEXT)
    private String decisionComment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rebaseline_item", joinColumns = @JoinColumn(name = "request_id"))
    private List<RebaselineItem> items = new ArrayList<>();

    @Version
    private long version;

    protected RebaselineRequest() {
    }

    /**
     * Asks for new baseline dates ({@code proposed}: milestone id → new date). Dates equal to the
     * current baseline are left out; at least one must differ. Done milestones keep their baseline,
     * and no new baseline lies before the project's planned start.
     */
    public static RebaselineRequest propose(Project project, Map<Long, LocalDate> proposed, String reason,
                                            String requestedBy, LocalDateTime at) {
        Objects.requireNonNull(project, "project");
        List<Violation> problems = new ArrayList<>();
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            problems.add(new Violation("reason", "rebaseline.reasonRequired", "A re-baseline needs a reason"));
        } else if (why.length() > MAX_TEXT) {
            problems.add(new Violation("reason", "rebaseline.textTooLong", "The text is longer than " + MAX_TEXT
                    + " characters", MAX_TEXT));
        }
        if (!project.getStage().isActive()) {
            problems.add(new Violation("stage", "rebaseline.projectInactive",
                    "Project " + project.getCode() + " is " + project.getStage() + ": its schedule is closed",
                    project.getStage().zh(), project.getStage().en()));
        }
        RebaselineRequest request = new RebaselineRequest();
        request.project = project;
        for (Map.Entry<Long, LocalDate> entry : proposed == null ? Map.<Long, LocalDate>of().entrySet()
                : proposed.entrySet()) {
            LocalDate date = entry.getValue();
            if (entry.getKey() == null) {
                problems.add(new Violation("milestoneId", "rebaseline.milestoneIdRequired",
                        "Each proposed date names its milestone (milestoneId)"));
                continue;
            }
            if (!InputPolicy.withinWindow(date)) {
                problems.add(InputPolicy.date("newBaseline", date).orElseThrow());
                continue;
            }
            Milestone milestone = project.milestone(entry.getKey()).orElse(null);
            if (milestone == null) {
                problems.add(new Violation("newBaseline", "rebaseline.unknownMilestone",
                        "Milestone " + entry.getKey() + " is not one of project " + project.getCode(), entry.getKey()));
                continue;
            }
            if (date == null || date.equals(milestone.getBaseline())) {
                continue;
            }
            if (milestone.isDone()) {
                problems.add(new Violation("newBaseline", "rebaseline.milestoneDone",
                        "Milestone '" + milestone.getNameZh() + "' is done; its baseline stays", milestone.getNameZh()));
            } else if (date.isBefore(project.getPlannedStart())) {
                problems.add(new Violation("newBaseline", "rebaseline.beforeStart",
                        "The new baseline " + date + " of '" + milestone.getNameZh() + "' is before the project's start "
                                + project.getPlannedStart(), milestone.getNameZh(), date, project.getPlannedStart()));
            } else {
                request.items.add(new RebaselineItem(milestone.getId(), milestone.getBaseline(), date));
            }
        }
        if (problems.isEmpty() && request.items.isEmpty()) {
            problems.add(new Violation("newBaseline", "rebaseline.noChange",
                    "No milestone gets a new baseline date"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        request.status = RebaselineStatus.PENDING;
        request.reason = why;
        request.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        request.requestedAt = Objects.requireNonNull(at, "at");
        return request;
    }

    /**
     * An approved re-baseline brought in by the portfolio workbook: history as written (approved on
     * {@code decidedAt}, asked for and decided by the importer). The milestones' current baselines are
     * not moved: the workbook's milestones carry them as they stand after every re-baseline.
     */
    public static RebaselineRequest imported(Project project, Map<Long, LocalDate> before, Map<Long, LocalDate> after,
                                             String reason, LocalDateTime decidedAt, String by) {
        Objects.requireNonNull(project, "project");
        List<RebaselineItem> items = new ArrayList<>();
        after.forEach((milestone, date) -> items.add(new RebaselineItem(milestone, before.get(milestone), date)));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An imported re-baseline moves at least one milestone");
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > MAX_TEXT) {
            throw new IllegalArgumentException("An imported re-baseline needs a reason of at most " + MAX_TEXT + " characters");
        }
        RebaselineRequest request = new RebaselineRequest();
        request.project = project;
        request.items.addAll(items);
        request.reason = why;
        request.requestedBy = Objects.requireNonNull(by, "by");
        request.requestedAt = Objects.requireNonNull(decidedAt, "decidedAt");
        request.decide(RebaselineStatus.APPROVED, by, decidedAt, null);
        return request;
    }

    /**
     * The city government approves: each milestone's current baseline moves to the date asked for.
     * Refused when the request was already decided, when the decider asked for it, or when a
     * milestone changed since (done, or its baseline moved).
     */
    public void approve(String decider, LocalDateTime at, String comment) {
        List<Violation> problems = decisionProblems(decider, comment, false);
        for (RebaselineItem item : items) {
            Milestone milestone = project.milestone(item.getMilestoneId()).orElse(null);
            if (milestone == null) {
                problems.add(new Violation("newBaseline", "rebaseline.unknownMilestone",
                        "Milestone " + item.getMilestoneId() + " no longer exists", item.getMilestoneId()));
            } else if (milestone.isDone()) {
                problems.add(new Violation("newBaseline", "rebaseline.milestoneDone",
                        "Milestone '" + milestone.getNameZh() + "' is done; its baseline stays", milestone.getNameZh()));
            } else if (!Objects.equals(milestone.getBaseline(), item.getPreviousBaseline())) {
                problems.add(new Violation("newBaseline", "rebaseline.stale",
                        "The baseline of '" + milestone.getNameZh() + "' changed since the request",
                        milestone.getNameZh()));
            }
        }
        if (!project.getStage().isActive()) {
            problems.add(new Violation("stage", "rebaseline.projectInactive",
                    "Project " + project.getCode() + " is " + project.getStage() + ": its schedule is closed",
                    project.getStage().zh(), project.getStage().en()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        items.forEach(item -> project.milestone(item.getMilestoneId()).orElseThrow()
                .rebaseline(item.getProposedBaseline()));
        decide(RebaselineStatus.APPROVED, decider, at, comment);
    }

    /** The city government rejects, saying why; nothing else changes. */
    public void reject(String decider, LocalDateTime at, String comment) {
        List<Violation> problems = decisionProblems(decider, comment, true);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        decide(RebaselineStatus.REJECTED, decider, at, comment);
    }

    private List<Violation> decisionProblems(String decider, String comment, boolean commentRequired) {
        List<Violation> problems = new ArrayList<>();
        if (status != RebaselineStatus.PENDING) {
            problems.add(new Violation("status", "rebaseline.notPending", "The request was already decided ("
                    + status + ")", status));
        }
        if (Objects.equals(decider, requestedBy)) {
            problems.add(new Violation("decision", "rebaseline.ownRequest",
                    "Nobody decides on their own re-baseline request"));
        }
        if (commentRequired && (comment == null || comment.isBlank())) {
            problems.add(new Violation("comment", "rebaseline.commentRequired", "Say why the request is rejected"));
        }
        if (comment != null && comment.trim().length() > MAX_TEXT) {
            problems.add(new Violation("comment", "rebaseline.textTooLong", "The text is longer than " + MAX_TEXT
                    + " characters", MAX_TEXT));
        }
        return problems;
    }

    private void decide(RebaselineStatus outcome, String decider, LocalDateTime at, String comment) {
        this.status = outcome;
        this.decidedBy = Objects.requireNonNull(decider, "decider");
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.decisionComment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    public boolean isPending() {
        return status == RebaselineStatus.PENDING;
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public RebaselineStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
    public List<RebaselineItem> getItems() { return Collections.unmodifiableList(items); }
    public long getVersion() { return version; }
}
