package org.citygov.plantracker.interfaces.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.funding.FundingCatalogue;
import org.citygov.plantracker.application.funding.FundingQueries;
import org.citygov.plantracker.application.funding.LineFilter;
import org.citygov.plantracker.application.funding.LineRow;
import org.citygov.plantracker.application.funding.SourceView;
import org.citygov.plantracker.application.plan.Option;
import org.citygov.plantracker.application.plan.PlanQueries;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** finance/lines.xhtml — funding lines across the portfolio, by source, year, status and 区县(市) (drill-down of the source × year table). */
@Named
@ViewScoped
public class LinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundingQueries queries;

    @Inject
    private FundingCatalogue catalogue;

    @Inject
    private PlanQueries plan;

    private String source;
    private Integer year;
    private FundingLineStatus status;
    private String district;
    private List<LineRow> lines;
    private List<SourceView> sources;
    private List<Option> districts;

    public void load() {
        lines = queries.lines(new LineFilter(status, blank(source), year, blank(district), null, null, null));
        if (sources == null) {
            sources = catalogue.sources(false);
            districts = plan.districts();
        }
    }

    public BigDecimal total(String measure) {
        Function<LineRow, BigDecimal> f = switch (measure) {
            case "requested" -> LineRow::requested;
            case "disbursed" -> LineRow::disbursed;
            default -> r -> r.status() == FundingLineStatus.APPROVED ? r.approved() : BigDecimal.ZERO;
        };
        return lines.stream().map(f).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public FundingLineStatus[] getStatuses() { return FundingLineStatus.values(); }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public FundingLineStatus getStatus() { return status; }
    public void setStatus(FundingLineStatus status) { this.status = status; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public List<LineRow> getLines() { return lines; }
    public List<SourceView> getSources() { return sources; }
    public List<Option> getDistricts() { return districts; }
}
