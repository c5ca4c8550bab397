package org.citygov.plantracker.interfaces.web.plan;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.PlanOverview;
import org.citygov.plantracker.application.plan.PlanQueries;

/** The home page (index.xhtml): the current plan's document, structure and counts. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private PlanQueries planQueries;

    private PlanOverview overview;

    @PostConstruct
    void load() {
        overview = planQueries.overview().orElse(null);
    }

    /** Null until a plan is loaded. */
    public PlanOverview getOverview() {
        return overview;
    }

    public boolean isPlanLoaded() {
        return overview != null;
    }
}
