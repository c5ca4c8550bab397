package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.evaluation.CockpitQueries;
import org.citygov.plantracker.application.evaluation.CockpitQueries.StageGrid;
import org.citygov.plantracker.application.evaluation.SnapshotService;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.service.slippage.Band;
import org.citygov.plantracker.domain.service.slippage.IndicatorEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.TargetStatus;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The cockpit (cockpit/index.xhtml): the 五年三跨越 grid of every 区县(市) × stage, the other dated
 * targets, the binding indicators and the counts of red/amber projects, as of any day.
 */
@Named
@ViewScoped
public class CockpitBacking extends CockpitPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private CockpitQueries queries;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private SlippageFormat fmt;

    private transient List<StageGrid> grids;
    private transient List<TargetLine> otherTargets;

    /** A dated target outside any staged schedule, summed up by its city row. */
    public record TargetLine(TargetFacts target, TargetEvaluation row) {
        public TargetStatus status() {
            return row.status();
        }
    }

    @Override
    protected void afterLoad(PortfolioEvaluation e) {
        grids = null;
        otherTargets = null;
    }

    public List<StageGrid> getGrids() {
        if (grids == null) {
            grids = queries.grids(evaluation(), getPlan());
        }
        return grids;
    }

    public List<TargetLine> getOtherTargets() {
        if (otherTargets == null) {
            PortfolioEvaluation e = evaluation();
            otherTargets = e.targets().stream()
                    .filter(t -> Objects.equals(t.planCode(), getPlan()) && t.scheduleId() == null)
                    .map(t -> e.headline(t.id()).map(r -> new TargetLine(t, r)).orElse(null))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparing((TargetLine l) -> -l.status().severity())
                            .thenComparing(l -> l.target().deadline())
                            .thenComparingInt(l -> l.target().seq()))
                    .toList();
        }
        return otherTargets;
    }

    public List<IndicatorEvaluation> getBindingIndicators() {
        return evaluation().indicators().stream()
                .filter(i -> i.binding() && Objects.equals(i.planCode(), getPlan())).toList();
    }

    public long getRedProjects() {
        return evaluation().projects().stream().filter(p -> p.band() == Band.RED).count();
    }

    public long getAmberProjects() {
        return evaluation().projects().stream().filter(p -> p.band() == Band.AMBER).count();
    }

    public long getTargetsWillMiss() {
        return headlines().stream().filter(r -> r.status() == TargetStatus.WILL_MISS || r.status() == TargetStatus.MISSED).count();
    }

    public long getTargetsAtRisk() {
        return headlines().stream().filter(r -> r.status() == TargetStatus.AT_RISK).count();
    }

    private List<TargetEvaluation> headlines() {
        PortfolioEvaluation e = evaluation();
        return e.targets().stream().filter(t -> Objects.equals(t.planCode(), getPlan()))
                .map(t -> e.headline(t.id())).flatMap(java.util.Optional::stream).toList();
    }

    /** Whether a row counts units (a roll-up) rather than the target's measure. */
    public boolean isRollup(TargetEvaluation row) {
        return row != null && row.role() == RowRole.ROLLUP;
    }

    public boolean isCity(TargetEvaluation row) {
        return row != null && row.unitLevel() == JurisdictionLevel.CITY;
    }

    /** Re-evaluate for the date picked, as a bookmarkable GET. */
    public String apply() {
        return "/cockpit/index?faces-redirect=true&includeViewParams=true";
    }

    public void takeSnapshot() {
        try {
            var taken = snapshots.takeOnDemand(getAsOfDate());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    fmt.text("cockpit.snapshotTaken", taken.asOf().toString()), null));
        } catch (AccessDeniedException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    fmt.text(e.getMessageKey(), e.getArguments()), null));
        }
    }
}
