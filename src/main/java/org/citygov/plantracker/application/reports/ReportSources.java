package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.plan.PlanRef;
import org.citygov.plantracker.application.plan.PlanSelection;
import org.citygov.plantracker.application.reports.ReportContent.CurvePoint;
import org.citygov.plantracker.application.reports.ReportContent.SourceAmount;
import org.citygov.plantracker.application.reports.ReportInputs.ChapterRow;
import org.citygov.plantracker.application.reports.ReportInputs.IndicatorRow;
import org.citygov.plantracker.application.reports.ReportInputs.OutputRow;
import org.citygov.plantracker.application.reports.ReportInputs.Place;
import org.citygov.plantracker.application.reports.ReportInputs.PlanHead;
import org.citygov.plantracker.application.reports.ReportInputs.TargetRow;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.TargetScope;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what a report is assembled from, with a fixed number of queries whatever the portfolio's
 * size (constructor expressions and grouped aggregates, no entity graphs): the plan's structure,
 * the outputs toward its targets, the places, the S-curve series (one streamed pass over the
 * milestones) and the money by funding source.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportSources {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Columns PLACE = Columns.of("code", "j.code").and("nameZh", "j.nameZh").and("nameEn", "j.nameEn")
            .and("level", "j.level").and("parentCode", "p.code");
    private static final Columns TARGET_INDICATOR = Columns.of("target", "t.code").and("indicator", "i.code");
    private static final Columns TARGET = Columns.of("code", "t.code").and("seq", "t.seq").and("chapter", "c.number")
            .and("programCode", "pr.code").and("programTitleZh", "pr.titleZh").and("programTitleEn", "pr.titleEn")
            .and("columnNo", "b.number").and("columnTitleZh", "b.titleZh")
            .and("descriptionZh", "t.wording.descriptionZh").and("descriptionEn", "t.wording.descriptionEn")
            .and("targetText", "t.measure.targetText").and("targetValue", "t.measure.targetValue")
            .and("unit", "t.measure.unit").and("deadline", "t.deadline.date").and("deadlineText", "t.deadline.text")
            .and("scope", "t.scope");
    private static final Columns PROJECT_FINISH = Columns.of("projectId", "m.project.id")
            .and("finish", "MAX(COALESCE(m.actual, m.forecast, m.baseline))");
    private static final Columns OUTPUT = Columns.of("target", "t.code").and("projectId", "p.id")
            .and("projectCode", "p.code.value").and("nameZh", "p.nameZh").and("nameEn", "p.nameEn").and("stage", "p.stage")
            .and("sample", "p.sample").and("place", "j.code").and("planned", "o.plannedQuantity")
            .and("actual", "o.actualQuantity").and("confirmed", "o.confirmed").and("unit", "o.unit")
            .and("plannedFinish", "p.plannedFinish");
    private static final Columns PROJECT_PLACE = Columns.of("projectCode", "p.code.value").and("place", "j.code");
    private static final Columns PROJECT_WEIGHT = Columns.of("projectId", "p.id").and("weights", "SUM(m.weight)");
    private static final Columns MILESTONE_WORTH = Columns.of("projectId", "p.id").and("investment", "p.totalInvestment")
            .and("weight", "m.weight").and("baseline", "m.baseline").and("forecast", "m.forecast").and("actual", "m.actual");
    private static final Columns SOURCE_SUMS = Columns.of("code", "s.code").and("nameZh", "s.nameZh")
            .and("nameEn", "s.nameEn")
            .and("requested", "SUM(CASE WHEN f.status = :rejected AND (f.reviewedAt IS NULL OR f.reviewedAt < :dayAfter) "
                    + "THEN 0 ELSE f.requested END)")
            .and("approved", "SUM(CASE WHEN f.status = :approved AND (f.reviewedAt IS NULL OR f.reviewedAt < :dayAfter) "
                    + "THEN f.approved ELSE 0 END)");
    private static final Columns SOURCE_PAID = Columns.of("code", "s.code").and("paid", "SUM(d.amount)");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanSelection planSelection;

    @Inject
    private PlanProgressSource progressSource;

    @Inject
    private LateProjectReasons reasons;

    public PlanHead currentPlan() {
        PlanRef plan = planSelection.select(null).orElseThrow(() -> new UnknownEntityException("plan", "current"));
        return new PlanHead(plan.code(), plan.titleZh(), plan.titleEn(), plan.startYear(), plan.endYear());
    }

    /** Everything for a report on the current plan as of {@code asOf}, within the request's chapter and 区县(市). */
    public ReportInputs read(ReportRequest request) {
        return read(request, progressSource);
    }

    /** As {@link #read(ReportRequest)}, with the engine's verdict from {@code progressSource} (a final evaluation's run). */
    public ReportInputs read(ReportRequest request, PlanProgressSource progressSource) {
        PlanHead plan = currentPlan();
        Map<String, Place> places = places();
        String district = request.districtCode();
        if (district != null) {
            Place place = places.get(district);
            if (place == null || place.level() != JurisdictionLevel.DISTRICT) {
                throw new UnknownEntityException("jurisdiction", district);
            }
        }
        PlanProgress progress = progressSource.evaluate(plan.code(), request.asOf());
        List<String> lateCodes = progress.lateProjects().stream().map(PlanProgress.LateProject::code).toList();
        Map<String, Place> projectPlaces = projectPlaces(lateCodes, places);
        Map<String, Place> districts = places.values().stream().filter(p -> p.level() == JurisdictionLevel.DISTRICT)
                .collect(Collectors.toMap(Place::code, p -> p, (a, b) -> a, LinkedHashMap::new));
        Scope scope = new Scope(plan.code(), request.chapterNo(), district, places);
        return new ReportInputs(plan, chapters(plan.code()), targets(plan.code()), indicators(plan.code()),
                outputs(plan.code(), places), progress, reasons.reasonsFor(lateCodes, request.asOf()), projectPlaces,
                sCurve(scope, plan, request.asOf()), funding(scope, request.asOf()), districts, sampleInScope(scope));
    }

    /** Every jurisdiction with the 区县(市) it lies in. */
    public Map<String, Place> places() {
        List<Row> rows = PLACE.rows(em.createQuery("SELECT " + PLACE.select() + " FROM Jurisdiction j "
                + "LEFT JOIN j.parent p", Object[].class).getResultList());
        Map<String, Row> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.string("code"), r));
        Map<String, Place> places = new LinkedHashMap<>();
        for (Row r : rows) {
            String district = null;
            Row at = r;
            for (int depth = 0; at != null && depth < 6; depth++) {
                if (at.get("level", JurisdictionLevel.class) == JurisdictionLevel.DISTRICT) {
                    district = at.string("code");
                    break;
                }
                at = at.string("parentCode") == null ? null : byCode.get(at.string("parentCode"));
            }
            places.put(r.string("code"), new Place(r.string("code"), r.string("nameZh"), r.string("nameEn"),
                    r.get("level", JurisdictionLevel.class), district));
        }
        return places;
    }

    List<ChapterRow> chapters(String planCode) {
        return em.createQuery("SELECT c FROM Chapter c WHERE c.plan.code = :plan ORDER BY c.number", Chapter.class)
                .setParameter("plan", planCode).getResultList().stream()
                .map(c -> new ChapterRow(c.getNumber(), c.headingZh(), c.getTitleZh(), c.getTitleEn())).toList();
    }

    List<TargetRow> targets(String planCode) {
        Map<String, List<String>> indicatorCodes = new HashMap<>();
        TARGET_INDICATOR.rows(em.createQuery("SELECT " + TARGET_INDICATOR.select()
                        + " FROM Target t JOIN t.indicators i WHERE t.plan.code = :plan ORDER BY i.code", Object[].class)
                        .setParameter("plan", planCode).getResultList())
                .forEach(r -> indicatorCodes.computeIfAbsent(r.string("target"), k -> new ArrayList<>())
                        .add(r.string("indicator")));
        return TARGET.rows(em.createQuery("SELECT " + TARGET.select()
                        + " FROM Target t JOIN t.chapter c LEFT JOIN t.program pr LEFT JOIN pr.columnBox b "
                        + "WHERE t.plan.code = :plan ORDER BY t.seq", Object[].class)
                        .setParameter("plan", planCode).getResultList()).stream()
                .map(r -> new TargetRow(r.string("code"), r.integer("seq"), r.integer("chapter"), r.string("programCode"),
                        r.string("programTitleZh"), r.string("programTitleEn"), r.integer("columnNo"),
                        r.string("columnTitleZh"), r.string("descriptionZh"), r.string("descriptionEn"),
                        r.string("targetText"), r.decimal("targetValue"), r.string("unit"), r.date("deadline"),
                        r.string("deadlineText"), r.get("scope", TargetScope.class),
                        List.copyOf(indicatorCodes.getOrDefault(r.string("code"), List.of()))))
                .toList();
    }

    List<IndicatorRow> indicators(String planCode) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.plan.code = :plan ORDER BY i.code", Indicator.class)
                .setParameter("plan", planCode).getResultList().stream()
                .map(i -> new IndicatorRow(i.getCode(), i.getDomainZh(), i.getDomainEn(), i.getNameZh(), i.getNameEn(),
                        i.getUnit(), i.displayBaseline(), i.displayTarget(), i.isBinding(), i.isCumulative()))
                .toList();
    }

    /** Every output toward the plan's targets with its project and the project's expected finish. */
    List<OutputRow> outputs(String planCode, Map<String, Place> places) {
        Map<Long, LocalDate> finish = new HashMap<>();
        PROJECT_FINISH.rows(em.createQuery("SELECT " + PROJECT_FINISH.select() + " FROM Milestone m "
                        + "WHERE m.project.id IN (SELECT o.project.id FROM ProjectOutput o WHERE o.target.plan.code = :plan) "
                        + "GROUP BY m.project.id", Object[].class)
                        .setParameter("plan", planCode).getResultList())
                .forEach(r -> finish.put(r.longValue("projectId"), r.date("finish")));
        return OUTPUT.rows(em.createQuery("SELECT " + OUTPUT.select()
                        + " FROM ProjectOutput o JOIN o.target t JOIN o.project p JOIN o.jurisdiction j "
                        + "WHERE t.plan.code = :plan ORDER BY t.seq, p.code.value, o.id", Object[].class)
                        .setParameter("plan", planCode).getResultList()).stream()
                .map(r -> {
                    Place place = places.get(r.string("place"));
                    LocalDate expected = finish.getOrDefault(r.longValue("projectId"), r.date("plannedFinish"));
                    return new OutputRow(r.string("target"), r.string("projectCode"), r.string("nameZh"),
                            r.string("nameEn"), r.get("stage", Stage.class), r.get("sample", Boolean.class),
                            place == null ? null : place.nameZh(), place == null ? null : place.nameEn(),
                            place == null ? null : place.districtCode(), r.decimal("planned"), r.decimal("actual"),
                            r.get("confirmed", Boolean.class), r.string("unit"), expected);
                })
                .toList();
    }

    private Map<String, Place> projectPlaces(List<String> projectCodes, Map<String, Place> places) {
        Map<String, Place> byProject = new HashMap<>();
        for (int from = 0; from < projectCodes.size(); from += RecordedReasons.CHUNK) {
            PROJECT_PLACE.rows(em.createQuery("SELECT " + PROJECT_PLACE.select()
                                    + " FROM Project p JOIN p.jurisdiction j WHERE p.code.value IN :codes", Object[].class)
                            .setParameter("codes", projectCodes.subList(from, Math.min(projectCodes.size(), from + RecordedReasons.CHUNK)))
                            .getResultList())
                    .forEach(r -> byProject.put(r.string("projectCode"), places.get(r.string("place"))));
        }
        return byProject;
    }

    /**
     * The portfolio's S-curve: each milestone is worth its share (weight) of its project's total
     * investment; planned is what the current baselines put done by each month's end, actual what
     * was done (up to {@code asOf}), forecast what the offices expect (actual, else forecast). In %
     * of the whole. Withdrawn projects are left out.
     */
    List<CurvePoint> sCurve(Scope scope, PlanHead plan, LocalDate asOf) {
        YearMonth first = YearMonth.of(plan.startYear(), 1);
        YearMonth last = YearMonth.of(plan.endYear(), 12);
        int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        double[] planned = new double[months];
        double[] actual = new double[months];
        double[] forecast = new double[months];
        Map<Long, BigDecimal> weights = new HashMap<>();
        PROJECT_WEIGHT.rows(scope.apply(em.createQuery("SELECT " + PROJECT_WEIGHT.select()
                        + " FROM Milestone m JOIN m.project p JOIN p.jurisdiction j "
                        + "WHERE " + scope.where() + " GROUP BY p.id", Object[].class)).getResultList())
                .forEach(r -> weights.put(r.longValue("projectId"), r.decimal("weights")));
        double[] total = {0};
        Set<Long> counted = new java.util.HashSet<>();
        try (Stream<Object[]> rows = scope.apply(em.createQuery("SELECT " + MILESTONE_WORTH.select()
                + " FROM Milestone m JOIN m.project p JOIN p.jurisdiction j WHERE " + scope.where(),
                Object[].class)).getResultStream()) {
            rows.map(MILESTONE_WORTH::row).forEach(r -> {
                Long projectId = r.longValue("projectId");
                BigDecimal sum = weights.get(projectId);
                BigDecimal investment = r.decimal("investment");
                if (sum == null || sum.signum() == 0 || investment == null) {
                    return;
                }
                if (counted.add(projectId)) {
                    total[0] += investment.doubleValue();
                }
                double value = investment.doubleValue() * r.decimal("weight").doubleValue() / sum.doubleValue();
                LocalDate baseline = r.date("baseline");
                LocalDate done = r.date("actual");
                LocalDate expected = done != null ? done : r.date("forecast");
                add(planned, first, baseline, value);
                add(forecast, first, expected, value);
                if (done != null && !done.isAfter(asOf)) {
                    add(actual, first, done, value);
                }
            });
        }
        List<CurvePoint> curve = new ArrayList<>(months);
        double p = 0;
        double a = 0;
        double f = 0;
        YearMonth asOfMonth = YearMonth.from(asOf);
        for (int i = 0; i < months; i++) {
            p += planned[i];
            a += actual[i];
            f += forecast[i];
            YearMonth month = first.plusMonths(i);
            curve.add(new CurvePoint(month.atEndOfMonth(), share(p, total[0]),
                    month.isAfter(asOfMonth) ? null : share(a, total[0]), share(f, total[0])));
        }
        return curve;
    }

    /** Milestones dated before the plan period count in its first month; those after it in none. */
    private static void add(double[] series, YearMonth first, LocalDate date, double value) {
        if (date == null) {
            return;
        }
        int index = (int) Math.max(0, first.until(YearMonth.from(date), java.time.temporal.ChronoUnit.MONTHS));
        if (index < series.length) {
            series[index] += value;
        }
    }

    private static BigDecimal share(double part, double whole) {
        return whole <= 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100 / whole).setScale(1, RoundingMode.HALF_UP).min(HUNDRED);
    }

    /**
     * Requested, approved and disbursed yuan by funding source <em>as of</em> the report's day: lines
     * requested by then (rejected ones left out when rejected by then), approved by then (lines loaded
     * without a decision time — imports, the sample — count as decided), and the
     * ledger's entries paid by then (reversals included) — so a 2023 annual report does not show 2024's money.
     */
    List<SourceAmount> funding(Scope scope, LocalDate asOf) {
        LocalDateTime dayAfter = asOf.plusDays(1).atStartOfDay();
        Map<String, SourceAmount> bySource = new LinkedHashMap<>();
        SOURCE_SUMS.rows(scope.apply(em.createQuery("SELECT " + SOURCE_SUMS.select()
                        + " FROM FundingLine f JOIN f.source s JOIN f.project p JOIN p.jurisdiction j "
                        + "WHERE (f.requestedAt IS NULL OR f.requestedAt < :dayAfter) AND " + scope.where()
                        + " GROUP BY s.code, s.nameZh, s.nameEn, s.sortOrder ORDER BY s.sortOrder, s.code", Object[].class))
                        .setParameter("approved", FundingLineStatus.APPROVED)
                        .setParameter("rejected", FundingLineStatus.REJECTED)
                        .setParameter("dayAfter", dayAfter)
                        .getResultList())
                .forEach(r -> bySource.put(r.string("code"), new SourceAmount(r.string("code"), r.string("nameZh"),
                        r.string("nameEn"), r.amount("requested"), r.amount("approved"), BigDecimal.ZERO)));
        SOURCE_PAID.rows(scope.apply(em.createQuery("SELECT " + SOURCE_PAID.select()
                        + " FROM Disbursement d JOIN d.line f JOIN f.source s "
                        + "JOIN f.project p JOIN p.jurisdiction j WHERE d.paidOn <= :asOf AND " + scope.where()
                        + " GROUP BY s.code", Object[].class))
                        .setParameter("asOf", asOf)
                        .getResultList())
                .forEach(r -> bySource.computeIfPresent(r.string("code"), (code, a) -> new SourceAmount(a.code(),
                        a.nameZh(), a.nameEn(), a.requested(), a.approved(), r.amount("paid"))));
        return List.copyOf(bySource.values());
    }

    private boolean sampleInScope(Scope scope) {
        return !scope.apply(em.createQuery("SELECT p.id FROM Project p JOIN p.jurisdiction j WHERE p.sample = TRUE AND "
                + scope.where(), Long.class)).setMaxResults(1).getResultList().isEmpty();
    }

    /** The projects of a report: the plan's, not withdrawn, in the chapter and 区县(市) chosen. */
    record Scope(String planCode, Integer chapterNo, String districtCode, Map<String, Place> places) {

        String where() {
            return "p.program.plan.code = :plan AND p.stage <> :withdrawn"
                    + (chapterNo == null ? "" : " AND p.program.chapter.number = :chapter")
                    + (districtCode == null ? "" : " AND j.code IN :units");
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            query.setParameter("plan", planCode).setParameter("withdrawn", Stage.WITHDRAWN);
            if (chapterNo != null) {
                query.setParameter("chapter", chapterNo);
            }
            if (districtCode != null) {
                query.setParameter("units", places.values().stream()
                        .filter(p -> districtCode.equals(p.districtCode())).map(Place::code).toList());
            }
            return query;
        }
    }
}
