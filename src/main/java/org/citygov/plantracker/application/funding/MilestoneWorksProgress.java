package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Basis;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.WorksProgress;
import org.citygov.plantracker.infrastructure.persistence.jpa.Columns;
import org.citygov.plantracker.infrastructure.persistence.jpa.Row;

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

    private static final Columns WEIGHTED = Columns.of("project", "m.project_id")
            .and("earned", "SUM(m.weight * m.percent_complete)").and("weight", "SUM(m.weight)");
    private static final String SQL = "SELECT " + WEIGHTED.select() + " FROM milestone m %s GROUP BY m.project_id";

    @PersistenceContext
    private EntityManager em;

    public WorksProgress progressOf(long projectId) {
        List<Row> rows = WEIGHTED.rows(em.createNativeQuery(String.format(SQL, "WHERE m.project_id = ?1"))
                .setParameter(1, projectId).getResultList());
        return rows.isEmpty() ? WorksProgress.unknown() : progress(rows.get(0));
    }

    public Map<Long, WorksProgress> progressOfAll() {
        Map<Long, WorksProgress> byProject = new HashMap<>();
        for (Row row : WEIGHTED.rows(em.createNativeQuery(String.format(SQL, "")).getResultList())) {
            byProject.put(row.longValue("project"), progress(row));
        }
        return byProject;
    }

    private static WorksProgress progress(Row row) {
        BigDecimal earned = row.decimal("earned");
        BigDecimal weight = row.decimal("weight");
        if (weight == null || weight.signum() == 0) {
            return WorksProgress.unknown();
        }
        return new WorksProgress(earned.divide(weight, 2, RoundingMode.HALF_UP), null, null, Basis.MILESTONES, null);
    }
}
