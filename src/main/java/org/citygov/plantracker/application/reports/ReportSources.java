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
        List<Object[]> rows = em.createQuery("SELECT j.code, j.nameZh, j.nameEn, j.level, p.code FROM Jurisdiction j "
                + "LEFT JOIN j.parent p", Object[].class).getResultList();
        Map<String, Object[]> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put((String) r[0], r));
        Map<String, Place> places = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String district = null;
            Object[] at = r;
            for (int depth = 0; at != null && depth < 6; depth++) {
                if (at[3] == JurisdictionLevel.DISTRICT) {
                    district = (String) at[0];
                    break;
                }
                at = at[4] == null ? null : byCode.get((String) at[4]);
            }
            places.put((String) r[0], new Place((String) r[0], (String) r[1], (String) r[2], (JurisdictionLevel) r[3],
                    district));
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
        em.createQuery("SELECT t.code, i.code FROM Target t JOIN t.indicators i WHERE t.plan.code = :plan "
                        + "ORDER BY i.code", Object[].class).setParameter("plan", planCode).getResultList()
                .forEach(r -> indicatorCodes.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return em.createQuery("SELECT t.code, t.seq, c.number, pr.code, pr.titleZh, pr.titleEn, b.number, b.titleZh, "
                        + "t.wording.descriptionZh, t.wording.descriptionEn, t.measure.targetText, t.measure.targetValue, "
                        + "t.measure.unit, t.deadline.date, t.deadline.text, t.scope "
                        + "FROM Target t JOIN t.chapter c LEFT JOIN t.program pr LEFT JOIN pr.columnBox b "
                        + "WHERE t.plan.code = :plan ORDER BY t.seq", Object[].class)
                .setParameter("plan", planCode).getResultList().stream()
                .map(r -> new TargetRow((String) r[0], (Integer) r[1], (Integer) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (Integer) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                        (BigDecimal) r[11], (String) r[12], (LocalDate) r[13], (String) r[14], (TargetScope) r[15],
                        List.copyOf(indicatorCodes.getOrDefault((String) r[0], List.of()))))
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
        em.createQuery("SELECT m.project.id, MAX(COALESCE(m.actual, m.forecast, m.baseline)) FROM Milestone m "
                        + "WHERE m.project.id IN (SELECT o.project.id FROM ProjectOutput o WHERE o.target.plan.code = :plan) "
                        + "GROUP BY m.project.id", Object[].class)
                .setParameter("plan", planCode).getResultList()
                .forEach(r -> finish.put((Long) r[0], (LocalDate) r[1]));
        return em.createQuery("SELECT t.code, p.id, p.code.value, p.nameZh, p.nameEn, p.stage, p.sample, j.code, "
                        + "o.plannedQuantity, o.actualQuantity, o.confirmed, o.unit, p.plannedFinish "
                        + "FROM ProjectOutput o JOIN o.target t JOIN o.project p JOIN o.jurisdiction j "
                        + "WHERE t.plan.code = :plan ORDER BY t.seq, p.code.value, o.id", Object[].class)
                .setParameter("plan", planCode).getResultList().stream()
                .map(r -> {
                    Place place = places.get((String) r[7]);
                    LocalDate expected = finish.getOrDefault((Long) r[1], (LocalDate) r[12]);
                    return new OutputRow((String) r[0], (String) r[2], (String) r[3], (String) r[4], (Stage) r[5],
                            (Boolean) r[6], place == null ? null : place.nameZh(), place == null ? null : place.nameEn(),
                            place == null ? null : place.districtCode(), (BigDecimal) r[8], (BigDecimal) r[9],
                            (Boolean) r[10], (String) r[11], expected);
                })
                .toList();
    }

    private Map<String, Place> projectPlaces(List<String> projectCodes, Map<String, Place> places) {
        Map<String, Place> byProject = new HashMap<>();
        for (int from = 0; from < projectCodes.size(); from += RecordedReasons.CHUNK) {
            em.createQuery("SELECT p.code.value, j.code FROM Project p JOIN p.jurisdiction j WHERE p.code.value IN :codes",
                            Object[].class)
                    .setParameter("codes", projectCodes.subList(from, Math.min(projectCodes.size(), from + RecordedReasons.CHUNK)))
                    .getResultList().forEach(r -> byProject.put((String) r[0], places.get((String) r[1])));
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
        scope.apply(em.createQuery("SELECT p.id, SUM(m.weight) FROM Milestone m JOIN m.project p JOIN p.jurisdiction j "
                        + "WHERE " + scope.where() + " GROUP BY p.id", Object[].class)).getResultList()
                .forEach(r -> weights.put((Long) r[0], (BigDecimal) r[1]));
        double[] total = {0};
        Set<Long> counted = new java.util.HashSet<>();
        try (Stream<Object[]> rows = scope.apply(em.createQuery("SELECT p.id, p.totalInvestment, m.weight, m.baseline, "
                + "m.forecast, m.actual FROM Milestone m JOIN m.project p JOIN p.jurisdiction j WHERE " + scope.where(),
                Object[].class)).getResultStream()) {
            rows.forEach(r -> {
                BigDecimal sum = weights.get((Long) r[0]);
                BigDecimal investment = (BigDecimal) r[1];
                if (sum == null || sum.signum() == 0 || investment == null) {
                    return;
                }
                if (counted.add((Long) r[0])) {
                    total[0] += investment.doubleValue();
                }
                double value = investment.doubleValue() * ((BigDecimal) r[2]).doubleValue() / sum.doubleValue();
                LocalDate baseline = (LocalDate) r[3];
                LocalDate done = (LocalDate) r[5];
                LocalDate expected = done != null ? done : (LocalDate) r[4];
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
        scope.apply(em.createQuery("SELECT s.code, s.nameZh, s.nameEn, "
                        + "SUM(CASE WHEN f.status = :rejected AND (f.reviewedAt IS NULL OR f.reviewedAt < :dayAfter) THEN 0 ELSE f.requested END), "
                        + "SUM(CASE WHEN f.status = :approved AND (f.reviewedAt IS NULL OR f.reviewedAt < :dayAfter) THEN f.approved ELSE 0 END) "
                        + "FROM FundingLine f JOIN f.source s JOIN f.project p JOIN p.jurisdiction j "
                        + "WHERE (f.requestedAt IS NULL OR f.requestedAt < :dayAfter) AND " + scope.where()
                        + " GROUP BY s.code, s.nameZh, s.nameEn, s.sortOrder ORDER BY s.sortOrder, s.code", Object[].class))
                .setParameter("approved", FundingLineStatus.APPROVED)
                .setParameter("rejected", FundingLineStatus.REJECTED)
                .setParameter("dayAfter", dayAfter)
                .getResultList()
                .forEach(r -> bySource.put((String) r[0], new SourceAmount((String) r[0], (String) r[1], (String) r[2],
                        decimal(r[3]), decimal(r[4]), BigDecimal.ZERO)));
        scope.apply(em.createQuery("SELECT s.code, SUM(d.amount) FROM Disbursement d JOIN d.line f JOIN f.source s "
                        + "JOIN f.project p JOIN p.jurisdiction j WHERE d.paidOn <= :asOf AND " + scope.where()
                        + " GROUP BY s.code", Object[].class))
                .setParameter("asOf", asOf)
                .getResultList()
                .forEach(r -> bySource.computeIfPresent((String) r[0], (code, a) -> new SourceAmount(a.code(), a.nameZh(),
                        a.nameEn(), a.requested(), a.approved(), decimal(r[1]))));
        return List.copyOf(bySource.values());
    }

    private boolean sampleInScope(Scope scope) {
        return !scope.apply(em.createQuery("SELECT p.id FROM Project p JOIN p.jurisdiction j WHERE p.sample = TRUE AND "
                + scope.where(), Long.class)).setMaxResults(1).getResultList().isEmpty();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
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
