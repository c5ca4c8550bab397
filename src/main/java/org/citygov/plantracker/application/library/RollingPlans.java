package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.place.PlaceAndAncestors;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.place.JurisdictionKind;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.MeasureKind;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.service.library.RollingInvestmentPlan;
import org.citygov.plantracker.domain.service.library.TargetCoverage;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 三年滚动投资计划 derived from the library as it is now: the requested (not rejected) funding lines
 * of every project not withdrawn, for three years, and the planned investment of the projects not
 * withdrawn nor finished that no funding line covers yet (未落实资金来源); and the coverage of the plan's targets by the
 * planned outputs of those projects. For the city government, the finance bureau and administrators.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollingPlans {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryLookups lookups;

    @Inject
    private LibraryPermissions permissions;

    @Inject
    private Clock clock;

    /**
     * @param firstYear the first of the three years; default next year
     * @param planCode  the plan whose targets to cover; default the plan whose period holds the first year
     */
    public RollingPlanView plan(Integer firstYear, String planCode) {
        permissions.requireLibraryReader();
        int first = firstYear == null ? LocalDate.now(clock).getYear() + 1 : firstYear;
        if (first < 2000 || first > 2100) {
            throw new RuleViolation("firstYear", "library.round.yearRange", "The year must be between 2000 and 2100",
                    String.valueOf(first));
        }
        Plan plan = planCode == null || planCode.isBlank()
                ? lookups.planFor(first).orElseThrow(() -> new UnknownEntityException("plan", "-"))
                : lookups.plan(planCode);

        List<Row> lines = LINE.rows(em.createQuery("SELECT " + LINE.select() + " FROM FundingLine f JOIN f.project p JOIN p.program pr JOIN pr.plan pl JOIN p.jurisdiction j "
                        + "LEFT JOIN j.parent jp LEFT JOIN jp.parent jg JOIN f.source s "
                        + "WHERE p.stage <> :withdrawn AND f.status <> :rejected AND f.fiscalYear BETWEEN :a AND :b",
                        Object[].class)
                .setParameter("withdrawn", Stage.WITHDRAWN).setParameter("rejected", FundingLineStatus.REJECTED)
                .setParameter("a", first).setParameter("b", first + RollingInvestmentPlan.YEARS - 1)
                .getResultList());
        Map<String, String[]> programs = new HashMap<>();
        Map<String, String[]> districts = new HashMap<>();
        Map<String, String[]> sources = new HashMap<>();
        Map<String, Integer> sourceOrder = new HashMap<>();
        List<RollingInvestmentPlan.PlannedAmount> amounts = new ArrayList<>();
        boolean sample = false;
        for (Row r : lines) {
            String programKey = program(r, programs);
            String district = district(r, districts);
            String source = r.string("sourceCode");
            sources.putIfAbsent(source, new String[]{r.string("sourceNameZh"), r.string("sourceNameEn")});
            sourceOrder.putIfAbsent(source, r.get("sourceOrder", Integer.class));
            amounts.add(new RollingInvestmentPlan.PlannedAmount(programKey, district, source,
                    r.get("fiscalYear", Integer.class), r.get("requested", BigDecimal.class)));
            sample |= r.get("sample", Boolean.class);
        }
        List<RollingInvestmentPlan.ProjectInvestment> investments = new ArrayList<>();
        sample |= projectInvestments(first, programs, districts, investments);
        RollingInvestmentPlan rolling = RollingInvestmentPlan.of(first, amounts, investments);
        List<RollingPlanView.Row> rows = rolling.rows().stream().map(row -> {
            String[] p = programs.get(row.programCode());
            String[] d = row.districtCode() == null ? new String[2] : districts.get(row.districtCode());
            String[] s = row.noSource() ? NO_SOURCE_NAMES : sources.get(row.sourceCode());
            List<BigDecimal> values = new ArrayList<>(row.years());
            values.add(row.total());
            return new RollingPlanView.Row(p[0], p[1], p[2], p[3], row.districtCode(), d[0], d[1], row.sourceCode(),
                    s[0], s[1], row.noSource(), List.copyOf(values));
        }).toList();
        List<RollingPlanView.Total> bySource = new ArrayList<>();
        rolling.bySource().entrySet().stream()
                .sorted(java.util.Comparator.comparing(e -> e.getKey() == null ? Integer.MAX_VALUE
                        : sourceOrder.getOrDefault(e.getKey(), 0)))
                .forEach(e -> {
                    String[] s = e.getKey() == null ? NO_SOURCE_NAMES : sources.get(e.getKey());
                    bySource.add(new RollingPlanView.Total(e.getKey(), s[0], s[1], e.getValue()));
                });
        List<RollingPlanView.Total> byProgram = new ArrayList<>();
        rolling.byProgram().forEach((k, v) -> {
            String[] p = programs.get(k);
            byProgram.add(new RollingPlanView.Total(p[0].equals(plan.getCode()) ? p[1] : k, p[2], p[3], v));
        });
        List<RollingPlanView.Total> byDistrict = new ArrayList<>();
        rolling.byDistrict().forEach((k, v) -> {
            String[] d = k == null ? new String[2] : districts.get(k);
            byDistrict.add(new RollingPlanView.Total(k, d[0], d[1], v));
        });

        CoverageResult coverage = coverage(plan);
        List<RollingPlanView.Row> shownRows = rows.stream().map(r -> r.planCode().equals(plan.getCode()) ? r
                : new RollingPlanView.Row(r.planCode(), r.planCode() + " " + r.programCode(), r.programTitleZh(),
                r.programTitleEn(), r.districtCode(), r.districtNameZh(), r.districtNameEn(), r.sourceCode(),
                r.sourceNameZh(), r.sourceNameEn(), r.noSource(), r.amounts())).toList();
        return new RollingPlanView(first, rolling.years(), plan.getCode(), plan.getTitleZh(), plan.getTitleEn(),
                shownRows, rolling.yearTotals(), rolling.noSourceTotals(), bySource, byProgram, byDistrict, coverage.rows,
                coverage.rows.stream().filter(c -> c.unserved()).count(), sample || coverage.sample);
    }

    /** A project's program, and its place with the two levels above (one of them may be its 区县(市)). */
    private static final Columns PROGRAM_AND_PLACE = Columns.of("planCode", "pl.code").and("programCode", "pr.code")
            .and("programTitleZh", "pr.titleZh").and("programTitleEn", "pr.titleEn")
            .and(PlaceAndAncestors.columns("unit", "j", "jp", "jg"));

    /** A funding line of the three years, with its project's program and place and its source. */
    private static final Columns LINE = PROGRAM_AND_PLACE.and("sourceCode", "s.code").and("sourceNameZh", "s.nameZh")
            .and("sourceNameEn", "s.nameEn").and("sourceOrder", "s.sortOrder").and("fiscalYear", "f.fiscalYear")
            .and("requested", "f.requested").and("sample", "p.sample");

    /** A project whose span meets the three years. */
    private static final Columns PROJECT = Columns.of("id", "p.id").and(PROGRAM_AND_PLACE)
            .and("plannedStart", "p.plannedStart").and("plannedFinish", "p.plannedFinish")
            .and("totalInvestment", "p.totalInvestment").and("sample", "p.sample");

    private static final Columns TARGET = Columns.of("id", "t.id").and("code", "t.code").and("programCode", "pr.code")
            .and("kind", "t.kind").and("descriptionZh", "t.wording.descriptionZh")
            .and("descriptionEn", "t.wording.descriptionEn").and("unit", "t.measure.unit")
            .and("comparison", "t.measure.comparison").and("targetValue", "t.measure.targetValue")
            .and("targetMin", "t.measure.targetMin").and("scope", "t.scope").and("measureKind", "t.measureKind");

    private static final Columns CONTRIBUTION = Columns.of("targetCode", "t.code").and("projectCode", "p.code.value")
            .and("plannedQuantity", "o.plannedQuantity").and("actualQuantity", "o.actualQuantity")
            .and("confirmed", "o.confirmed").and("sample", "p.sample").and("unit", "o.unit");

    /** The row's program key ("plan program"), its names remembered in {@code programs}. */
    private static String program(Row r, Map<String, String[]> programs) {
        String key = r.string("planCode") + " " + r.string("programCode");
        programs.putIfAbsent(key, new String[]{r.string("planCode"), r.string("programCode"),
                r.string("programTitleZh"), r.string("programTitleEn")});
        return key;
    }

    /** The row's 区县(市) among its place and the two levels above (null if none), its names remembered. */
    private static String district(Row r, Map<String, String[]> districts) {
        return PlaceAndAncestors.district(r, "unit").map(level -> {
            String code = r.string(level + "Code");
            districts.putIfAbsent(code, new String[]{r.string(level + "NameZh"), r.string(level + "NameEn")});
            return code;
        }).orElse(null);
    }

    /** The names of the investment no funding line covers yet, as a source (未落实资金来源). */
    private static final String[] NO_SOURCE_NAMES = {"未落实资金来源", "No source yet"};

    /**
     * Every project not withdrawn nor finished whose planned span meets the three years, with its total
     * investment and its funding lines (not rejected) of every year, for the investment no source covers yet.
     * Two queries, whatever the number of projects.
     *
     * @return whether any of them is sample data
     */
    private boolean projectInvestments(int first, Map<String, String[]> programs, Map<String, String[]> districts,
                                       List<RollingInvestmentPlan.ProjectInvestment> into) {
        LocalDate begin = LocalDate.of(first, 1, 1);
        LocalDate end = LocalDate.of(first + RollingInvestmentPlan.YEARS - 1, 12, 31);
        List<Stage> out = List.of(Stage.WITHDRAWN, Stage.COMPLETED, Stage.IN_USE);
        Map<Long, Map<Integer, BigDecimal>> funded = new HashMap<>();
        Columns fundedYear = Columns.of("project", "p.id").and("fiscalYear", "f.fiscalYear")
                .and("requested", "SUM(f.requested)");
        fundedYear.rows(em.createQuery("SELECT " + fundedYear.select() + " FROM FundingLine f JOIN f.project p "
                        + "WHERE p.stage NOT IN :out AND f.status <> :rejected "
                        + "AND p.plannedStart <= :end AND p.plannedFinish >= :begin GROUP BY p.id, f.fiscalYear",
                        Object[].class)
                .setParameter("out", out).setParameter("rejected", FundingLineStatus.REJECTED)
                .setParameter("begin", begin).setParameter("end", end).getResultList())
                .forEach(r -> funded.computeIfAbsent(r.longValue("project"), k -> new HashMap<>())
                        .put(r.get("fiscalYear", Integer.class), r.get("requested", BigDecimal.class)));
        boolean sample = false;
        for (Row r : PROJECT.rows(em.createQuery("SELECT " + PROJECT.select() + " FROM Project p JOIN p.program pr JOIN pr.plan pl JOIN p.jurisdiction j "
                        + "LEFT JOIN j.parent jp LEFT JOIN jp.parent jg "
                        + "WHERE p.stage NOT IN :out AND p.plannedStart <= :end AND p.plannedFinish >= :begin",
                        Object[].class)
                .setParameter("out", out).setParameter("begin", begin).setParameter("end", end).getResultList())) {
            String programKey = program(r, programs);
            String district = district(r, districts);
            RollingInvestmentPlan.ProjectInvestment investment = new RollingInvestmentPlan.ProjectInvestment(
                    programKey, district, r.get("plannedStart", LocalDate.class), r.get("plannedFinish", LocalDate.class),
                    r.get("totalInvestment", BigDecimal.class), funded.getOrDefault(r.longValue("id"), Map.of()));
            if (!investment.noSourceYet().isEmpty()) {
                into.add(investment);
                sample |= r.get("sample", Boolean.class);
            }
        }
        return sample;
    }

    private record CoverageResult(List<RollingPlanView.Coverage> rows, boolean sample) {
    }

    private CoverageResult coverage(Plan plan) {
        String code = plan.getCode();
        List<Row> targets = TARGET.rows(em.createQuery("SELECT " + TARGET.select()
                        + " FROM Target t LEFT JOIN t.program pr WHERE t.plan.code = :plan ORDER BY t.seq", Object[].class)
                .setParameter("plan", code).getResultList());
        Map<Long, Long> groupSizes = new HashMap<>();
        Columns groupSize = Columns.of("target", "t.id").and("units", "COUNT(j)");
        groupSize.rows(em.createQuery("SELECT " + groupSize.select() + " FROM Target t JOIN t.jurisdictions j "
                        + "WHERE t.plan.code = :plan GROUP BY t.id", Object[].class).setParameter("plan", code)
                        .getResultList())
                .forEach(r -> groupSizes.put(r.longValue("target"), r.longValue("units")));
        Map<JurisdictionLevel, Long> byLevel = new HashMap<>();
        long counties = 0;
        Columns units = Columns.of("level", "j.level").and("kind", "j.kind").and("units", "COUNT(j)");
        for (Row r : units.rows(em.createQuery("SELECT " + units.select()
                + " FROM Jurisdiction j GROUP BY j.level, j.kind", Object[].class).getResultList())) {
            JurisdictionLevel level = r.get("level", JurisdictionLevel.class);
            JurisdictionKind kind = r.get("kind", JurisdictionKind.class);
            byLevel.merge(level, r.longValue("units"), Long::sum);
            if (level == JurisdictionLevel.DISTRICT && kind != null && kind.isCountyOrCountyCity()) {
                counties += r.longValue("units");
            }
        }
        List<TargetCoverage.Contribution> contributions = new ArrayList<>();
        boolean sample = false;
        for (Row r : CONTRIBUTION.rows(em.createQuery("SELECT " + CONTRIBUTION.select()
                        + " FROM ProjectOutput o JOIN o.target t JOIN o.project p "
                        + "WHERE t.plan.code = :plan AND p.stage <> :withdrawn", Object[].class)
                .setParameter("plan", code).setParameter("withdrawn", Stage.WITHDRAWN).getResultList())) {
            BigDecimal quantity = r.get("confirmed", Boolean.class) ? r.decimal("actualQuantity")
                    : r.decimal("plannedQuantity");
            contributions.add(new TargetCoverage.Contribution(r.string("targetCode"), r.string("projectCode"), quantity,
                    r.string("unit")));
            sample |= r.get("sample", Boolean.class);
        }
        java.util.Set<String> served = new java.util.HashSet<>();
        contributions.forEach(c -> served.add(c.targetCode()));
        List<TargetCoverage.TargetLine> lines = new ArrayList<>();
        Map<String, Row> byCode = new HashMap<>();
        for (Row t : targets) {
            TargetKind kind = t.get("kind", TargetKind.class);
            String targetCode = t.string("code");
            if (!(kind == TargetKind.TARGET || kind == TargetKind.PROJECT || served.contains(targetCode))) {
                continue;
            }
            TargetScope scope = t.get("scope", TargetScope.class);
            int unitCount = switch (scope) {
                case PER_JURISDICTION_GROUP -> groupSizes.getOrDefault(t.longValue("id"), 0L).intValue();
                case PER_COUNTY_CITY -> (int) counties;
                default -> (int) scope.levels().stream().mapToLong(l -> byLevel.getOrDefault(l, 0L)).sum();
            };
            BigDecimal requirement = TargetCoverage.requirement(t.get("comparison", Comparison.class),
                    t.decimal("targetValue"), t.decimal("targetMin"), t.string("unit"),
                    t.value("measureKind") == MeasureKind.PER_POPULATION, scope.isPerUnit(), unitCount);
            lines.add(new TargetCoverage.TargetLine(targetCode, t.string("unit"), requirement));
            byCode.put(targetCode, t);
        }
        List<RollingPlanView.Coverage> rows = TargetCoverage.of(lines, contributions).stream().map(c -> {
            Row t = byCode.get(c.targetCode());
            return new RollingPlanView.Coverage(c.targetCode(), t.string("programCode"), t.get("kind", TargetKind.class),
                    t.string("descriptionZh"), t.string("descriptionEn"), c.unit(), c.requirement(), c.projects(), c.planned(), c.share(), c.otherUnits(),
                    c.unitsLeftOut());
        }).toList();
        return new CoverageResult(rows, sample);
    }
}
