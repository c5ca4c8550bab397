package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.FundingFact;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.OutputFact;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The difference between two states of the library (two snapshots, or a project before and after
 * a proposal): per project added, withdrawn or changed field by field (before → after), grouped by
 * program and 区县(市), with the totals of investment and of planned outputs per target, for the
 * whole library and for each group. A pure function of its two inputs.
 *
 * @param entries     added, withdrawn and changed projects (unchanged ones are only counted), ordered by
 *                    plan, program, 区县(市) and code
 * @param groups      every program × 区县(市) that has projects in either state, in the same order
 * @param outputs     planned outputs per target and unit in each state, over the whole library
 */
public record LibraryDiff(List<DiffEntry> entries, List<DiffGroup> groups, List<OutputTotal> outputs,
                          int projectsBefore, int projectsAfter, int unchanged,
                          BigDecimal investmentBefore, BigDecimal investmentAfter) implements Serializable {

    /** Orders entries and groups: plan, program, 区县(市) (city-level last), then project code. */
    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    public static LibraryDiff between(Collection<LibraryProjectFacts> before, Collection<LibraryProjectFacts> after) {
        Map<String, LibraryProjectFacts> was = index(before);
        Map<String, LibraryProjectFacts> is = index(after);
        List<DiffEntry> entries = new ArrayList<>();
        int unchanged = 0;
        TreeSet<String> codes = new TreeSet<>(was.keySet());
        codes.addAll(is.keySet());
        for (String code : codes) {
            LibraryProjectFacts a = was.get(code);
            LibraryProjectFacts b = is.get(code);
            if (a == null) {
                entries.add(new DiffEntry(code, ChangeKind.ADDED, null, b, changes(null, b)));
            } else if (b == null) {
                entries.add(new DiffEntry(code, ChangeKind.WITHDRAWN, a, null, changes(a, null)));
            } else {
                List<FieldChange> changes = changes(a, b);
                if (changes.isEmpty()) {
                    unchanged++;
                } else {
                    entries.add(new DiffEntry(code, ChangeKind.CHANGED, a, b, changes));
                }
            }
        }
        entries.sort(Comparator.comparing(DiffEntry::planCode, NULLS_LAST)
                .thenComparing(DiffEntry::programCode, NULLS_LAST)
                .thenComparing(DiffEntry::districtCode, NULLS_LAST)
                .thenComparing(DiffEntry::code));
        return new LibraryDiff(List.copyOf(entries), groups(was.values(), is.values(), entries),
                outputTotals(was.values(), is.values()), was.size(), is.size(), unchanged,
                sum(was.values()), sum(is.values()));
    }

    /**
     * The fields of one project that differ, in the order of {@link DiffField}; every field of an
     * added project (before null) or a withdrawn one (after null).
     */
    public static List<FieldChange> changes(LibraryProjectFacts a, LibraryProjectFacts b) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, DiffField.NAME_ZH, a, b, LibraryProjectFacts::nameZh);
        field(changes, DiffField.NAME_EN, a, b, LibraryProjectFacts::nameEn);
        field(changes, DiffField.PROGRAM, a, b, f -> f.programCode() == null ? null
                : new CodedName(f.planCode() + " " + f.programCode(), f.programTitleZh(), f.programTitleEn()));
        field(changes, DiffField.JURISDICTION, a, b, f -> f.jurisdictionCode() == null ? null
                : new CodedName(f.jurisdictionCode(), f.jurisdictionNameZh(), f.jurisdictionNameEn()));
        field(changes, DiffField.LEAD_UNIT, a, b, f -> f.leadUnitCode() == null ? null
                : new CodedName(f.leadUnitCode(), f.leadUnitNameZh(), f.leadUnitNameEn()));
        field(changes, DiffField.CATEGORY, a, b, LibraryProjectFacts::category);
        field(changes, DiffField.STAGE, a, b, LibraryProjectFacts::stage);
        field(changes, DiffField.PLANNED_START, a, b, LibraryProjectFacts::plannedStart);
        field(changes, DiffField.PLANNED_FINISH, a, b, LibraryProjectFacts::plannedFinish);
        field(changes, DiffField.TOTAL_INVESTMENT, a, b, LibraryProjectFacts::totalInvestment);
        field(changes, DiffField.DESCRIPTION, a, b, LibraryProjectFacts::description);

        Map<String, OutputFact> outA = a == null ? Map.of() : a.outputsByKey();
        Map<String, OutputFact> outB = b == null ? Map.of() : b.outputsByKey();
        for (String key : new TreeSet<>(union(outA.keySet(), outB.keySet()))) {
            OutputFact x = outA.get(key);
            OutputFact y = outB.get(key);
            BigDecimal qa = x == null ? null : x.quantity();
            BigDecimal qb = y == null ? null : y.quantity();
            if (!same(qa, qb)) {
                changes.add(new FieldChange(DiffField.OUTPUT, key, qa, qb, y != null ? y.unit() : x.unit()));
            }
            // 100 托位 → 100 个 is not the same output: the totals put them under different units
            if (x != null && y != null && !same(x.unit(), y.unit())) {
                changes.add(new FieldChange(DiffField.OUTPUT_UNIT, key, blankAsNull(x.unit()), blankAsNull(y.unit()),
                        null));
            }
        }
        Map<String, FundingFact> funA = a == null ? Map.of() : a.fundingByKey();
        Map<String, FundingFact> funB = b == null ? Map.of() : b.fundingByKey();
        for (String key : new TreeSet<>(union(funA.keySet(), funB.keySet()))) {
            FundingFact x = funA.get(key);
            FundingFact y = funB.get(key);
            if (!same(x == null ? null : x.requested(), y == null ? null : y.requested())) {
                changes.add(new FieldChange(DiffField.FUNDING_REQUESTED, key, x == null ? null : x.requested(),
                        y == null ? null : y.requested(), null));
            }
            if (!same(x == null ? null : x.approved(), y == null ? null : y.approved())) {
                changes.add(new FieldChange(DiffField.FUNDING_APPROVED, key, x == null ? null : x.approved(),
                        y == null ? null : y.approved(), null));
            }
        }
        return List.copyOf(changes);
    }

    public List<DiffEntry> added() {
        return entries.stream().filter(e -> e.kind() == ChangeKind.ADDED).toList();
    }

    public List<DiffEntry> withdrawn() {
        return entries.stream().filter(e -> e.kind() == ChangeKind.WITHDRAWN).toList();
    }

    public List<DiffEntry> changed() {
        return entries.stream().filter(e -> e.kind() == ChangeKind.CHANGED).toList();
    }

    public BigDecimal investmentDelta() {
        return investmentAfter.subtract(investmentBefore);
    }

    /** The entries of one program × 区县(市) group. */
    public List<DiffEntry> entriesOf(DiffGroup group) {
        return entries.stream().filter(e -> Objects.equals(e.planCode(), group.planCode())
                && Objects.equals(e.programCode(), group.programCode())
                && Objects.equals(e.districtCode(), group.districtCode())).toList();
    }

    private static <T> void field(List<FieldChange> changes, DiffField field, LibraryProjectFacts a, LibraryProjectFacts b,
                                  Function<LibraryProjectFacts, T> value) {
        Object x = a == null ? null : value.apply(a);
        Object y = b == null ? null : value.apply(b);
        if (!same(x, y)) {
            changes.add(new FieldChange(field, x, y));
        }
    }

    /** Equal values; numbers by value (100.00 = 100), blank text as none. */
    static boolean same(Object x, Object y) {
        if (x instanceof String s && s.isBlank()) {
            x = null;
        }
        if (y instanceof String s && s.isBlank()) {
            y = null;
        }
        if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
            return p.compareTo(q) == 0;
        }
        return Objects.equals(x, y);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Map<String, LibraryProjectFacts> index(Collection<LibraryProjectFacts> facts) {
        Map<String, LibraryProjectFacts> byCode = new LinkedHashMap<>();
        for (LibraryProjectFacts f : facts) {
            if (byCode.put(f.code(), f) != null) {
                throw new IllegalArgumentException("Project " + f.code() + " appears twice in one state");
            }
        }
        return byCode;
    }

    private static <T> Collection<T> union(Collection<T> a, Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static BigDecimal sum(Collection<LibraryProjectFacts> facts) {
        return facts.stream().map(LibraryProjectFacts::investmentOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private record GroupKey(String plan, String program, String district) implements Comparable<GroupKey> {
        static GroupKey of(LibraryProjectFacts f) {
            return new GroupKey(f.planCode(), f.programCode(), f.districtCode());
        }

        @Override
        public int compareTo(GroupKey o) {
            return Comparator.comparing(GroupKey::plan, NULLS_LAST).thenComparing(GroupKey::program, NULLS_LAST)
                    .thenComparing(GroupKey::district, NULLS_LAST).compare(this, o);
        }
    }

    private static final class Tally {
        LibraryProjectFacts sample;
        int before;
        int after;
        int added;
        int withdrawn;
        int changed;
        BigDecimal investmentBefore = BigDecimal.ZERO;
        BigDecimal investmentAfter = BigDecimal.ZERO;
        final List<LibraryProjectFacts> was = new ArrayList<>();
        final List<LibraryProjectFacts> is = new ArrayList<>();
    }

    private static List<DiffGroup> groups(Collection<LibraryProjectFacts> before, Collection<LibraryProjectFacts> after,
                                          List<DiffEntry> entries) {
        Map<GroupKey, Tally> tallies = new TreeMap<>();
        for (LibraryProjectFacts f : before) {
            Tally t = tallies.computeIfAbsent(GroupKey.of(f), k -> new Tally());
            t.sample = t.sample == null ? f : t.sample;
            t.before++;
            t.investmentBefore = t.investmentBefore.add(f.investmentOrZero());
            t.was.add(f);
        }
        for (LibraryProjectFacts f : after) {
            Tally t = tallies.computeIfAbsent(GroupKey.of(f), k -> new Tally());
            t.sample = f;
            t.after++;
            t.investmentAfter = t.investmentAfter.add(f.investmentOrZero());
            t.is.add(f);
        }
        for (DiffEntry e : entries) {
            Tally t = tallies.get(GroupKey.of(e.current()));
            switch (e.kind()) {
                case ADDED -> t.added++;
                case WITHDRAWN -> t.withdrawn++;
                case CHANGED -> t.changed++;
                default -> { }
            }
        }
        return tallies.entrySet().stream().map(en -> {
            Tally t = en.getValue();
            LibraryProjectFacts s = t.sample;
            return new DiffGroup(en.getKey().plan(), en.getKey().program(), s.programTitleZh(), s.programTitleEn(),
                    en.getKey().district(), s.districtNameZh(), s.districtNameEn(), t.before, t.after, t.added,
                    t.withdrawn, t.changed, t.investmentBefore, t.investmentAfter, outputTotals(t.was, t.is));
        }).toList();
    }

    private record TargetKey(String plan, String target, String unit) {
    }

    private static List<OutputTotal> outputTotals(Collection<LibraryProjectFacts> before, Collection<LibraryProjectFacts> after) {
        Map<TargetKey, BigDecimal[]> totals = new LinkedHashMap<>();
        for (LibraryProjectFacts f : before) {
            for (OutputFact o : f.outputs()) {
                BigDecimal[] t = totals.computeIfAbsent(new TargetKey(o.planCode(), o.targetCode(), blankAsNull(o.unit())),
                        k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                t[0] = t[0].add(nz(o.quantity()));
            }
        }
        for (LibraryProjectFacts f : after) {
            for (OutputFact o : f.outputs()) {
                BigDecimal[] t = totals.computeIfAbsent(new TargetKey(o.planCode(), o.targetCode(), blankAsNull(o.unit())),
                        k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                t[1] = t[1].add(nz(o.quantity()));
            }
        }
        return totals.entrySet().stream()
                .map(e -> new OutputTotal(e.getKey().plan(), e.getKey().target(), e.getKey().unit(),
                        e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(OutputTotal::planCode, NULLS_LAST)
                        .thenComparing(OutputTotal::targetCode, LibraryDiff::compareCodes)
                        .thenComparing(OutputTotal::unit, NULLS_LAST))
                .collect(Collectors.toList());
    }

    /** C1.4-T2 before C1.4-T10: compares digit runs as numbers. */
    static int compareCodes(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                int c = new BigDecimal(a.substring(si, i)).compareTo(new BigDecimal(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
