package org.citygov.plantracker.domain.model.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.citygov.plantracker.domain.model.shared.StoredThresholds;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The thresholds of the slippage rules in force (delay.redDays = 90 …): one row (id 1), seeded by the
 * migration, stored the way every set of thresholds is ({@link StoredThresholds}). CITY_GOV changes them;
 * the values are checked together by {@link SlippageThresholds}, each change audited by the application.
 */
@Entity
@Table(name = "slippage_threshold")
public class SlippageSettings extends StoredThresholds {

    @Column(name = "on_time_days", nullable = false)
    private int onTimeDays;

    @Column(name = "red_days", nullable = false)
    private int redDays;

    @Column(name = "spi_ahead", nullable = false, precision = 19, scale = 4)
    private BigDecimal spiAhead;

    @Column(name = "spi_behind", nullable = false, precision = 19, scale = 4)
    private BigDecimal spiBehind;

    @Column(name = "spi_red", nullable = false, precision = 19, scale = 4)
    private BigDecimal spiRed;

    @Column(name = "investment_lag_points", nullable = false, precision = 19, scale = 4)
    private BigDecimal investmentLagPoints;

    @Column(name = "report_due_day", nullable = false)
    private int reportDueDay;

    @Column(name = "indicator_tolerance_pct", nullable = false, precision = 19, scale = 4)
    private BigDecimal indicatorTolerancePct;

    protected SlippageSettings() {
    }

    /** The thresholds in force. */
    public SlippageThresholds thresholds() {
        return new SlippageThresholds(onTimeDays, redDays, spiAhead, spiBehind, spiRed, investmentLagPoints,
                reportDueDay, indicatorTolerancePct);
    }

    /** Puts thresholds in force that have been checked together (a {@link SlippageThresholds} is valid). */
    public void change(SlippageThresholds checked, String by, LocalDateTime at) {
        Objects.requireNonNull(checked);
        this.onTimeDays = checked.onTimeDays();
        this.redDays = checked.redDays();
        this.spiAhead = checked.spiAhead();
        this.spiBehind = checked.spiBehind();
        this.spiRed = checked.spiRed();
        this.investmentLagPoints = checked.investmentLagPoints();
        this.reportDueDay = checked.reportDueDay();
        this.indicatorTolerancePct = checked.indicatorTolerancePct();
        changedBy(by, at);
    }
}
