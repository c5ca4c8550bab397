package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Basis;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.WorksProgress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works progress from the milestones: the weighted percent complete (as {@code Project.percentComplete}),
 * with no investment-completed figure and no history — so only "money ahead of progress" can be
 * judged on it. The fallback of {@link ReportedWorksProgress} for projects that have filed no report.
 */
@ApplicationScoped
public class MilestoneWorksProgress {

    private static final String SQL = "SELECT m.project_id, SUM(m.weight * m.percent_complete), SUM(m.weight) "
            + "FROM milestone m %s GROUP BY m.project_id";

    @PersistenceContext
    private EntityManager em;

    public WorksProgress progressOf(long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.format(SQL, "WHERE m.project_id = ?1"))
                .setParameter(1, projectId).getResultList();
        return rows.isEmpty() ? WorksProgress.unknown() : progress(rows.get(0));
    }

    public Map<Long, WorksProgress> progressOfAll() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.format(SQL, "")).getResultList();
        Map<Long, WorksProgress> byProject = new HashMap<>();
        for (Object[] row : rows) {
            byProject.put(((Number) row[0]).longValue(), progress(row));
        }
        return byProject;
    }

    private static WorksProgress progress(Object[] row) {
        BigDecimal earned = decimal(row[1]);
        BigDecimal weight = decimal(row[2]);
        if (weight == null || weight.signum() == 0) {
            return WorksProgress.unknown();
        }
        return new WorksProgress(earned.divide(weight, 2, RoundingMode.HALF_UP), null, null, Basis.MILESTONES, null);
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
