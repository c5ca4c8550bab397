package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
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

        List<Object[]> lines = em.createQuery("SELECT pl.code, pr.code, pr.titleZh, pr.titleEn, "
                        + "j.code, j.nameZh, j.nameEn, j.level, jp.code, jp.nameZh, jp.nameEn, jp.level, "
                        + "jg.code, jg.nameZh, jg.nameEn, jg.level, s.code, s.nameZh, s.nameEn, s.sortOrder, "
                        + "f.fiscalYear, f.requested, p.sample "
                        + "FROM FundingLine f JOIN f.project p JOIN p.program pr JOIN pr.plan pl JOIN p.jurisdiction j "
                        + "LEFT JOIN j.parent jp LEFT JOIN jp.parent jg JOIN f.source s "
                        + "WHERE p.stage <> :withdrawn AND f.status <> :rejected AND f.fiscalYear BETWEEN :a AND :b",
                        Object[].class)
                .setParameter("withdrawn", Stage.WITHDRAWN).setParameter("rejected", FundingLineStatus.REJECTED)
                .setParameter("a", first).setParameter("b", first + RollingInvestmentPlan.YEARS - 1)
                .getResultList();
        Map<String, String[]> programs = new HashMap<>();
        Map<String, String[]> districts = new HashMap<>();
        Map<String, String[]> sources = new HashMap<>();
        Map<String, Integer> sourceOrder = new HashMap<>();
        List<RollingInvestmentPlan.PlannedAmount> amounts = new ArrayList<>();
        boolean sample = false;
        for (Object[] r : lines) {
            String programKey = r[0] + " " + r[1];
            programs.putIfAbsent(programKey, new String[]{(String) r[0], (String) r[1], (String) r[2], (String) r[3]});
            String district = null;
            for (int i = 4; i <= 12; i += 4) {
                if (r[i + 3] == JurisdictionLevel.DISTRICT) {
                    district = (String) r[i];
                    districts.putIfAbsent(district, new String[]{(String) r[i + 1], (String) r[i + 2]});
                    break;
                }
            }
            sources.putIfAbsent((String) r[16], new String[]{(String) r[17], (String) r[18]});
            sourceOrder.putIfAbsent((String) r[16], (Integer) r[19]);
            amounts.add(new RollingInvestmentPlan.PlannedAmount(programKey, district, (String) r[16], (Integer) r[20],
                    (BigDecimal) r[21]));
            sample |= (Boolean) r[22];
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
        em.createQuery("SELECT p.id, f.fiscalYear, SUM(f.requested) FROM FundingLine f JOIN f.project p "
                        + "WHERE p.stage NOT IN :out AND f.status <> :rejected "
                        + "AND p.plannedStart <= :end AND p.plannedFinish >= :begin GROUP BY p.id, f.fiscalYear",
                        Object[].class)
                .setParameter("out", out).setParameter("rejected", FundingLineStatus.REJECTED)
                .setParameter("begin", begin).setParameter("end", end).getResultList()
                .forEach(r -> funded.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Integer) r[1], (BigDecimal) r[2]));
        boolean sample = false;
        for (Object[] r : em.createQuery("SELECT p.id, pl.code, pr.code, pr.titleZh, pr.titleEn, "
                        + "j.code, j.nameZh, j.nameEn, j.level, jp.code, jp.nameZh, jp.nameEn, jp.level, "
                        + "jg.code, jg.nameZh, jg.nameEn, jg.level, p.plannedStart, p.plannedFinish, "
                        + "p.totalInvestment, p.sample "
                        + "FROM Project p JOIN p.program pr JOIN pr.plan pl JOIN p.jurisdiction j "
                        + "LEFT JOIN j.parent jp LEFT JOIN jp.parent jg "
                        + "WHERE p.stage NOT IN :out AND p.plannedStart <= :end AND p.plannedFinish >= :begin",
                        Object[].class)
                .setParameter("out", out).setParameter("begin", begin).setParameter("end", end).getResultList()) {
            String programKey = r[1] + " " + r[2];
            programs.putIfAbsent(programKey, new String[]{(String) r[1], (String) r[2], (String) r[3], (String) r[4]});
            String district = null;
            for (int i = 5; i <= 13; i += 4) {
                if (r[i + 3] == JurisdictionLevel.DISTRICT) {
                    district = (String) r[i];
                    districts.putIfAbsent(district, new String[]{(String) r[i + 1], (String) r[i + 2]});
                    break;
                }
            }
            RollingInvestmentPlan.ProjectInvestment investment = new RollingInvestmentPlan.ProjectInvestment(
                    programKey, district, (LocalDate) r[17], (LocalDate) r[18], (BigDecimal) r[19],
                    funded.getOrDefault((Long) r[0], Map.of()));
            if (!investment.noSourceYet().isEmpty()) {
                into.add(investment);
                sample |= (Boolean) r[20];
            }
        }
        return sample;
    }

    private record CoverageResult(List<RollingPlanView.Coverage> rows, boolean sample) {
    }

    private CoverageResult coverage(Plan plan) {
        String code = plan.getCode();
        List<Object[]> targets = em.createQuery("SELECT t.id, t.code, pr.code, t.kind, t.wording.descriptionZh, "
                        + "t.wording.descriptionEn, t.measure.unit, t.measure.comparison, t.measure.targetValue, "
                        + "t.measure.targetMin, t.measure.metric, t.scope, t.measureKind FROM Target t LEFT JOIN t.program pr "
                        + "WHERE t.plan.code = :plan ORDER BY t.seq", Object[].class)
                .setParameter("plan", code).getResultList();
        Map<Long, Long> groupSizes = new HashMap<>();
        em.createQuery("SELECT t.id, COUNT(j) FROM Target t JOIN t.jurisdictions j WHERE t.plan.code = :plan "
                        + "GROUP BY t.id", Object[].class).setParameter("plan", code).getResultList()
                .forEach(r -> groupSizes.put((Long) r[0], (Long) r[1]));
        Map<JurisdictionLevel, Long> byLevel = new HashMap<>();
        long counties = 0;
        for (Object[] r : em.createQuery("SELECT j.level, j.kind, COUNT(j) FROM Jurisdiction j GROUP BY j.level, j.kind",
                Object[].class).getResultList()) {
            byLevel.merge((JurisdictionLevel) r[0], (Long) r[2], Long::sum);
            if (r[0] == JurisdictionLevel.DISTRICT && r[1] != null && ((JurisdictionKind) r[1]).isCountyOrCountyCity()) {
                counties += (Long) r[2];
            }
        }
        List<TargetCoverage.Contribution> contributions = new ArrayList<>();
        boolean sample = false;
        for (Object[] r : em.createQuery("SELECT t.code, p.code.value, o.plannedQuantity, o.actualQuantity, o.confirmed, "
                        + "p.sample, o.unit FROM ProjectOutput o JOIN o.target t JOIN o.project p "
                        + "WHERE t.plan.code = :plan AND p.stage <> :withdrawn", Object[].class)
                .setParameter("plan", code).setParameter("withdrawn", Stage.WITHDRAWN).getResultList()) {
            BigDecimal quantity = (Boolean) r[4] ? (BigDecimal) r[3] : (BigDecimal) r[2];
            contributions.add(new TargetCoverage.Contribution((String) r[0], (String) r[1], quantity, (String) r[6]));
            sample |= (Boolean) r[5];
        }
        java.util.Set<String> served = new java.util.HashSet<>();
        contributions.forEach(c -> served.add(c.targetCode()));
        List<TargetCoverage.TargetLine> lines = new ArrayList<>();
        Map<String, Object[]> byCode = new HashMap<>();
        for (Object[] t : targets) {
            TargetKind kind = (TargetKind) t[3];
            String targetCode = (String) t[1];
            if (!(kind == TargetKind.TARGET || kind == TargetKind.PROJECT || served.contains(targetCode))) {
                continue;
            }
            TargetScope scope = (TargetScope) t[11];
            String metric = (String) t[10];
            int units = switch (scope) {
                case PER_JURISDICTION_GROUP -> groupSizes.getOrDefault((Long) t[0], 0L).intValue();
                case PER_COUNTY_CITY -> (int) counties;
                default -> (int) scope.levels().stream().mapToLong(l -> byLevel.getOrDefault(l, 0L)).sum();
            };
            BigDecimal requirement = TargetCoverage.requirement((Comparison) t[7], (BigDecimal) t[8], (BigDecimal) t[9],
                    (String) t[6], t[12] == MeasureKind.PER_POPULATION, scope.isPerUnit(), units);
            lines.add(new TargetCoverage.TargetLine(targetCode, (String) t[6], requirement));
            byCode.put(targetCode, t);
        }
        List<RollingPlanView.Coverage> rows = TargetCoverage.of(lines, contributions).stream().map(c -> {
            Object[] t = byCode.get(c.targetCode());
            return new RollingPlanView.Coverage(c.targetCode(), (String) t[2], (TargetKind) t[3], (String) t[4],
                    (String) t[5], c.unit(), c.requirement(), c.projects(), c.planned(), c.share(), c.otherUnits(),
                    c.unitsLeftOut());
        }).toList();
        return new CoverageResult(rows, sample);
    }
}
