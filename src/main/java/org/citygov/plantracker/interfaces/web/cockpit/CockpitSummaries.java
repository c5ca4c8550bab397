package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.evaluation.CockpitQueries;
import org.citygov.plantracker.application.evaluation.CockpitQueries.StageGrid;
import org.citygov.plantracker.application.evaluation.PerEvaluation;
import org.citygov.plantracker.domain.service.slippage.Band;
import org.citygov.plantracker.domain.service.slippage.IndicatorEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.ProjectEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetStatus;
import org.citygov.plantracker.interfaces.web.cockpit.CockpitBacking.TargetLine;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cockpit's read model per evaluation and plan (issue 17): the 五年三跨越 grids, the other dated targets,
 * the binding indicators and the four counts. Derived once from an evaluation and shared by every request
 * handed the same evaluation ({@link PerEvaluation}); a write gives a new evaluation and so a new summary, so
 * the page is never staler than the evaluation it is handed.
 */
@ApplicationScoped
public class CockpitSummaries {

    /** What cockpit/index.xhtml shows besides the words. Immutable. */
    public record Summary(List<StageGrid> grids, List<TargetLine> otherTargets,
                          List<IndicatorEvaluation> bindingIndicators, long redProjects, long amberProjects,
                          long targetsWillMiss, long targetsAtRisk) {
    }

    @Inject
    private CockpitQueries queries;

    private final PerEvaluation<String, Summary> kept = new PerEvaluation<>(8);

    public Summary of(PortfolioEvaluation e, String plan) {
        return kept.get(e, plan == null ? "" : plan, () -> summarise(e, plan));
    }

    private Summary summarise(PortfolioEvaluation e, String plan) {
        long red = 0;
        long amber = 0;
        for (ProjectEvaluation p : e.projects()) {
            if (p.band() == Band.RED) {
                red++;
            } else if (p.band() == Band.AMBER) {
                amber++;
            }
        }
        List<TargetEvaluation> headlines = e.targets().stream().filter(t -> Objects.equals(t.planCode(), plan))
                .map(t -> e.headline(t.id())).flatMap(Optional::stream).toList();
        long willMiss = headlines.stream()
                .filter(r -> r.status() == TargetStatus.WILL_MISS || r.status() == TargetStatus.MISSED).count();
        long atRisk = headlines.stream().filter(r -> r.status() == TargetStatus.AT_RISK).count();
        List<TargetLine> others = e.targets().stream()
                .filter(t -> Objects.equals(t.planCode(), plan) && t.scheduleId() == null)
                .map(t -> e.headline(t.id()).map(r -> new TargetLine(t, r)).orElse(null))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing((TargetLine l) -> -l.status().severity())
                        .thenComparing(l -> l.target().deadline())
                        .thenComparingInt(l -> l.target().seq()))
                .toList();
        List<IndicatorEvaluation> binding = e.indicators().stream()
                .filter(i -> i.binding() && Objects.equals(i.planCode(), plan)).toList();
        return new Summary(List.copyOf(queries.grids(e, plan)), others, binding, red, amber, willMiss, atRisk);
    }
}
