package org.citygov.plantracker.domain.service.slippage;

import java.util.List;

/**
 * Everything the evaluation reads, as plain records: the jurisdiction tree, the projects with their
 * milestones and outputs, the targets, populations, existing stock and indicators.
 *
 * @param reportsTracked whether monthly reports are recorded at all; without them the missing-report
 *                       check and the investment-progress rule stay silent instead of flagging every project
 */
public record PortfolioFacts(List<UnitFacts> units, List<ProjectFacts> projects, List<TargetFacts> targets,
                             List<PopulationFacts> populations, List<StockFacts> stock,
                             List<IndicatorFacts> indicators, boolean reportsTracked) {

    public PortfolioFacts {
        units = units == null ? List.of() : units;
        projects = projects == null ? List.of() : projects;
        targets = targets == null ? List.of() : targets;
        populations = populations == null ? List.of() : populations;
        stock = stock == null ? List.of() : stock;
        indicators = indicators == null ? List.of() : indicators;
    }
}
