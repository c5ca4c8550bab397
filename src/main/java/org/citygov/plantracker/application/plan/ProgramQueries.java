package org.citygov.plantracker.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.Access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads of a plan's 工程 with their 专栏, targets and staged schedules: six queries (programs,
 * targets, the targets' stages, restated indicators and group units, the schedules) however many
 * programs are asked for.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgramQueries {

    private static final String SELECT_PROGRAM = "SELECT NEW org.citygov.plantracker.application.plan.ProgramWithTargets("
            + "p.code, p.titleZh, p.titleEn, p.ownerDomain, b.number, b.titleZh, b.titleEn, b.ambiguityNote, "
            + "c.number, c.titleZh, c.titleEn) FROM Program p JOIN p.columnBox b JOIN p.chapter c ";
    private static final String SELECT_TARGET = "SELECT NEW org.citygov.plantracker.application.plan.TargetDetail("
            + "p.code, t.code, t.seq, t.kind, t.wording.descriptionZh, t.wording.descriptionEn, t.wording.section, "
            + "t.measure.metric, t.measure.unit, t.measure.comparison, t.measure.targetValue, t.measure.targetMin, "
            + "t.measure.targetMax, t.measure.targetText, t.measure.cumulative, t.deadline.date, t.deadline.basis, "
            + "t.deadline.text, t.deadline.periodStart, t.scope, t.scopeDetail, t.minPlacesPerInstitution, "
            + "t.wording.note) FROM Target t JOIN t.program p ";
    private static final String SELECT_STAGE = "SELECT NEW org.citygov.plantracker.application.plan.ScheduleStageRow("
            + "p.code, sch.nameZh, sch.nameEn, sch.textZh, sch.note, st.number, st.deadline, st.deadlineText, "
            + "st.yearOffset, st.textZh, st.textEn) FROM ScheduleStage st JOIN st.schedule sch JOIN sch.program p ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private PlanSelection plans;

    /**
     * The programs of a plan (blank: the current plan), optionally of one 专栏, in plan order
     * (专栏 by number, programs by their number in the box), each with its targets in plan order.
     */
    public List<ProgramWithTargets> programs(String planCode, Integer columnNumber) {
        access.requireSignedIn();
        Optional<PlanRef> plan = plans.select(planCode);
        if (plan.isEmpty()) {
            return List.of();
        }
        return read(plan.get(), columnNumber, null);
    }

    /** One program (C1.4) with its targets and schedule. */
    public ProgramWithTargets program(String planCode, String code) {
        access.requireSignedIn();
        PlanRef plan = plans.select(planCode).orElseThrow(() -> new UnknownEntityException("program", code));
        return read(plan, null, code).stream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("program", code));
    }

    private List<ProgramWithTargets> read(PlanRef plan, Integer columnNumber, String programCode) {
        String restrict = (columnNumber == null ? "" : " AND b.number = :box")
                + (programCode == null ? "" : " AND p.code = :program");
        List<ProgramWithTargets> programs = bind(em.createQuery(SELECT_PROGRAM + "WHERE p.plan.id = :plan" + restrict,
                ProgramWithTargets.class), plan, columnNumber, programCode).getResultList();
        if (programs.isEmpty()) {
            return List.of();
        }
        String within = columnNumber == null ? "" : " AND p.columnBox.number = :box";
        within += programCode == null ? "" : " AND p.code = :program";

        List<TargetDetail> targets = bind(em.createQuery(SELECT_TARGET + "WHERE t.plan.id = :plan" + within
                + " ORDER BY t.seq", TargetDetail.class), plan, columnNumber, programCode).getResultList();
        Map<String, List<Object>> stageOf = pairs("SELECT t.code, st.number FROM Target t JOIN t.program p "
                + "JOIN t.stage st WHERE t.plan.id = :plan" + within, plan, columnNumber, programCode);
        Map<String, List<Object>> indicators = pairs("SELECT t.code, i.code FROM Target t JOIN t.program p "
                + "JOIN t.indicators i WHERE t.plan.id = :plan" + within + " ORDER BY i.code",
                plan, columnNumber, programCode);
        Map<String, List<Object>> units = pairs("SELECT t.code, j.code FROM Target t JOIN t.program p "
                + "JOIN t.jurisdictions j WHERE t.plan.id = :plan" + within + " ORDER BY j.code",
                plan, columnNumber, programCode);
        Map<String, List<TargetDetail>> targetsByProgram = targets.stream()
                .map(t -> t.with(stageNumber(stageOf.get(t.code())), strings(indicators.get(t.code())),
                        strings(units.get(t.code()))))
                .collect(Collectors.groupingBy(TargetDetail::programCode, LinkedHashMap::new, Collectors.toList()));

        List<ScheduleStageRow> stages = bind(em.createQuery(SELECT_STAGE + "WHERE p.plan.id = :plan" + within
                + " ORDER BY p.code, st.number", ScheduleStageRow.class), plan, columnNumber, programCode).getResultList();
        Map<String, ProgramWithTargets.Schedule> schedules = schedules(stages);

        return programs.stream()
                .sorted(Comparator.comparingInt(ProgramWithTargets::columnNumber)
                        .thenComparing(ProgramWithTargets::code, PlanQueries.BY_CODE_NUMBERS))
                .map(p -> p.with(schedules.get(p.code()), targetsByProgram.getOrDefault(p.code(), List.of())))
                .toList();
    }

    private static Map<String, ProgramWithTargets.Schedule> schedules(List<ScheduleStageRow> rows) {
        Map<String, List<ScheduleStageRow>> byProgram = rows.stream()
                .collect(Collectors.groupingBy(ScheduleStageRow::programCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, ProgramWithTargets.Schedule> schedules = new LinkedHashMap<>();
        byProgram.forEach((program, stageRows) -> {
            ScheduleStageRow first = stageRows.get(0);
            List<ProgramWithTargets.Stage> stages = stageRows.stream()
                    .map(r -> new ProgramWithTargets.Stage(r.number(), r.deadline(), r.deadlineText(), r.yearOffset(),
                            r.stageTextZh(), r.stageTextEn()))
                    .toList();
            schedules.put(program, new ProgramWithTargets.Schedule(first.nameZh(), first.nameEn(), first.textZh(),
                    first.note(), stages));
        });
        return schedules;
    }

    /** Rows of (code, value) grouped by code, in query order. */
    private Map<String, List<Object>> pairs(String jpql, PlanRef plan, Integer columnNumber, String programCode) {
        List<Object[]> rows = bind(em.createQuery(jpql, Object[].class), plan, columnNumber, programCode).getResultList();
        Map<String, List<Object>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r[1]));
        return byKey;
    }

    /** A target belongs to at most one stage. */
    private static Integer stageNumber(List<Object> numbers) {
        return numbers == null || numbers.isEmpty() ? null : ((Number) numbers.get(0)).intValue();
    }

    private static List<String> strings(List<Object> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, PlanRef plan, Integer columnNumber, String programCode) {
        query.setParameter("plan", plan.id());
        if (columnNumber != null) {
            query.setParameter("box", columnNumber);
        }
        if (programCode != null) {
            query.setParameter("program", programCode);
        }
        return query;
    }
}
