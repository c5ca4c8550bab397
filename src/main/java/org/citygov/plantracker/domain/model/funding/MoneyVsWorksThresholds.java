package org.citygov.plantracker.domain.model.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;
import org.citygov.plantracker.domain.model.shared.StoredThresholds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds of the money-vs-works flags, set by the finance bureau. One row (id 1), seeded by
 * the finance migration; every change is audited by the application. Stored the way every set of
 * thresholds is ({@link StoredThresholds}).
 */
@Entity
@Table(name = "finance_threshold")
public class MoneyVsWorksThresholds extends StoredThresholds {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Column(name = "ahead_points", nullable = false, precision = 5, scale = 2)
    private BigDecimal aheadPoints;

    @Column(name = "idle_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal idlePercent;

    @Column(name = "stalled_months", nullable = false)
    private int stalledMonths;

    @Column(name = "stalled_gain_points", nullable = false, precision = 5, scale = 2)
    private BigDecimal stalledGainPoints;

    protected MoneyVsWorksThresholds() {
    }

    /**
     * @param aheadPoints       money is ahead of the works when the disbursed share of total investment
     *                          exceeds physical progress (or the investment-completed share) by more
     *                          than this many percentage points (0–100)
     * @param idlePercent       approved money is idle when more than this percentage of it is not disbursed (0–100)
     * @param stalledMonths     the window over which works progress is measured (1–24 months)
     * @param stalledGainPoints works are stalled when physical progress rose by less than this many
     *                          points within the window (0–100)
     */
    public void change(BigDecimal aheadPoints, BigDecimal idlePercent, int stalledMonths, BigDecimal stalledGainPoints,
                       String by, LocalDateTime at) {
        List<Violation> problems = new ArrayList<>();
        percent("aheadPoints", aheadPoints, problems);
        percent("idlePercent", idlePercent, problems);
        percent("stalledGainPoints", stalledGainPoints, problems);
        if (stalledMonths < 1 || stalledMonths > 24) {
            problems.add(new Violation("stalledMonths", "funding.thresholdMonths",
                    "The window must be 1 to 24 months", stalledMonths));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.aheadPoints = aheadPoints.setScale(2, RoundingMode.HALF_UP);
        this.idlePercent = idlePercent.setScale(2, RoundingMode.HALF_UP);
        this.stalledMonths = stalledMonths;
        this.stalledGainPoints = stalledGainPoints.setScale(2, RoundingMode.HALF_UP);
        changedBy(by, at);
    }

    private static void percent(String field, BigDecimal value, List<Violation> problems) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            problems.add(new Violation(field, "funding.thresholdPercent", "Give a value from 0 to 100"));
        }
    }

    public BigDecimal getAheadPoints() { return aheadPoints; }
    public BigDecimal getIdlePercent() { return idlePercent; }
    public int getStalledMonths() { return stalledMonths; }
    public BigDecimal getStalledGainPoints() { return stalledGainPoints; }
}
