package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds of the rules. The defaults are the issue's; {@code CITY_GOV} may change them
 * (stored as settings, audited).
 *
 * @param onTimeDays           a milestone delay of at most this many days is on time (15)
 * @param redDays              a delay above this is red; between the two amber (90)
 * @param spiAhead             SPI(t) above this is 超前 / ahead (1.05)
 * @param spiBehind            SPI(t) below this is 滞后 / behind (0.95), between the two 正常
 * @param spiRed               SPI(t) below this is red (0.85); between this and spiBehind amber
 * @param investmentLagPoints  investment progress lagging time by more than this many points is flagged (10)
 * @param reportDueDay         a month's report is due by this day of the next month (10)
 * @param indicatorTolerancePct an indicator within this % of its planned change from the line is 符合 (5)
 */
public record SlippageThresholds(int onTimeDays, int redDays, BigDecimal spiAhead, BigDecimal spiBehind,
                                 BigDecimal spiRed, BigDecimal investmentLagPoints, int reportDueDay,
                                 BigDecimal indicatorTolerancePct) {

    public static final SlippageThresholds DEFAULTS = new SlippageThresholds(15, 90, new BigDecimal("1.05"),
            new BigDecimal("0.95"), new BigDecimal("0.85"), BigDecimal.TEN, 10, new BigDecimal("5"));

    /** Setting keys, in the order the settings page shows them. */
    public static final List<String> KEYS = List.of("delay.onTimeDays", "delay.redDays", "spi.ahead", "spi.behind",
            "spi.red", "investment.lagPoints", "report.dueDay", "indicator.tolerancePct");

    public SlippageThresholds {
        List<Violation> problems = new ArrayList<>();
        if (onTimeDays < 0) {
            problems.add(new Violation("delay.onTimeDays", "slippage.threshold.negative", "Days cannot be negative"));
        }
        if (redDays <= onTimeDays) {
            problems.add(new Violation("delay.redDays", "slippage.threshold.redAfterOnTime",
                    "The red delay (" + redDays + " d) must be longer than the on-time delay (" + onTimeDays + " d)",
                    redDays, onTimeDays));
        }
        if (spiAhead == null || spiBehind == null || spiRed == null
                || spiRed.signum() <= 0 || spiRed.compareTo(spiBehind) > 0 || spiBehind.compareTo(BigDecimal.ONE) > 0
                || spiAhead.compareTo(BigDecimal.ONE) < 0) {
            problems.add(new Violation("spi", "slippage.threshold.spiOrder",
                    "SPI(t) thresholds must satisfy 0 < red ≤ behind ≤ 1 ≤ ahead"));
        }
        if (investmentLagPoints == null || investmentLagPoints.signum() < 0 || investmentLagPoints.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new Violation("investment.lagPoints", "slippage.threshold.points",
                    "The investment lag must be between 0 and 100 percentage points"));
        }
        if (reportDueDay < 1 || reportDueDay > 28) {
            problems.add(new Violation("report.dueDay", "slippage.threshold.dueDay",
                    "The report due day must be between 1 and 28"));
        }
        if (indicatorTolerancePct == null || indicatorTolerancePct.signum() < 0
                || indicatorTolerancePct.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new Violation("indicator.tolerancePct", "slippage.threshold.points",
                    "The indicator tolerance must be between 0 and 100 %"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }

    /** The thresholds as setting key → value, for storage and display. */
    public Map<String, BigDecimal> asSettings() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("delay.onTimeDays", BigDecimal.valueOf(onTimeDays));
        m.put("delay.redDays", BigDecimal.valueOf(redDays));
        m.put("spi.ahead", spiAhead);
        m.put("spi.behind", spiBehind);
        m.put("spi.red", spiRed);
        m.put("investment.lagPoints", investmentLagPoints);
        m.put("report.dueDay", BigDecimal.valueOf(reportDueDay));
        m.put("indicator.tolerancePct", indicatorTolerancePct);
        return m;
    }

    /** Thresholds from stored settings; a key that is missing keeps its default. */
    public static SlippageThresholds fromSettings(Map<String, BigDecimal> settings) {
        Map<String, BigDecimal> m = DEFAULTS.asSettings();
        settings.forEach((k, v) -> {
            if (!m.containsKey(k)) {
                throw new RuleViolation("key", "slippage.threshold.unknown", "Unknown threshold " + k, k);
            }
            if (v == null) {
                throw new RuleViolation(k, "slippage.threshold.required", "A value is required for " + k, k);
            }
            m.put(k, v);
        });
        return new SlippageThresholds(wholeDays(m, "delay.onTimeDays"), wholeDays(m, "delay.redDays"),
                m.get("spi.ahead"), m.get("spi.behind"), m.get("spi.red"), m.get("investment.lagPoints"),
                wholeDays(m, "report.dueDay"), m.get("indicator.tolerancePct"));
    }

    private static int wholeDays(Map<String, BigDecimal> m, String key) {
        BigDecimal v = m.get(key);
        if (v.stripTrailingZeros().scale() > 0) {
            throw new RuleViolation(key, "slippage.threshold.whole", key + " must be a whole number", key);
        }
        return v.intValueExact();
    }

    /** Band of a milestone delay in days: on time ≤ onTimeDays, amber up to redDays, red beyond. */
    public Band delayBand(int delayDays) {
        if (delayDays <= onTimeDays) {
            return Band.GREEN;
        }
        return delayDays <= redDays ? Band.AMBER : Band.RED;
    }
}
