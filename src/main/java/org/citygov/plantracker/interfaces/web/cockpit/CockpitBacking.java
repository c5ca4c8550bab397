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

    /**
     * The query of a grid cell's drill-down link (plan, unit, stage, asOf; the same as the {@code h:link} with
     * four {@code f:param}s it replaces): the grid has a link per 区县 × stage, and resolving a navigation case
     * per cell was a fifth of the page's rendering under load (issue 17's profile).
     */
    public String drillQuery(String unitCode, Object stage) {
        StringBuilder q = new StringBuilder();
        if (getPlan() != null && !getPlan().isEmpty()) {
            q.append("plan=").append(encode(getPlan())).append('&');
        }
        if (unitCode != null && !unitCode.isEmpty()) {
            q.append("unit=").append(encode(unitCode)).append('&');
        }
        return q.append("stage=").append(encode(String.valueOf(stage))).append("&asOf=").append(getAsOfDate()).toString();
    }

    /** The query of an other target's drill-down link (target, unit, plan, asOf), as the h:link it replaces. */
    public String targetQuery(TargetLine line) {
        StringBuilder q = new StringBuilder("target=").append(line.target().id()).append('&');
        String unit = line.row().unitCode();
        if (unit != null && !unit.isEmpty()) {
            q.append("unit=").append(encode(unit)).append('&');
        }
        if (getPlan() != null && !getPlan().isEmpty()) {
            q.append("plan=").append(encode(getPlan())).append('&');
        }
        return q.append("asOf=").append(getAsOfDate()).toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
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
