package org.citygov.plantracker.domain.service.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Money vs works (资金与工程进度匹配): compares what was paid out with what was built.
 * <ul>
 *   <li><b>Money ahead of progress</b>: the disbursed share of total investment exceeds the physical
 *       progress by more than {@code aheadPoints} percentage points.</li>
 *   <li><b>Money ahead of investment completed</b>: the disbursed share of total investment exceeds
 *       the investment-completed share (完成投资 / 总投资, from the monthly reports) by more than
 *       {@code aheadPoints} points.</li>
 *   <li><b>Works stalled, money idle</b>: more than {@code idlePercent} % of the approved money is not
 *       disbursed, and physical progress rose by less than {@code stalledGainPoints} points over the
 *       last {@code stalledMonths} months (a finished project — progress 100 % — is never stalled).</li>
 * </ul>
 * Shares are percentages with two decimals (half-up), compared as rounded. A rule whose input is
 * missing (no total investment, no progress figure, no investment completed, no progress history)
 * is not evaluated rather than guessed.
 */
public final class MoneyVsWorks {

    private MoneyVsWorks() {
    }

    /** Set by the finance bureau; see the class comment for what each means. */
    public record Thresholds(BigDecimal aheadPoints, BigDecimal idlePercent, int stalledMonths,
                             BigDecimal stalledGainPoints) implements Serializable {
        public Thresholds {
            Objects.requireNonNull(aheadPoints, "aheadPoints");
            Objects.requireNonNull(idlePercent, "idlePercent");
            Objects.requireNonNull(stalledGainPoints, "stalledGainPoints");
        }

        /** The values the finance migration seeds. */
        public static Thresholds defaults() {
            return new Thresholds(BigDecimal.valueOf(20), BigDecimal.valueOf(50), 3, BigDecimal.valueOf(5));
        }
    }

    /** Where the works figures come from. */
    public enum Basis {
        /** 月度调度 — the project office's monthly progress reports. */
        MONTHLY_REPORTS,
        /** The weighted percent complete of the milestones (no investment-completed figure, no history). */
        MILESTONES,
        /** Nothing known about the works. */
        NONE
    }

    /**
     * What is known about the works of one project.
     *
     * @param physicalProgress    形象进度, percent 0–100, or null
     * @param investmentCompleted 累计完成投资, yuan, or null
     * @param progressGain        points gained over the stalled-window, or null when there is no history
     * @param asOf                the date the figures describe (the latest report's month end), or null
     */
    public record WorksProgress(BigDecimal physicalProgress, BigDecimal investmentCompleted, BigDecimal progressGain,
                                Basis basis, LocalDate asOf) implements Serializable {
        public static WorksProgress unknown() {
            return new WorksProgress(null, null, null, Basis.NONE, null);
        }
    }

    public enum Flag {
        /** 资金拨付超前于形象进度 */
        MONEY_AHEAD_OF_PROGRESS,
        /** 资金拨付超前于完成投资 */
        MONEY_AHEAD_OF_INVESTMENT,
        /** 工程停滞、已批准资金未拨付 */
        WORKS_STALLED_MONEY_IDLE
    }

    /**
     * The figures compared and the flags raised.
     *
     * @param disbursedShare disbursed / total investment, percent
     * @param completedShare investment completed / total investment, percent
     * @param idleShare      (approved − disbursed) / approved, percent
     * @param idleAmount     approved − disbursed, yuan
     * @param aheadOfProgressBy   disbursed share − physical progress, points (null when not comparable)
     * @param aheadOfInvestmentBy disbursed share − completed share, points (null when not comparable)
     */
    public record Assessment(BigDecimal disbursedShare, BigDecimal physicalProgress, BigDecimal completedShare,
                             BigDecimal idleShare, BigDecimal idleAmount, BigDecimal progressGain,
                             BigDecimal aheadOfProgressBy, BigDecimal aheadOfInvestmentBy, Basis basis,
                             Thresholds thresholds, List<Flag> flags) implements Serializable {

        public boolean flagged() {
            return !flags.isEmpty();
        }

        public boolean has(Flag flag) {
            return flags.contains(flag);
        }
    }

    public static Assessment assess(BigDecimal totalInvestment, BigDecimal approved, BigDecimal disbursed,
                                    WorksProgress works, Thresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        WorksProgress w = works == null ? WorksProgress.unknown() : works;
        BigDecimal approvedAmount = FundingPosition.zero(approved);
        BigDecimal paid = FundingPosition.zero(disbursed);

        BigDecimal disbursedShare = FundingPosition.percent(paid, totalInvestment);
        BigDecimal completedShare = w.investmentCompleted() == null ? null
                : FundingPosition.percent(w.investmentCompleted(), totalInvestment);
        BigDecimal idleAmount = approvedAmount.subtract(paid).max(BigDecimal.ZERO);
        BigDecimal idleShare = FundingPosition.percent(idleAmount, approvedAmount);

        BigDecimal aheadOfProgress = disbursedShare == null || w.physicalProgress() == null ? null
                : disbursedShare.subtract(w.physicalProgress());
        BigDecimal aheadOfInvestment = disbursedShare == null || completedShare == null ? null
                : disbursedShare.subtract(completedShare);

        List<Flag> flags = new ArrayList<>();
        if (aheadOfProgress != null && aheadOfProgress.compareTo(thresholds.aheadPoints()) > 0) {
            flags.add(Flag.MONEY_AHEAD_OF_PROGRESS);
        }
        if (aheadOfInvestment != null && aheadOfInvestment.compareTo(thresholds.aheadPoints()) > 0) {
            flags.add(Flag.MONEY_AHEAD_OF_INVESTMENT);
        }
        boolean finished = w.physicalProgress() != null && w.physicalProgress().compareTo(FundingPosition.HUNDRED) >= 0;
        if (idleShare != null && idleShare.compareTo(thresholds.idlePercent()) > 0
                && w.progressGain() != null && w.progressGain().compareTo(thresholds.stalledGainPoints()) < 0
                && !finished) {
            flags.add(Flag.WORKS_STALLED_MONEY_IDLE);
        }
        return new Assessment(disbursedShare, w.physicalProgress(), completedShare, idleShare, idleAmount,
                w.progressGain(), aheadOfProgress, aheadOfInvestment, w.basis(), thresholds, List.copyOf(flags));
    }
}
