package org.citygov.plantracker.domain.service.funding;

import java.io.Serializable;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The derived money figures of one project (or of any set of funding lines against a total
 * investment), computed from the lines alone:
 * <ul>
 *   <li>requested — every line not rejected (pending, returned for changes and approved);</li>
 *   <li>pending — lines waiting for review;</li>
 *   <li>approved (落实, secured) — the approved amounts of approved lines;</li>
 *   <li>disbursed (已拨付) — paid out so far;</li>
 *   <li>unsecured (未落实) — total investment − approved, never below zero; any approval beyond the
 *       total investment shows as {@code excess};</li>
 *   <li>shares in percent with two decimals (half-up), null where the base is zero;</li>
 *   <li>the same figures by source, in the order the lines come.</li>
 * </ul>
 */
public record FundingPosition(BigDecimal totalInvestment, BigDecimal requested, BigDecimal pending,
                              BigDecimal approved, BigDecimal disbursed, BigDecimal unsecured, BigDecimal excess,
                              BigDecimal securedPercent, BigDecimal disbursedPercentOfApproved,
                              BigDecimal disbursedPercentOfTotal, BigDecimal governmentPercentOfApproved,
                              List<SourceShare> bySource) implements Serializable {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One funding line's figures (yuan). */
    public record Line(String sourceCode, boolean government, FundingLineStatus status, BigDecimal requested,
                       BigDecimal approved, BigDecimal disbursed) implements Serializable {
        public Line {
            Objects.requireNonNull(sourceCode, "sourceCode");
            Objects.requireNonNull(status, "status");
        }

        BigDecimal requestedIfAlive() {
            return status == FundingLineStatus.REJECTED ? BigDecimal.ZERO : zero(requested);
        }

        BigDecimal pendingAmount() {
            return status == FundingLineStatus.REQUESTED ? zero(requested) : BigDecimal.ZERO;
        }

        BigDecimal approvedAmount() {
            return status == FundingLineStatus.APPROVED ? zero(approved) : BigDecimal.ZERO;
        }
    }

    /** One source's part: its sums, and its approved amount as a share of all approved and of the total investment. */
    public record SourceShare(String sourceCode, boolean government, BigDecimal requested, BigDecimal approved,
                              BigDecimal disbursed, BigDecimal percentOfApproved, BigDecimal percentOfTotal) implements Serializable {
    }

    public static FundingPosition of(BigDecimal totalInvestment, Collection<Line> lines) {
        BigDecimal total = zero(totalInvestment);
        BigDecimal requested = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        BigDecimal government = BigDecimal.ZERO;
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, Boolean> governmentSource = new LinkedHashMap<>();
        for (Line line : lines) {
            requested = requested.add(line.requestedIfAlive());
            pending = pending.add(line.pendingAmount());
            approved = approved.add(line.approvedAmount());
            disbursed = disbursed.add(zero(line.disbursed()));
            if (line.government()) {
                government = government.add(line.approvedAmount());
            }
            BigDecimal[] s = sums.computeIfAbsent(line.sourceCode(),
                    k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(line.requestedIfAlive());
            s[1] = s[1].add(line.approvedAmount());
            s[2] = s[2].add(zero(line.disbursed()));
            governmentSource.put(line.sourceCode(), line.government());
        }
        List<SourceShare> bySource = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> e : sums.entrySet()) {
            BigDecimal[] s = e.getValue();
            bySource.add(new SourceShare(e.getKey(), governmentSource.get(e.getKey()), s[0], s[1], s[2],
                    percent(s[1], approved), percent(s[1], total)));
        }
        return new FundingPosition(total, requested, pending, approved, disbursed, unsecured(total, approved),
                approved.subtract(total).max(BigDecimal.ZERO), percent(approved, total), percent(disbursed, approved),
                percent(disbursed, total), percent(government, approved), List.copyOf(bySource));
    }

    /** 未落实 — total investment − approved, never below zero. */
    public static BigDecimal unsecured(BigDecimal totalInvestment, BigDecimal approved) {
        return zero(totalInvestment).subtract(zero(approved)).max(BigDecimal.ZERO);
    }

    /** part × 100 / whole, two decimals half-up; null when the whole is zero. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0 || part == null) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal zero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
