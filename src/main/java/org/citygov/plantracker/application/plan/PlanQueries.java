package org.citygov.plantracker.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.plan.PlanPeriod;
import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.ScheduleStage;
import org.citygov.plantracker.domain.model.plan.StagedSchedule;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.project.Stage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads of the plan for the pages (and anyone else who needs them): the overview with its counts,
 * the indicator table, the 专栏 with their 工程, one 工程 with its targets and stages, and the
 * 区县(市) and 工程 the portfolio filters by. DTOs only; a handful of queries per call, no lazy
 * loading from the pages. Plan content is public within the application: any signed-in user may
 * read it; project counts follow the same lead-unit confinement as the portfolio.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanQueries {

    /** C1.4 before C1.10, C2.1 after C1.x: programs sort by the numbers in their code. */
    static final Comparator<String> BY_CODE_NUMBERS = Comparator
            .comparing((String code) -> numbers(code), PlanQueries::compareNumbers)
            .thenComparing(Comparator.naturalOrder());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PlanPreference preference;

    @Inject
    private Clock clock;

    /**
     * The plan every page and API shows when none is named: the session's pick of the plan picker
     * ({@link PlanPreference}) while that plan is loaded, else {@link CurrentPlanRule} (the plan in
     * force this year). Empty before any plan is loaded.
     */
    public Optional<String> currentPlanCode() {
        List<PlanRef> plans = em.createQuery("SELECT NEW org.citygov.plantracker.application.plan.PlanRef(p.id, p.code, "
                + "p.document.titleZh, p.document.titleEn, p.document.docNo, p.period.startYear, p.period.endYear) "
                + "FROM Plan p", PlanRef.class).getResultList();
        Optional<String> chosen = preference.chosen()
                .filter(code -> plans.stream().anyMatch(p -> p.code().equals(code)));
        return chosen.isPresent() ? chosen : CurrentPlanRule.choose(plans, LocalDate.now(clock).getYear());
    }

    /**
     * The year whose end-of-year stock the current plan counts as delivered before its projects
     * ({@link PlanPeriod#stockYear()}: 2021 for a plan of 2021–2025); empty before any plan is loaded.
     */
    public Optional<Integer> currentStockYear() {
        return currentPlanCode().map(code -> PlanPeriod.stockYearOf(em.createQuery(
                "SELECT p.period.startYear FROM Plan p WHERE p.code = :plan", Integer.class)
                .setParameter("plan", code).getSingleResult()));
    }

    /** The current plan's overview; empty before any plan is loaded. */
    public Optional<PlanOverview> overview() {
        return currentPlanCode().map(this::overview);
    }

    public PlanOverview overview(String planCode) {
        Object[] doc = em.createQuery("SELECT p.code, p.document.titleZh, p.document.titleEn, p.document.docNo, "
                        + "p.document.issuerZh, p.document.issuerEn, p.document.issuedOn, p.document.publishedOn, "
                        + "p.period.startYear, p.period.endYear, p.period.outlookYear FROM Plan p WHERE p.code = :plan",
                        Object[].class)
                .setParameter("plan", planCode).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("plan", planCode));

        Map<Integer, List<PlanOverview.ColumnBoxRef>> boxesByChapter = new TreeMap<>();
        Map<Integer, Long> programsPerBox = programsPerBox(planCode);
        for (ColumnBox box : columnBoxes(planCode)) {
            boxesByChapter.computeIfAbsent(box.getChapter().getNumber(), n -> new ArrayList<>())
                    .add(new PlanOverview.ColumnBoxRef(box.getNumber(), box.getTitleZh(), box.getTitleEn(),
                            box.getChapter().getNumber(), programsPerBox.getOrDefault(box.getNumber(), 0L),
                            box.hasAmbiguousTitle()));
        }
        List<PlanOverview.ChapterView> chapters = chapters(planCode).stream()
                .map(c -> new PlanOverview.ChapterView(c.getNumber(), c.headingZh(), c.getTitleZh(), c.getTitleEn(),
                        List.copyOf(boxesByChapter.getOrDefault(c.getNumber(), List.of()))))
                .toList();

        long programs = em.createQuery("SELECT COUNT(p) FROM Program p WHERE p.plan.code = :plan", Long.class)
                .setParameter("plan", planCode).getSingleResult();
        long chapterTextTargets = em.createQuery("SELECT COUNT(t) FROM Target t WHERE t.plan.code = :plan "
                        + "AND t.program IS NULL", Long.class)
                .setParameter("plan", planCode).getSingleResult();
        List<Tally<TargetKind>> targetsByKind = tally(TargetKind.class, em.createQuery(
                "SELECT t.kind, COUNT(t) FROM Target t WHERE t.plan.code = :plan GROUP BY t.kind", Object[].class)
                .setParameter("plan", planCode).getResultList());
        long targets = targetsByKind.stream().mapToLong(Tally::count).sum();
        List<Tally<IndicatorNature>> indicatorsByNature = tally(IndicatorNature.class, em.createQuery(
                "SELECT i.nature, COUNT(i) FROM Indicator i WHERE i.plan.code = :plan GROUP BY i.nature", Object[].class)
                .setParameter("plan", planCode).getResultList());
        long districts = em.createQuery("SELECT COUNT(j) FROM Jurisdiction j WHERE j.level = :level", Long.class)
                .setParameter("level", JurisdictionLevel.DISTRICT).getSingleResult();

        return new PlanOverview((String) doc[0], (String) doc[1], (String) doc[2], (String) doc[3], (String) doc[4],
                (String) doc[5], (java.time.LocalDate) doc[6], (java.time.LocalDate) doc[7], (Integer) doc[8],
                (Integer) doc[9], (Integer) doc[10], chapters, programs, targets - chapterTextTargets,
                chapterTextTargets, targetsByKind, indicatorsByNature, districts, projectsByStage(planCode));
    }

    /** The 主要发展指标 table of the current plan, in the plan's order; empty before any plan is loaded. */
    public List<IndicatorRow> indicators() {
        return currentPlanCode().map(this::indicators).orElse(List.of());
    }

    public List<IndicatorRow> indicators(String planCode) {
        // rows come from the entities so the table's printing rules (〔 〕) stay in the domain
        return em.createQuery("SELECT i FROM Indicator i WHERE i.plan.code = :plan ORDER BY i.code",
                        org.citygov.plantracker.domain.model.plan.Indicator.class)
                .setParameter("plan", planCode).getResultList().stream().map(IndicatorRow::of).toList();
    }

    /** The 专栏 of the current plan with their 工程 and target counts; empty before any plan is loaded. */
    public List<ColumnBoxView> columnBoxes() {
        return currentPlanCode().map(this::columnBoxViews).orElse(List.of());
    }

    public List<ColumnBoxView> columnBoxViews(String planCode) {
        Map<Integer, List<ProgramRow>> programs = programRows(planCode).stream()
                .collect(Collectors.groupingBy(ProgramRow::columnBoxNumber, LinkedHashMap::new, Collectors.toList()));
        return columnBoxes(planCode).stream()
                .map(b -> new ColumnBoxView(b.getNumber(), b.getTitleZh(), b.getTitleEn(), b.getChapter().getNumber(),
                        b.getChapter().headingZh(), b.getChapter().getTitleEn(), b.getNote(), b.getAmbiguityNote(),
                        List.copyOf(programs.getOrDefault(b.getNumber(), List.of()))))
                .toList();
    }

    /** One 工程 of the current plan by its code (C1.4), with its targets and stages. */
    public ProgramDetail program(String code) {
        String planCode = currentPlanCode().orElseThrow(() -> new UnknownEntityException("program", code));
        return program(planCode, code);
    }

    public ProgramDetail program(String planCode, String code) {
        Program program = em.createQuery("SELECT p FROM Program p JOIN FETCH p.columnBox JOIN FETCH p.chapter "
                        + "WHERE p.plan.code = :plan AND p.code = :code", Program.class)
                .setParameter("plan", planCode).setParameter("code", code == null ? "" : code.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("program", code));
        List<Target> targets = em.createQuery("SELECT t FROM Target t LEFT JOIN FETCH t.stage "
                        + "WHERE t.program = :program ORDER BY t.seq", Target.class)
                .setParameter("program", program).getResultList();
        Map<String, List<String>> restated = new LinkedHashMap<>();
        em.createQuery("SELECT t.code, i.code FROM Target t JOIN t.indicators i WHERE t.program = :program "
                        + "ORDER BY i.code", Object[].class)
                .setParameter("program", program).getResultList()
                .forEach(r -> restated.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        List<TargetRow> rows = targets.stream()
                .map(t -> TargetRow.of(t, restated.getOrDefault(t.getCode(), List.of())))
                .toList();

        ProgramDetail.ScheduleView schedule = em.createQuery(
                        "SELECT s FROM StagedSchedule s WHERE s.program = :program", StagedSchedule.class)
                .setParameter("program", program).getResultStream().findFirst()
                .map(s -> scheduleView(s, rows))
                .orElse(null);

        ColumnBox box = program.getColumnBox();
        Chapter chapter = program.getChapter();
        return new ProgramDetail(planCode, program.getCode(), program.getTitleZh(), program.getTitleEn(),
                box.getNumber(), box.getTitleZh(), box.getTitleEn(), box.getAmbiguityNote(), chapter.getNumber(),
                chapter.headingZh(), chapter.getTitleEn(), program.relatedCodes(), rows, schedule);
    }

    /** The 区县(市) (for the portfolio's filter), by code. */
    public List<Option> districts() {
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.plan.Option(j.code, j.nameZh, j.nameEn) "
                        + "FROM Jurisdiction j WHERE j.level = :level ORDER BY j.code", Option.class)
                .setParameter("level", JurisdictionLevel.DISTRICT).getResultList();
    }

    /** The 工程 of the current plan (for the portfolio's filter), in code order. */
    public List<Option> programOptions() {
        return currentPlanCode().map(plan -> em.createQuery(
                                "SELECT NEW org.citygov.plantracker.application.plan.Option(p.code, p.titleZh, p.titleEn) "
                                        + "FROM Program p WHERE p.plan.code = :plan", Option.class)
                        .setParameter("plan", plan).getResultList().stream()
                        .sorted(Comparator.comparing(Option::code, BY_CODE_NUMBERS)).toList())
                .orElse(List.of());
    }

    private ProgramDetail.ScheduleView scheduleView(StagedSchedule schedule, List<TargetRow> targets) {
        List<ScheduleStage> stages = em.createQuery("SELECT s FROM ScheduleStage s WHERE s.schedule = :schedule "
                        + "ORDER BY s.number", ScheduleStage.class)
                .setParameter("schedule", schedule).getResultList();
        List<ProgramDetail.StageRow> rows = stages.stream()
                .map(s -> new ProgramDetail.StageRow(s.getNumber(), s.getDeadline(), s.getDeadlineText(),
                        s.getYearOffset(), s.getTextZh(), s.getTextEn(),
                        targets.stream().filter(t -> t.stageNumber() != null && t.stageNumber() == s.getNumber())
                                .map(TargetRow::code).toList()))
                .toList();
        return new ProgramDetail.ScheduleView(schedule.getNameZh(), schedule.getNameEn(), schedule.getTextZh(),
                schedule.getNote(), rows);
    }

    private List<Chapter> chapters(String planCode) {
        return em.createQuery("SELECT c FROM Chapter c WHERE c.plan.code = :plan ORDER BY c.number", Chapter.class)
                .setParameter("plan", planCode).getResultList();
    }

    private List<ColumnBox> columnBoxes(String planCode) {
        return em.createQuery("SELECT b FROM ColumnBox b JOIN FETCH b.chapter WHERE b.plan.code = :plan "
                        + "ORDER BY b.number", ColumnBox.class)
                .setParameter("plan", planCode).getResultList();
    }

    private Map<Integer, Long> programsPerBox(String planCode) {
        Map<Integer, Long> counts = new TreeMap<>();
        em.createQuery("SELECT b.number, COUNT(p) FROM Program p JOIN p.columnBox b WHERE p.plan.code = :plan "
                        + "GROUP BY b.number", Object[].class)
                .setParameter("plan", planCode).getResultList()
                .forEach(r -> counts.put(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    private List<ProgramRow> programRows(String planCode) {
        Set<String> staged = new HashSet<>(em.createQuery("SELECT s.program.code FROM StagedSchedule s "
                        + "WHERE s.program.plan.code = :plan", String.class)
                .setParameter("plan", planCode).getResultList());
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.plan.ProgramRow("
                        + "p.code, p.titleZh, p.titleEn, b.number, COUNT(t)) "
                        + "FROM Program p JOIN p.columnBox b LEFT JOIN p.targets t WHERE p.plan.code = :plan "
                        + "GROUP BY p.code, p.titleZh, p.titleEn, b.number", ProgramRow.class)
                .setParameter("plan", planCode).getResultList().stream()
                .map(r -> r.staged(staged.contains(r.code())))
                .sorted(Comparator.comparing(ProgramRow::code, BY_CODE_NUMBERS))
                .toList();
    }

    /** Projects of the plan per stage, every stage listed; an office user counts only its own unit's. */
    private List<Tally<Stage>> projectsByStage(String planCode) {
        Optional<Long> unit = currentUser.confinedToLeadUnit();
        TypedQuery<Object[]> query = em.createQuery("SELECT p.stage, COUNT(p) FROM Project p "
                + "WHERE p.program.plan.code = :plan" + (unit.isPresent() ? " AND p.leadUnit.id = :unit" : "")
                + " GROUP BY p.stage", Object[].class).setParameter("plan", planCode);
        unit.ifPresent(id -> query.setParameter("unit", id));
        return tally(Stage.class, query.getResultList());
    }

    /** Counts per enum constant in declaration order, zero where the query found none. */
    static <K extends Enum<K>> List<Tally<K>> tally(Class<K> type, List<Object[]> rows) {
        Map<K, Long> counts = new EnumMap<>(type);
        Arrays.stream(type.getEnumConstants()).forEach(k -> counts.put(k, 0L));
        rows.forEach(r -> counts.merge(type.cast(r[0]), ((Number) r[1]).longValue(), Long::sum));
        return counts.entrySet().stream().map(e -> new Tally<>(e.getKey(), e.getValue())).toList();
    }

    private static int[] numbers(String code) {
        return Arrays.stream(code.split("\\D+")).filter(s -> !s.isEmpty()).mapToInt(s -> {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }).toArray();
    }

    private static int compareNumbers(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }
}
