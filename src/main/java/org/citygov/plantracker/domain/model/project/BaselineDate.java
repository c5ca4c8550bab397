package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/** A milestone's date in one recorded baseline. */
@Embeddable
public class BaselineDate {

    @Column(name = "milestone_id", nullable = false)
    private Long milestoneId;

    @Column(name = "baseline_date")
    private LocalDate date;

    protected BaselineDate() {
    }

    BaselineDate(Long milestoneId, LocalDate date) {
        this.milestoneId = Objects.requireNonNull(milestoneId, "milestoneId");
        this.date = date;
    }

    public Long getMilestoneId() { return milestoneId; }
    public LocalDate getDate() { return date; }
}
