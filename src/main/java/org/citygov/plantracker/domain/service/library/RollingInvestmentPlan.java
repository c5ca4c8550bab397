package org.citygov.plantracker.domain.service.library;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * 三年滚动投资计划 — planned investment of the library's projects for three consecutive years, by
 * program × 区县(市) × funding source, with totals per year, per source and per program. Pure:
 * amounts outside the three years are left out.
 * <p>
 * Besides the funding lines, each project's planned investment that no funding line covers yet
 * (未落实资金来源) is a source of its own, the rows with a {@code null} source code: see
 * {@link ProjectInvestment#noSourceYet()}.
 *
 * @param firstYear the first of the three years
 * @param rows      one row per program × 区县(市) × source with money in the window, ordered by those keys
 */
public record RollingInvestmentPlan(int firstYear, List<Row> rows) implements Serializable {

    public static final int YEARS = 3;

    /** A planned amount of one project's funding line (or of any other plan line), yuan. */
    public record PlannedAmount(String programCode, String districtCode, String sourceCode, int year,
                                BigDecimal amount) {
    }

    /**
     * A project's total investment over its planned span, and its funding lines (not rejected) per year, for
     * the part of its planned investment no source covers yet.
     *
     * @param fundedByYear the requested amounts of the project's funding lines by fiscal year, every year
     */
    public record ProjectInvestment(String programCode, String districtCode, LocalDate plannedStart,
                                    LocalDate plannedFinish, BigDecimal totalInvestment,
                                    Map<Integer, BigDecimal> fundedByYear) {

        /**
         * The total investment spread over the planned months: each calendar year gets the share of the
         * months from the start month to the finish month (both counted) that fall in it, rounded to the
         * fen; the last year takes what rounding left, so the shares add up to the total.
         */
        public Map<Integer, BigDecimal> plannedByYear() {
            Map<Integer, BigDecimal> shares = new TreeMap<>();
            if (plannedStart == null || plannedFinish == null || totalInvestment == null
                    || plannedFinish.isBefore(plannedStart)) {
                return shares;
            }
            int months = monthIndex(plannedFinish) - monthIndex(plannedStart) + 1;
            BigDecimal left = totalInvestment;
            for (int year = plannedStart.getYear(); year <= plannedFinish.getYear(); year++) {
                BigDecimal share;
                if (year == plannedFinish.getYear()) {
                    share = left;
                } else {
                    int from = Math.max(monthIndex(plannedStart), year * 12);
                    int to = Math.min(monthIndex(plannedFinish), year * 12 + 11);
                    share = totalInvestment.multiply(BigDecimal.valueOf(to - from + 1))
                            .divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
                }
                shares.put(year, share);
                left = left.subtract(share);
            }
            return shares;
        }

        /**
         * 未落实资金来源 — per year, the planned investment ({@link #plannedByYear()}) minus the funding lines of
         * that year, never negative. Money funded ahead of need (a year's lines above its share) carries
         * over to the following years; money funded late does not pay for an earlier year. The gaps of a
         * project never add up to more than its total investment minus all its funding lines: when
         * they would, the earliest years keep theirs and the later ones are cut.
         */
        public Map<Integer, BigDecimal> noSourceYet() {
            Map<Integer, BigDecimal> planned = plannedByYear();
            Map<Integer, BigDecimal> gaps = new TreeMap<>();
            if (planned.isEmpty()) {
                return gaps;
            }
            int first = plannedStart.getYear();
            BigDecimal funded = BigDecimal.ZERO;
            for (Map.Entry<Integer, BigDecimal> f : fundedByYear.entrySet()) {
                first = Math.min(first, f.getKey());
                funded = funded.add(f.getValue());
            }
            BigDecimal unfunded = totalInvestment.subtract(funded).max(BigDecimal.ZERO);
            BigDecimal carried = BigDecimal.ZERO;
            for (int year = first; year <= plannedFinish.getYear(); year++) {
                BigDecimal available = carried.add(fundedByYear.getOrDefault(year, BigDecimal.ZERO));
                BigDecimal need = planned.getOrDefault(year, BigDecimal.ZERO);
                BigDecimal gap = need.subtract(available).max(BigDecimal.ZERO).min(unfunded);
                carried = available.subtract(need).max(BigDecimal.ZERO);
                unfunded = unfunded.subtract(gap);
                if (gap.signum() > 0) {
                    gaps.put(year, gap);
                }
            }
            return gaps;
        }

        private static int monthIndex(LocalDate date) {
            return date.getYear() * 12 + date.getMonthValue() - 1;
        }
    }

    /**
     * One program × 区县(市) × source: the amounts of the three years (index 0 = first year) and their sum.
     *
     * @param sourceCode the funding source; null for the investment no source covers yet (未落实资金来源)
     */
    public record Row(String programCode, String districtCode, String sourceCode, List<BigDecimal> years)
            implements Serializable {

        /** 未落实资金来源: planned investment no funding line covers yet. */
        public boolean noSource() {
            return sourceCode == null;
        }

        public BigDecimal total() {
            return years.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal year(int index) {
            return years.get(index);
        }
    }

    private record Key(String program, String district, String source) {
    }

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<Key> KEY_ORDER = Comparator.comparing(Key::program, NULLS_LAST)
            .thenComparing(Key::district, NULLS_LAST).thenComparing(Key::source, NULLS_LAST);

    /** The funding lines' amounts, and each project's investment no source covers yet (a row without source). */
    public static RollingInvestmentPlan of(int firstYear, Collection<PlannedAmount> amounts,
                                           Collection<ProjectInvestment> projects) {
        List<PlannedAmount> all = new ArrayList<>(amounts);
        for (ProjectInvestment p : projects) {
            p.noSourceYet().forEach((year, gap) ->
                    all.add(new PlannedAmount(p.programCode(), p.districtCode(), null, year, gap)));
        }
        return of(firstYear, all);
    }

    public static RollingInvestmentPlan of(int firstYear, Collection<PlannedAmount> amounts) {
        Map<Key, BigDecimal[]> cells = new TreeMap<>(KEY_ORDER);
        for (PlannedAmount a : amounts) {
            int index = a.year() - firstYear;
            if (index < 0 || index >= YEARS || a.amount() == null) {
                continue;
            }
            BigDecimal[] years = cells.computeIfAbsent(new Key(a.programCode(), a.districtCode(), a.sourceCode()),
                    k -> zeros());
            years[index] = years[index].add(a.amount());
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((k, v) -> rows.add(new Row(k.program(), k.district(), k.source(), List.of(v))));
        return new RollingInvestmentPlan(firstYear, List.copyOf(rows));
    }

    /** The three years, e.g. 2027, 2028, 2029. */
    public List<Integer> years() {
        return IntStream.range(0, YEARS).mapToObj(i -> firstYear + i).toList();
    }

    /** Totals per year over every row, and their sum last (4 values). */
    public List<BigDecimal> yearTotals() {
        return totals(rows);
    }

    public BigDecimal grandTotal() {
        return yearTotals().get(YEARS);
    }

    /** Totals per year of the investment no source covers yet (未落实资金来源), and their sum last (4 values). */
    public List<BigDecimal> noSourceTotals() {
        return totals(rows.stream().filter(Row::noSource).toList());
    }

    /** Per funding source (null: no source yet, last): the three years and their sum. */
    public Map<String, List<BigDecimal>> bySource() {
        return totalsBy(Row::sourceCode);
    }

    /** Per program: the three years and their sum. */
    public Map<String, List<BigDecimal>> byProgram() {
        return totalsBy(Row::programCode);
    }

    /** Per 区县(市) (null for city-level projects): the three years and their sum. */
    public Map<String, List<BigDecimal>> byDistrict() {
        return totalsBy(Row::districtCode);
    }

    private Map<String, List<BigDecimal>> totalsBy(java.util.function.Function<Row, String> key) {
        Map<String, List<Row>> grouped = new TreeMap<>(NULLS_LAST);
        rows.forEach(r -> grouped.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        Map<String, List<BigDecimal>> totals = new TreeMap<>(NULLS_LAST);
        grouped.forEach((k, v) -> totals.put(k, totals(v)));
        return totals;
    }

    private static List<BigDecimal> totals(List<Row> rows) {
        BigDecimal[] sums = new BigDecimal[YEARS + 1];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        for (Row r : rows) {
            for (int i = 0; i < YEARS; i++) {
                sums[i] = sums[i].add(r.year(i));
            }
        }
        for (int i = 0; i < YEARS; i++) {
            sums[YEARS] = sums[YEARS].add(sums[i]);
        }
        return List.of(sums);
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[YEARS];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollingInvestmentPlan p && p.firstYear == firstYear && Objects.equals(p.rows, rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstYear, rows);
    }
}
