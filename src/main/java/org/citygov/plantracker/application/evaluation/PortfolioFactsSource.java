package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;

/** Where the slippage engine's facts come from: one pass over query results, never entity graphs. */
public interface PortfolioFactsSource {

    /** The whole portfolio. */
    PortfolioFacts readAll();

    /** One project (milestones, outputs, funding by year, reports) with the plan's targets. */
    PortfolioFacts readProject(String projectCode);

    /**
     * A cheap fingerprint of everything {@link #readAll()} reads (row counts, sums of the optimistic
     * lock versions, highest ids): it changes whenever a committed change could change the facts.
     */
    String fingerprint();
}
