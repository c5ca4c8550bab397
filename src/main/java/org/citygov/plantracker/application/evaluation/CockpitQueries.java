package org.citygov.plantracker.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.TargetStatus;
import org.citygov.plantracker.domain.service.slippage.Territory;
import org.citygov.plantracker.domain.service.slippage.UnitFacts;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Read models of the cockpit built from one evaluation: the staged-schedule grid (五年三跨越: every
 * 区县(市) × stage, each cell the stage's targets with required / delivered / forecast / status) and
 * the dated targets outside any schedule.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CockpitQueries {

    private static final Columns SCHEDULE = Columns.of("id", "s.id").and("nameZh", "s.nameZh").and("nameEn", "s.nameEn")
            .and("programCode", "p.code");
    private static final Columns STAGE = Columns.of("number", "st.number").and("deadline", "st.deadline")
            .and("deadlineText", "st.deadlineText");

    @PersistenceContext
    private EntityManager em;

    /** A staged schedule's names and its 工程. */
    private record ScheduleNames(String nameZh, String nameEn, String programCode) {
        static final ScheduleNames NONE = new ScheduleNames("", "", "");
    }

    /** A stage's deadline as a date and as the plan words it. */
    private record StageDeadline(LocalDate date, String text) {
    }

    public record Unit(long id, String code, String nameZh, String nameEn, JurisdictionLevel level) {
        static Unit of(UnitFacts u) {
            return new Unit(u.id(), u.code(), u.nameZh(), u.nameEn(), u.level());
        }
    }

    /** One target in one cell: its row at the unit, or an untracked placeholder (row null). */
    public record CellLine(TargetFacts target, TargetEvaluation row) {
        public TargetStatus status() {
            return row == null ? TargetStatus.NOT_TRACKED : row.status();
        }
    }

    /** The targets of one stage at one unit; {@code status} is the worst of them. */
    public record Cell(int stage, TargetStatus status, List<CellLine> lines) {
    }

    public record GridRow(Unit unit, List<Cell> cells) {
    }

    public record StageColumn(int number, LocalDate deadline, String deadlineText, List<Long> targetIds) {
    }

    public record StageGrid(long scheduleId, String nameZh, String nameEn, String programCode, Unit city,
                            List<StageColumn> stages, GridRow cityRow, List<GridRow> districts) {
    }

    /** A grid for every staged schedule of a plan with evaluated targets (the plan has one: 五年三跨越). */
    public List<StageGrid> grids(PortfolioEvaluation e, String planCode) {
        List<StageGrid> grids = new ArrayList<>();
        Map<Long, ScheduleNames> names = scheduleNames();
        for (Map.Entry<Long, TreeMap<Integer, List<Long>>> s : e.stagedSchedules(planCode).entrySet()) {
            Optional<UnitFacts> city = cityOf(e, s.getValue());
            ScheduleNames m = names.getOrDefault(s.getKey(), ScheduleNames.NONE);
            Map<Integer, StageDeadline> deadlines = stageDeadlines(s.getKey());
            List<StageColumn> columns = new ArrayList<>();
            s.getValue().forEach((no, codes) -> {
                StageDeadline d = deadlines.get(no);
                columns.add(new StageColumn(no, d == null ? null : d.date(), d == null ? null : d.text(), codes));
            });
            if (city.isEmpty()) {
                grids.add(new StageGrid(s.getKey(), m.nameZh(), m.nameEn(), m.programCode(), null, columns,
                        null, List.of()));
                continue;
            }
            UnitFacts c = city.get();
            List<GridRow> districts = e.territory().children(c.id()).stream()
                    .filter(u -> u.level() == JurisdictionLevel.DISTRICT)
                    .map(u -> row(e, u, columns)).toList();
            grids.add(new StageGrid(s.getKey(), m.nameZh(), m.nameEn(), m.programCode(), Unit.of(c), columns,
                    row(e, c, columns), districts));
        }
        return grids;
    }

    /** The cells of one unit: per stage, the row of each of the stage's targets at the unit. */
    public GridRow row(PortfolioEvaluation e, UnitFacts unit, List<StageColumn> columns) {
        List<Cell> cells = new ArrayList<>();
        for (StageColumn column : columns) {
            List<CellLine> lines = new ArrayList<>();
            TargetStatus worst = null;
            for (long id : column.targetIds()) {
                TargetFacts target = e.target(id).orElseThrow();
                Optional<TargetEvaluation> row = e.row(id, unit.id());
                if (row.isPresent() && row.get().role() == RowRole.BREAKDOWN) {
                    continue;
                }
                if (row.isEmpty()) {
                    boolean untracked = e.rows(id).stream().allMatch(r -> r.unitId() == null);
                    if (!untracked) {
                        continue; // the target does not apply here (e.g. another group of 区县(市))
                    }
                }
                CellLine line = new CellLine(target, row.orElse(null));
                lines.add(line);
                worst = line.status() == null ? worst : line.status().worse(worst);
            }
            cells.add(new Cell(column.number(), worst, lines));
        }
        return new GridRow(Unit.of(unit), cells);
    }

    /** The city the grid is drawn for: of the cities the schedule's targets are followed in, the one with most 区县(市). */
    private Optional<UnitFacts> cityOf(PortfolioEvaluation e, TreeMap<Integer, List<Long>> stages) {
        Territory territory = e.territory();
        Set<Long> roots = new LinkedHashSet<>();
        stages.values().forEach(ids -> ids.forEach(id -> e.rows(id).stream()
                .filter(r -> r.unitId() != null).forEach(r -> roots.add(territory.rootOf(r.unitId())))));
        return roots.stream().map(territory::require)
                .max(Comparator.comparingLong((UnitFacts u) -> territory.children(u.id()).stream()
                        .filter(c -> c.level() == JurisdictionLevel.DISTRICT).count())
                        .thenComparing(UnitFacts::code, Comparator.reverseOrder()));
    }

    private Map<Long, ScheduleNames> scheduleNames() {
        Map<Long, ScheduleNames> names = new HashMap<>();
        SCHEDULE.rows(em.createQuery("SELECT " + SCHEDULE.select() + " FROM StagedSchedule s JOIN s.program p",
                        Object[].class).getResultList())
                .forEach(r -> names.put(r.longValue("id"),
                        new ScheduleNames(r.string("nameZh"), r.string("nameEn"), r.string("programCode"))));
        return names;
    }

    private Map<Integer, StageDeadline> stageDeadlines(long scheduleId) {
        Map<Integer, StageDeadline> deadlines = new HashMap<>();
        STAGE.rows(em.createQuery("SELECT " + STAGE.select() + " FROM ScheduleStage st WHERE st.schedule.id = :id",
                        Object[].class).setParameter("id", scheduleId).getResultList())
                .forEach(r -> deadlines.put(r.integer("number"), new StageDeadline(r.date("deadline"),
                        r.string("deadlineText"))));
        return deadlines;
    }
}
