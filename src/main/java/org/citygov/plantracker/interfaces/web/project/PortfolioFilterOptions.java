package org.citygov.plantracker.interfaces.web.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.plan.Option;
import org.citygov.plantracker.application.plan.PlanQueries;

import java.util.List;

/**
 * The portfolio page's 工程 and 区县(市) menus, read once for every user and kept {@link #TTL_MILLIS}: three
 * queries per page view before (issue 17, the page's CPU). Both lists change only when the plan or the places
 * are edited; a renamed 工程 shows in the menu within half a minute (the table's rows are always current).
 */
@ApplicationScoped
public class PortfolioFilterOptions {

    static final long TTL_MILLIS = 30_000;

    private record Kept(List<Option> programs, List<Option> districts, long readAt) {
    }

    @Inject
    private PlanQueries planQueries;

    private volatile Kept kept;

    public List<Option> programs() {
        return current().programs();
    }

    public List<Option> districts() {
        return current().districts();
    }

    private Kept current() {
        Kept k = kept;
        long now = System.nanoTime();
        if (k == null || now - k.readAt() > TTL_MILLIS * 1_000_000) {
            k = new Kept(List.copyOf(planQueries.programOptions()), List.copyOf(planQueries.districts()), now);
            kept = k;
        }
        return k;
    }
}
