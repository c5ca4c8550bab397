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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

        List<Object[]> projects = query("SELECT p.id, p.code.value, p.nameZh, p.nameEn, u.nameZh, u.nameEn, p.stage, "
                + "p.plannedStart, p.plannedFinish, p.sample FROM Project p JOIN p.leadUnit u WHERE 1 = 1" + scope, unit)
                .getResultList();

        Map<Long, Object[]> milestoneStats = new HashMap<>();
        query("SELECT p.id, COUNT(m), SUM(CASE WHEN m.actual IS NULL THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN m.actual IS NULL AND m.forecast < :today THEN 1 ELSE 0 END), "
                + "SUM(m.weight * m.percentComplete), SUM(m.weight) "
                + "FROM Milestone m JOIN m.project p WHERE 1 = 1" + scope + " GROUP BY p.id", unit)
                .setParameter("today", today).getResultList().forEach(r -> milestoneStats.put((Long) r[0], r));

        Map<Long, Map<YearMonth, LocalDate>> filed = new HashMap<>();
        query("SELECT p.id, r.reportMonth, r.submittedAt FROM ProgressReport r JOIN r.project p WHERE 1 = 1" + scope,
                unit).getResultList().forEach(r -> filed.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                .put(YearMonth.from((LocalDate) r[1]), toDateTime(r[2]).toLocalDate()));

        Map<Long, Long> pending = new HashMap<>();
        query("SELECT p.id, COUNT(q) FROM RebaselineRequest q JOIN q.project p WHERE q.status = :pending" + scope
                + " GROUP BY p.id", unit).setParameter("pending", RebaselineStatus.PENDING).getResultList()
                .forEach(r -> pending.put((Long) r[0], (Long) r[1]));

        List<MyProjectRow> rows = new ArrayList<>();
        int dueDay = settings.thresholds().reportDueDay();
        for (Object[] p : projects) {
            Long id = (Long) p[0];
            Stage stage = (Stage) p[6];
            LocalDate plannedStart = (LocalDate) p[7];
            Object[] ms = milestoneStats.getOrDefault(id, new Object[]{id, 0L, 0L, 0L, null, null});
            Map<YearMonth, LocalDate> months = filed.getOrDefault(id, Map.of());
            List<MonthStatus> calendar = ReportingCalendar.forProject(stage, plannedStart, months, today, dueDay);
            Status current = status(calendar, YearMonth.from(today));
            Status previous = status(calendar, YearMonth.from(today).minusMonths(1));
            long missing = calendar.stream().filter(m -> m.status() == Status.MISSING).count();
            long late = calendar.stream().filter(m -> m.status() == Status.LATE).count();
            // a withdrawn (调出) or finished project has no milestones left to be late with
            long overdue = stage.isActive() ? number(ms[3]) : 0;
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
            rows.add(new MyProjectRow((String) p[1], (String) p[2], (String) p[3], (String) p[4], (String) p[5], stage,
                    plannedStart, (LocalDate) p[8], Boolean.TRUE.equals(p[9]), percent(ms[4], ms[5]), number(ms[1]),
                    number(ms[2]), overdue, last, current, previous, missing, late, pendingCount,
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

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDateTime toDateTime(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private static BigDecimal percent(Object earned, Object total) {
        if (earned == null || total == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal t = new BigDecimal(total.toString());
        return t.signum() == 0 ? BigDecimal.ZERO
                : new BigDecimal(earned.toString()).divide(t, 2, RoundingMode.HALF_UP);
    }
}
