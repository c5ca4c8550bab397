package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** One milestone of a re-baseline request: its baseline when asked, and the date asked for. */
@Embeddable
public class RebaselineItem {

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(name = "previous_baseline")
    private LocalDate previousBaseline;

    @Column(name = "proposed_baseline", nullable = false)
    private LocalDate proposedBaseline;

    protected RebaselineItem() {
    }

    RebaselineItem(Long milestoneId, LocalDate previousBaseline, LocalDate proposedBaseline) {
        this.milestoneId = Objects.requireNonNull(milestoneId, "milestoneId");
        this.previousBaseline = previousBaseline;
        this.proposedBaseline = Objects.requireNonNull(proposedBaseline, "proposedBaseline");
    }

    public Long getMilestoneId() { return milestoneId; }
    public LocalDate getPreviousBaseline() { return previousBaseline; }
    public LocalDate getProposedBaseline() { return proposedBaseline; }
}
