package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Basis;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.WorksProgress;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works progress from the monthly progress reports (月度调度, table progress_report of the offices
 * context): the latest report's physical progress and cumulative investment completed, and the
 * progress gained since the latest report at least {@code windowMonths} months before this month.
 * A project whose reports all fall within the window has no measurable gain (null); a project that
 * has not reported within the window has gained nothing (0). Projects without any report fall back
 * to their milestones ({@link MilestoneWorksProgress}).
 */
@ApplicationScoped
public class ReportedWorksProgress implements WorksProgressReader {

    private static final Columns LATEST_REPORT = Columns.of("project", "r.project_id").and("month", "r.report_month")
            .and("progress", "r.physical_progress").and("cumulative", "r.investment_cumulative");
    private static final Columns PROGRESS_THEN = Columns.of("project", "r.project_id")
            .and("progress", "r.physical_progress");

    private static final String LATEST = "SELECT " + LATEST_REPORT.select()
            + " FROM progress_report r WHERE %s r.report_month = "
            + "(SELECT MAX(r2.report_month) FROM progress_report r2 WHERE r2.project_id = r.project_id)";
    private static final String AT_WINDOW_START = "SELECT " + PROGRESS_THEN.select() + " FROM progress_report r "
            + "WHERE %s r.report_month = (SELECT MAX(r2.report_month) FROM progress_report r2 "
            + "WHERE r2.project_id = r.project_id AND r2.report_month <= ?1)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MilestoneWorksProgress milestones;

    @Override
    public WorksProgress progressOf(long projectId, int windowMonths, LocalDate today) {
        Map<Long, WorksProgress> reported = read("r.project_id = " + projectId + " AND", windowMonths, today);
        WorksProgress works = reported.get(projectId);
        return works != null ? works : milestones.progressOf(projectId);
    }

    @Override
    public Map<Long, WorksProgress> progressOfAll(int windowMonths, LocalDate today) {
        Map<Long, WorksProgress> all = new HashMap<>(milestones.progressOfAll());
        all.putAll(read("", windowMonths, today));
        return all;
    }

    /** {@code restriction} is built from a long id only, never from user text. */
    private Map<Long, WorksProgress> read(String restriction, int windowMonths, LocalDate today) {
        LocalDate windowStart = YearMonth.from(today).minusMonths(Math.max(1, windowMonths)).atDay(1);
        List<?> before = em.createNativeQuery(String.format(AT_WINDOW_START, restriction))
                .setParameter(1, Date.valueOf(windowStart)).getResultList();
        Map<Long, BigDecimal> progressBefore = new HashMap<>();
        for (Row row : PROGRESS_THEN.rows(before)) {
            progressBefore.put(row.longValue("project"), row.decimal("progress"));
        }
        List<?> latest = em.createNativeQuery(String.format(LATEST, restriction)).getResultList();
        Map<Long, WorksProgress> result = new HashMap<>();
        for (Row row : LATEST_REPORT.rows(latest)) {
            long id = row.longValue("project");
            LocalDate month = row.date("month");
            BigDecimal progress = row.decimal("progress");
            BigDecimal cumulative = row.decimal("cumulative");
            BigDecimal start = progressBefore.get(id);
            BigDecimal gain = start == null ? null : progress.subtract(start).max(BigDecimal.ZERO);
            result.put(id, new WorksProgress(progress, cumulative, gain, Basis.MONTHLY_REPORTS,
                    month == null ? null : YearMonth.from(month).atEndOfMonth()));
        }
        return result;
    }
}
