package org.citygov.plantracker.interfaces.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.funding.DashboardFilter;
import org.citygov.plantracker.application.funding.FundingAccess;
import org.citygov.plantracker.application.funding.MoneyVsWorksReview;
import org.citygov.plantracker.application.funding.MoneyVsWorksSettings;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * finance/flags.xhtml — money vs works across the portfolio, and the thresholds (changed by the
 * finance bureau only; audited).
 */
@Named
@ViewScoped
public class FlagsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MoneyVsWorksReview review;

    @Inject
    private MoneyVsWorksSettings settings;

    @Inject
    private FundingAccess access;

    private boolean showAll;
    private List<MoneyVsWorksReview.Row> rows;
    private MoneyVsWorksSettings.View thresholds;
    private BigDecimal aheadPoints;
    private BigDecimal idlePercent;
    private Integer stalledMonths;
    private BigDecimal stalledGainPoints;

    public void load() {
        rows = review.review(DashboardFilter.none(), !showAll);
        thresholds = settings.current();
        aheadPoints = thresholds.aheadPoints();
        idlePercent = thresholds.idlePercent();
        stalledMonths = thresholds.stalledMonths();
        stalledGainPoints = thresholds.stalledGainPoints();
    }

    public void saveThresholds() {
        settings.change(thresholds.version(), aheadPoints, idlePercent, stalledMonths, stalledGainPoints);
        FinanceFaces.info("fin.thresholds.saved");
        load();
    }

    public String flagText(MoneyVsWorks.Flag flag, MoneyVsWorks.Assessment assessment) {
        return FinanceFlags.text(flag, assessment);
    }

    /** The flags as the page words them, for the export (never the flag codes). */
    public String flagTexts(MoneyVsWorks.Assessment assessment) {
        return assessment.flags().stream().map(flag -> FinanceFlags.text(flag, assessment))
                .collect(java.util.stream.Collectors.joining("；"));
    }

    public boolean isFinance() {
        return access.isFinance();
    }

    public long getFlaggedCount() {
        return rows.stream().filter(r -> r.assessment().flagged()).count();
    }

    public boolean isShowAll() { return showAll; }
    public void setShowAll(boolean showAll) { this.showAll = showAll; }
    public List<MoneyVsWorksReview.Row> getRows() { return rows; }
    public MoneyVsWorksSettings.View getThresholds() { return thresholds; }
    public BigDecimal getAheadPoints() { return aheadPoints; }
    public void setAheadPoints(BigDecimal aheadPoints) { this.aheadPoints = aheadPoints; }
    public BigDecimal getIdlePercent() { return idlePercent; }
    public void setIdlePercent(BigDecimal idlePercent) { this.idlePercent = idlePercent; }
    public Integer getStalledMonths() { return stalledMonths; }
    public void setStalledMonths(Integer stalledMonths) { this.stalledMonths = stalledMonths; }
    public BigDecimal getStalledGainPoints() { return stalledGainPoints; }
    public void setStalledGainPoints(BigDecimal stalledGainPoints) { this.stalledGainPoints = stalledGainPoints; }
}
