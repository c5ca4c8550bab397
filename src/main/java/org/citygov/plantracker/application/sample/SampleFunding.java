package org.citygov.plantracker.application.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The funding lines of one sample (示例) project: its total investment split over the years of its
 * planned span (by the days of the span in each year) and over its sources (by share), in whole 万元,
 * with the review state the finance bureau would have reached by the as-of day. Pure.
 *
 * <ul>
 *   <li>past years: approved ({@code cut} percent below the request where the bureau trimmed it);
 *       fully disbursed, except the last past year of a project not yet completed (85 %);</li>
 *   <li>the as-of year: approved and partly disbursed (55 %, or all of it once completed), or left
 *       requested and pending review when {@code pendingThisYear};</li>
 *   <li>later years: requested;</li>
 *   <li>a withdrawn project keeps only the years up to its withdrawal; the withdrawal year's approval
 *       is cut back to what preparation had spent (10 %).</li>
 * </ul>
 */
public final class SampleFunding {

    static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    /** What a project withdrawn in preparation had spent of its withdrawal year's money (design, surveys). */
    static final int WITHDRAWN_SPENT_PERCENT = 10;

    /** A line to create: requested, and when {@code approved} is not null, approved and disbursed. */
    public record Line(String source, int year, BigDecimal requested, BigDecimal approved, BigDecimal disbursed) {
        public boolean isApproved() {
            return approved != null;
        }
    }

    /** The project facts the split depends on. */
    public record Project(BigDecimal totalInvestment, LocalDate start, LocalDate finish, Map<String, Integer> shares,
                          int cutPercent, boolean pendingThisYear, boolean completed, LocalDate withdrawnOn) {
        public Project {
            Objects.requireNonNull(totalInvestment, "totalInvestment");
            shares = new LinkedHashMap<>(shares);
            int sum = shares.values().stream().mapToInt(Integer::intValue).sum();
            if (sum != 100 || shares.values().stream().anyMatch(v -> v <= 0)) {
                throw new IllegalArgumentException("Funding shares must be positive and add up to 100: " + shares);
            }
            if (cutPercent < 0 || cutPercent >= 100) {
                throw new IllegalArgumentException("cut must be 0–99 %: " + cutPercent);
            }
        }
    }

    private SampleFunding() {
    }

    public static List<Line> lines(Project p, LocalDate asOf) {
        Map<Integer, Long> daysPerYear = daysPerYear(p.start(), p.finish());
        long allDays = daysPerYear.values().stream().mapToLong(Long::longValue).sum();
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<Integer, Long> year : daysPerYear.entrySet()) {
            for (Map.Entry<String, Integer> share : p.shares().entrySet()) {
                BigDecimal exact = p.totalInvestment().multiply(BigDecimal.valueOf(share.getValue()))
                        .multiply(BigDecimal.valueOf(year.getValue()))
                        .divide(BigDecimal.valueOf(100L * allDays), 10, RoundingMode.HALF_UP);
                cells.add(new Cell(share.getKey(), year.getKey(), wholeWan(exact)));
            }
        }
        // rounding to 万元 must not change the total: the largest cell takes the difference
        BigDecimal rounded = cells.stream().map(c -> c.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Cell largest = cells.stream().max(Comparator.comparing(c -> c.amount)).orElseThrow();
        largest.amount = largest.amount.add(p.totalInvestment().subtract(rounded));

        int lastPastYear = Math.min(asOf.getYear() - 1, p.finish().getYear());
        List<Line> lines = new ArrayList<>();
        for (Cell c : cells) {
            if (c.amount.signum() <= 0) {
                continue;
            }
            if (p.withdrawnOn() != null) {
                if (c.year < p.withdrawnOn().getYear()) {
                    BigDecimal approved = trimmed(c.amount, p.cutPercent());
                    lines.add(new Line(c.source, c.year, c.amount, approved, approved));
                } else if (c.year == p.withdrawnOn().getYear()) {
                    // the approval is cut back to what preparation had already spent
                    BigDecimal spent = part(c.amount, WITHDRAWN_SPENT_PERCENT);
                    lines.add(new Line(c.source, c.year, c.amount, spent, spent));
                }
                continue;
            }
            if (c.year < asOf.getYear()) {
                BigDecimal approved = trimmed(c.amount, p.cutPercent());
                boolean retained = !p.completed() && c.year == lastPastYear;
                lines.add(new Line(c.source, c.year, c.amount, approved,
                        retained ? part(approved, 85) : approved));
            } else if (c.year == asOf.getYear() && !p.pendingThisYear()) {
                BigDecimal approved = trimmed(c.amount, p.cutPercent());
                lines.add(new Line(c.source, c.year, c.amount, approved, p.completed() ? approved : part(approved, 55)));
            } else {
                lines.add(new Line(c.source, c.year, c.amount, null, BigDecimal.ZERO.setScale(2)));
            }
        }
        return List.copyOf(lines);
    }

    /** Days of [start, finish] in each calendar year. */
    static Map<Integer, Long> daysPerYear(LocalDate start, LocalDate finish) {
        Map<Integer, Long> days = new LinkedHashMap<>();
        for (int y = start.getYear(); y <= finish.getYear(); y++) {
            LocalDate from = y == start.getYear() ? start : LocalDate.of(y, 1, 1);
            LocalDate to = y == finish.getYear() ? finish : LocalDate.of(y, 12, 31);
            days.put(y, ChronoUnit.DAYS.between(from, to) + 1);
        }
        return days;
    }

    private static BigDecimal wholeWan(BigDecimal yuan) {
        return yuan.divide(WAN, 0, RoundingMode.HALF_UP).multiply(WAN).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal trimmed(BigDecimal requested, int cutPercent) {
        return cutPercent == 0 ? requested : part(requested, 100 - cutPercent);
    }

    private static BigDecimal part(BigDecimal amount, int percent) {
        return wholeWan(amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 10,
                RoundingMode.HALF_UP)).min(amount);
    }

    private static final class Cell {
        final String source;
        final int year;
        BigDecimal amount;

        Cell(String source, int year, BigDecimal amount) {
            this.source = source;
            this.year = year;
            this.amount = amount;
        }
    }
}
