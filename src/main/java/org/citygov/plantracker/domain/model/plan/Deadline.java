package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a target is due, how the date was read from the plan ({@link DeadlineBasis}) and the time
 * phrase as written (2022年年底, 到2025年, 用3—5年时间).
 */
@Embeddable
public class Deadline {

    @Column(name = "deadline")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_basis", nullable = false, length = 24)
    private DeadlineBasis basis;

    @Column(name = "deadline_text", length = 200)
    private String text;

    /** The start of a period the target counts over (2022年至2023年), when the plan gives one. */
    @Column(name = "period_start")
    private LocalDate periodStart;

    protected Deadline() {
        // for JPA
    }

    public Deadline(LocalDate date, DeadlineBasis basis, String text, LocalDate periodStart) {
        this.basis = Objects.requireNonNull(basis, "basis");
        if (basis == DeadlineBasis.NONE && date != null) {
            throw new IllegalArgumentException("A target with no deadline (NONE) cannot have a date: " + date);
        }
        if (date == null && basis != DeadlineBasis.NONE && basis != DeadlineBasis.AMBIGUOUS) {
            throw new IllegalArgumentException(basis + " deadline needs a date");
        }
        if (periodStart != null && date != null && periodStart.isAfter(date)) {
            throw new IllegalArgumentException("Period start " + periodStart + " is after the deadline " + date);
        }
        this.date = date;
        this.text = text;
        this.periodStart = periodStart;
    }

    public static Deadline none() {
        return new Deadline(null, DeadlineBasis.NONE, null, null);
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** Whether the deadline has passed on {@code asOf} (false when there is no date). */
    public boolean isPastOn(LocalDate asOf) {
        return date != null && asOf.isAfter(date);
    }

    public LocalDate getDate() {
        return date;
    }

    public DeadlineBasis getBasis() {
        return basis;
    }

    public String getText() {
        return text;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }
}
