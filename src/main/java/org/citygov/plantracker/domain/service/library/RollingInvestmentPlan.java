package org.citygov.plantracker.domain.service.library;

import java.io.Serializable;
import java.math.BigDecimal;
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

    /** One program × 区县(市) × source: the amounts of the three years (index 0 = first year) and their sum. */
    public record Row(String programCode, String districtCode, String sourceCode, List<BigDecimal> years)
            implements Serializable {

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

    /** Per funding source: the three years and their sum. */
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
