package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.service.ReportingCalendar;
import org.citygov.plantracker.domain.service.ReportingCalendar.MonthStatus;
import org.citygov.plantracker.domain.service.ReportingCalendar.Status;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offices' "my projects": the projects of the caller's lead unit (all projects for the city
 * government and administrators), with what needs updating this month first. Four grouped queries
 * (projects, milestones, reports, pending re-baselines), never one per project.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyProjects {

    private static final Columns PROJECT = Columns.of("id", "p.id").and("code", "p.code.value")
            .and("nameZh", "p.nameZh").and("nameEn", "p.nameEn")
            .and("leadUnitNameZh", "u.nameZh").and("leadUnitNameEn", "u.nameEn").and("stage", "p.stage")
            .and("plannedStart", "p.plannedStart").and("plannedFinish", "p.plannedFinish").and("sample", "p.sample");
    /** Per project: milestones, open ones, open ones past their forecast, and the weighted percent complete. */
    private static final Columns MILESTONES = Columns.of("project", "p.id").and("milestones", "COUNT(m)")
            .and("open", "SUM(CASE WHEN m.actual IS NULL THEN 1 ELSE 0 END)")
            .and("overdue", "SUM(CASE WHEN m.actual IS NULL AND m.forecast < :today THEN 1 ELSE 0 END)")
            .and("earned", "SUM(m.weight * m.percentComplete)").and("weight", "SUM(m.weight)");
    private static final Columns REPORTS = Columns.of("project", "p.id").and("month", "r.reportMonth")
            .and("submittedAt", "r.submittedAt");
    private static final Columns PENDING = Columns.of("project", "p.id").and("requests", "COUNT(q)");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @Inject
    private org.citygov.plantracker.application.evaluation.EvaluationSettingsService settings;

    public List<MyProjectRow> rows() {
        access.requireSignedIn();
        LocalDate today = LocalDate.now(clock);
        Optional<Long> unit = currentUser.confinedToLeadUnit();
        String scope = unit.isPresent() ? " AND p.leadUnit.id = :unit" : "";

        List<Row> projects = PROJECT.rows(query("SELECT " + PROJECT.select()
                + " FROM Project p JOIN p.leadUnit u WHERE 1 = 1" + scope, unit).getResultList());

        Map<Long, Row> milestoneStats = new HashMap<>();
        MILESTONES.rows(query("SELECT " + MILESTONES.select()
                + " FROM Milestone m JOIN m.project p WHERE 1 = 1" + scope + " GROUP BY p.id", unit)
                .setParameter("today", today).getResultList())
                .forEach(r -> milestoneStats.put(r.longValue("project"), r));

        Map<Long, Map<YearMonth, LocalDate>> filed = new HashMap<>();
        REPORTS.rows(query("SELECT " + REPORTS.select() + " FROM ProgressReport r JOIN r.project p WHERE 1 = 1"
                + scope, unit).getResultList())
                .forEach(r -> filed.computeIfAbsent(r.longValue("project"), k -> new HashMap<>())
                        .put(YearMonth.from(r.date("month")), r.dateTime("submittedAt").toLocalDate()));

        Map<Long, Long> pending = new HashMap<>();
        PENDING.rows(query("SELECT " + PENDING.select()
                + " FROM RebaselineRequest q JOIN q.project p WHERE q.status = :pending" + scope
                + " GROUP BY p.id", unit).setParameter("pending", RebaselineStatus.PENDING).getResultList())
                .forEach(r -> pending.put(r.longValue("project"), r.count("requests")));

        List<MyProjectRow> rows = new ArrayList<>();
        int dueDay = settings.thresholds().reportDueDay();
        for (Row p : projects) {
            Long id = p.longValue("id");
            Stage stage = p.get("stage", Stage.class);
            LocalDate plannedStart = p.date("plannedStart");
            Row ms = milestoneStats.getOrDefault(id, MILESTONES.row(new Object[]{id, 0L, 0L, 0L, null, null}));
            Map<YearMonth, LocalDate> months = filed.getOrDefault(id, Map.of());
            List<MonthStatus> calendar = ReportingCalendar.forProject(stage, plannedStart, months, today, dueDay);
            Status current = status(calendar, YearMonth.from(today));
            Status previous = status(calendar, YearMonth.from(today).minusMonths(1));
            long missing = calendar.stream().filter(m -> m.status() == Status.MISSING).count();
            long late = calendar.stream().filter(m -> m.status() == Status.LATE).count();
            // a withdrawn (调出) or finished project has no milestones left to be late with
            long overdue = stage.isActive() ? ms.count("overdue") : 0;
            long pendingCount = pending.getOrDefault(id, 0L);
            List<String> attention = new ArrayList<>();
            int urgency = 0;
            if (previous == Status.MISSING) {
                attention.add("myProjects.attention.previousMissing");
                urgency += 100;
            }
            if (overdue > 0) {
                attention.add("myProjects.attention.overdueMilestones");
                urgency += 10 * (int) Math.min(overdue, 9);
            }
            if (current == Status.DUE) {
                attention.add("myProjects.attention.currentDue");
                urgency += 5;
            }
            if (missing > (previous == Status.MISSING ? 1 : 0)) {
                attention.add("myProjects.attention.olderMissing");
                urgency += 1;
            }
            if (pendingCount > 0) {
                attention.add("myProjects.attention.rebaselinePending");
            }
            String last = months.keySet().stream().max(Comparator.naturalOrder()).map(YearMonth::toString).orElse(null);
            rows.add(new MyProjectRow(p.string("code"), p.string("nameZh"), p.string("nameEn"),
                    p.string("leadUnitNameZh"), p.string("leadUnitNameEn"), stage, plannedStart, p.date("plannedFinish"),
                    Boolean.TRUE.equals(p.value("sample")), percent(ms.decimal("earned"), ms.decimal("weight")),
                    ms.count("milestones"), ms.count("open"), overdue, last, current, previous, missing, late, pendingCount,
                    List.copyOf(attention), urgency));
        }
        rows.sort(Comparator.comparingInt(MyProjectRow::urgency).reversed()
                .thenComparing(r -> !r.stage().isActive())
                .thenComparing(MyProjectRow::code));
        return rows;
    }

    private TypedQuery<Object[]> query(String jpql, Optional<Long> unit) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        unit.ifPresent(u -> query.setParameter("unit", u));
        return query;
    }

    private static Status status(List<MonthStatus> calendar, YearMonth month) {
        return calendar.stream().filter(m -> m.month().equals(month)).map(MonthStatus::status).findFirst().orElse(null);
    }

    private static BigDecimal percent(BigDecimal earned, BigDecimal total) {
        if (earned == null || total == null) {
            return BigDecimal.ZERO;
        }
        return total.signum() == 0 ? BigDecimal.ZERO : earned.divide(total, 2, RoundingMode.HALF_UP);
    }
}
