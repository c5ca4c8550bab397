package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.ProjectFacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where the slippage engine's facts come from: one pass over query results, never entity graphs. */
public interface PortfolioFactsSource {

    /** The whole portfolio. */
    PortfolioFacts readAll();

    /** One project (milestones, outputs, funding by year, reports) with the plan's targets. */
    PortfolioFacts readProject(String projectCode);

    /** The current facts of these projects (by id; those that no longer exist are absent). */
    List<ProjectFacts> readProjects(Collection<Long> projectIds);

    /**
     * A cheap fingerprint of everything {@link #readAll()} reads (row counts, sums of the optimistic
     * lock versions, highest ids): it changes whenever a committed change could change the facts.
     */
    String fingerprint();

    /**
     * The same for what is not a project's own facts (plan, places, statistics, lead units, 工程): a few
     * small tables. The projects' own changes are in the change feed instead.
     */
    String planFingerprint();

    /**
     * Where the change feed stands now: read this before {@link #readAll()}, then every change the read may
     * have missed lies after it.
     */
    ChangePosition changePosition(Instant now);

    /** The projects changed since {@code position}, or {@link PortfolioChanges#tooMany} beyond {@code limit} rows. */
    PortfolioChanges changesSince(ChangePosition position, int limit, Instant now);

    /** Deletes the change feed's rows written before {@code before}. */
    void forgetChangesBefore(Instant before);
}
