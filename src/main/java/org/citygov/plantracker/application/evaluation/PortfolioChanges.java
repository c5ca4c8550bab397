package org.citygov.plantracker.application.evaluation;

import java.util.Set;

/**
 * What the change feed says since a position: the projects whose facts changed, and the position after.
 *
 * @param tooMany more changes than asked for: read the whole portfolio again instead
 */
public record PortfolioChanges(Set<Long> projectIds, ChangePosition next, boolean tooMany) {

    public PortfolioChanges {
        projectIds = Set.copyOf(projectIds);
    }

    public static PortfolioChanges tooMany(ChangePosition at) {
        return new PortfolioChanges(Set.of(), at, true);
    }
}
