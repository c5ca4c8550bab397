package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.funding.Totals.ProjectRow;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Assessment;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Thresholds;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.WorksProgress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Money vs works across the portfolio: every project's money (SQL aggregates) against its works
 * (the {@link WorksProgressReader}) under the stored thresholds — the same rule as a project's page.
 */
@ApplicationScoped
public class MoneyVsWorksReview {

    @Inject
    private FundingAccess access;

    @Inject
    private FundingDashboard dashboard;

    @Inject
    private MoneyVsWorksSettings settings;

    @Inject
    private WorksProgressReader works;

    @Inject
    private Clock clock;

    public record Row(ProjectRow project, WorksProgress works, Assessment assessment) implements Serializable {
    }

    /** Projects with at least one flag (or all projects with {@code flaggedOnly} false), flagged first. */
    @Transactional
    public List<Row> review(DashboardFilter filter, boolean flaggedOnly) {
        access.requireOverview();
        Thresholds thresholds = settings.thresholds();
        Map<Long, WorksProgress> progress = works.progressOfAll(thresholds.stalledMonths(), LocalDate.now(clock));
        List<Row> rows = new ArrayList<>();
        for (ProjectRow p : dashboard.projectRows(filter)) {
            WorksProgress w = progress.getOrDefault(p.id(), WorksProgress.unknown());
            Assessment a = MoneyVsWorks.assess(p.totalInvestment(), p.amounts().approved(), p.amounts().disbursed(),
                    w, thresholds);
            if (!flaggedOnly || a.flagged()) {
                rows.add(new Row(p, w, a));
            }
        }
        rows.sort((x, y) -> Boolean.compare(y.assessment().flagged(), x.assessment().flagged()));
        return rows;
    }
}
