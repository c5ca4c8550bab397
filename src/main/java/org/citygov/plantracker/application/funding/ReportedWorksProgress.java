package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Basis;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.WorksProgress;

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

    private static final String LATEST = "SELECT r.project_id, r.report_month, r.physical_progress, "
            + "r.investment_cumulative FROM progress_report r WHERE %s r.report_month = "
            + "(SELECT MAX(r2.report_month) FROM progress_report r2 WHERE r2.project_id = r.project_id)";
    private static final String AT_WINDOW_START = "SELECT r.project_id, r.physical_progress FROM progress_report r "
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
        @SuppressWarnings("unchecked")
        List<Object[]> before = em.createNativeQuery(String.format(AT_WINDOW_START, restriction))
                .setParameter(1, Date.valueOf(windowStart)).getResultList();
        Map<Long, BigDecimal> progressBefore = new HashMap<>();
        for (Object[] row : before) {
            progressBefore.put(((Number) row[0]).longValue(), MilestoneWorksProgress.decimal(row[1]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery(String.format(LATEST, restriction)).getResultList();
        Map<Long, WorksProgress> result = new HashMap<>();
        for (Object[] row : latest) {
            long id = ((Number) row[0]).longValue();
            LocalDate month = toLocalDate(row[1]);
            BigDecimal progress = MilestoneWorksProgress.decimal(row[2]);
            BigDecimal cumulative = MilestoneWorksProgress.decimal(row[3]);
            BigDecimal start = progressBefore.get(id);
            BigDecimal gain = start == null ? null : progress.subtract(start).max(BigDecimal.ZERO);
            result.put(id, new WorksProgress(progress, cumulative, gain, Basis.MONTHLY_REPORTS,
                    month == null ? null : YearMonth.from(month).atEndOfMonth()));
        }
        return result;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
