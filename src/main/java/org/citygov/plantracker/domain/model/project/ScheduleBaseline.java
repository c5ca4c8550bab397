package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A frozen schedule of a project: revision 0 is the original approved baseline, each later revision
 * one approved re-baseline. Kept forever, never edited, so any later view can compare the plan's
 * deadline, the original baseline, each revision, the current baseline and the forecast.
 */
@Entity
@Table(name = "schedule_baseline")
public class ScheduleBaseline {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** The approved request's reason, or "original" for revision 0. */
    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "request_id")
    private Long requestId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "schedule_baseline_date", joinColumns = @JoinColumn(name = "baseline_id"))
    private List<BaselineDate> dates = new ArrayList<>();

    protected ScheduleBaseline() {
    }

    private ScheduleBaseline(Project project, int revision, LocalDateTime recordedAt, String recordedBy, String reason,
                             Long requestId) {
        this.project = Objects.requireNonNull(project, "project");
        this.revision = revision;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.reason = reason;
        this.requestId = requestId;
    }

    /** Revision 0: the milestones' original baseline dates, as first approved. */
    public static ScheduleBaseline original(Project project, LocalDateTime at, String by) {
        ScheduleBaseline baseline = new ScheduleBaseline(project, 0, at, by, null, null);
        project.getMilestones().forEach(m -> baseline.dates.add(new BaselineDate(m.getId(), m.getOriginalBaseline())));
        return baseline;
    }

    /** A revision: the milestones' current baseline dates right after an approved re-baseline. */
    public static ScheduleBaseline revision(Project project, int revision, RebaselineRequest approved, LocalDateTime at,
                                            String by) {
        if (revision < 1) {
            throw new IllegalArgumentException("Approved re-baselines are revisions 1, 2, …: " + revision);
        }
        ScheduleBaseline baseline = new ScheduleBaseline(project, revision, at, by, approved.getReason(), approved.getId());
        project.getMilestones().forEach(m -> baseline.dates.add(new BaselineDate(m.getId(), m.getBaseline())));
        return baseline;
    }

    /**
     * A revision brought in by the portfolio workbook: the dates as they stood after that approved
     * re-baseline (milestone id → date), recorded when it was approved.
     */
    public static ScheduleBaseline imported(Project project, int revision, RebaselineRequest approved,
                                            java.util.Map<Long, LocalDate> dates, LocalDateTime at, String by) {
        if (revision < 1) {
            throw new IllegalArgumentException("Approved re-baselines are revisions 1, 2, …: " + revision);
        }
        ScheduleBaseline baseline = new ScheduleBaseline(project, revision, at, by, approved.getReason(), approved.getId());
        dates.forEach((milestone, date) -> baseline.dates.add(new BaselineDate(milestone, date)));
        return baseline;
    }

    public Optional<LocalDate> dateOf(Long milestoneId) {
        return dates.stream().filter(d -> d.getMilestoneId().equals(milestoneId)).findFirst()
                .map(BaselineDate::getDate);
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public int getRevision() { return revision; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
    public String getRecordedBy() { return recordedBy; }
    public String getReason() { return reason; }
    public Long getRequestId() { return requestId; }
    public List<BaselineDate> getDates() { return Collections.unmodifiableList(dates); }
}
