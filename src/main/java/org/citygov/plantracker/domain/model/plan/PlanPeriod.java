package org.citygov.plantracker.domain.model.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 规划期限 — the years a plan covers (本规划期限为2022年至2025年), and the year it looks out to
 * (远景展望至2035年).
 */
@Embeddable
public class PlanPeriod {

    @Column(name = "period_start_year", nullable = false)
    private int startYear;

    @Column(name = "period_end_year", nullable = false)
    private int endYear;

    @Column(name = "outlook_year")
    private Integer outlookYear;

    protected PlanPeriod() {
        // for JPA
    }

    public PlanPeriod(int startYear, int endYear, Integer outlookYear) {
        if (endYear < startYear) {
            throw new IllegalArgumentException("Plan period ends (" + endYear + ") before it starts (" + startYear + ")");
        }
        if (outlookYear != null && outlookYear < endYear) {
            throw new IllegalArgumentException("Outlook year " + outlookYear + " is before the end of the period " + endYear);
        }
        this.startYear = startYear;
        this.endYear = endYear;
        this.outlookYear = outlookYear;
    }

    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }

    /**
     * The year whose end-of-year stock (childcare places, institutions …) counts as delivered before any of the
     * plan's projects: the year before the plan starts (2021 for the 14th five-year plan).
     */
    public int stockYear() {
        return stockYearOf(startYear);
    }

    /** {@link #stockYear()} of a plan starting in {@code startYear}. */
    public static int stockYearOf(int startYear) {
        return startYear - 1;
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 1, 1);
    }

    /** 期末 — the last day of the plan period, the deadline of targets due "by the end of the plan". */
    public LocalDate lastDay() {
        return LocalDate.of(endYear, 12, 31);
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public Integer getOutlookYear() {
        return outlookYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanPeriod p && startYear == p.startYear && endYear == p.endYear
                && Objects.equals(outlookYear, p.outlookYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startYear, endYear, outlookYear);
    }

    @Override
    public String toString() {
        return startYear + "–" + endYear;
    }
}
