package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.evaluation.CockpitQueries.StageGrid;
import org.citygov.plantracker.application.evaluation.SnapshotService;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.service.slippage.IndicatorEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.TargetStatus;

import java.util.List;

/**
 * The cockpit (cockpit/index.xhtml): the 五年三跨越 grid of every 区县(市) × stage, the other dated
 * targets, the binding indicators and the counts of red/amber projects, as of any day.
 */
@Named
@ViewScoped
public class CockpitBacking extends CockpitPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private CockpitSummaries summaries;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private SlippageFormat fmt;

    private transient CockpitSummaries.Summary summary;

    /** A dated target outside any staged schedule, summed up by its city row. */
    public record TargetLine(TargetFacts target, TargetEvaluation row) {
        public TargetStatus status() {
            return row.status();
        }
    }

    @Override
    protected void afterLoad(PortfolioEvaluation e) {
        summary = null;
    }

    /**
     * What the page shows, derived once per evaluation and plan and shared by every reader of that evaluation
     * ({@link CockpitSummaries}): a reload while nothing was written renders from it without counting 20,000
     * project ratings or building the grid again.
     */
    private CockpitSummaries.Summary summary() {
        if (summary == null) {
            summary = summaries.of(evaluation(), getPlan());
        }
        return summary;
    }

    public List<StageGrid> getGrids() {
        return summary().grids();
    }

    public List<TargetLine> getOtherTargets() {
        return summary().otherTargets();
    }

    public List<IndicatorEvaluation> getBindingIndicators() {
        return summary().bindingIndicators();
    }

    public long getRedProjects() {
        return summary().redProjects();
    }

    public long getAmberProjects() {
        return summary().amberProjects();
    }

    public long getTargetsWillMiss() {
        return summary().targetsWillMiss();
    }

    public long getTargetsAtRisk() {
        return summary().targetsAtRisk();
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
