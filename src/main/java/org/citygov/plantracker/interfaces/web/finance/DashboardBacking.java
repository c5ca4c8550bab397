package org.citygov.plantracker.interfaces.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.funding.DashboardFilter;
import org.citygov.plantracker.application.funding.FundingDashboard;
import org.citygov.plantracker.application.funding.FundingDashboard.Dimension;
import org.citygov.plantracker.application.funding.Totals;
import org.citygov.plantracker.application.plan.Option;
import org.citygov.plantracker.application.plan.PlanOverview;
import org.citygov.plantracker.application.plan.PlanQueries;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * finance/dashboard.xhtml — money of the portfolio by source × year, by 区县(市), by program and by
 * chapter (requested / approved / disbursed / unsecured), with charts; every figure links to the
 * projects or lines behind it. Filters narrow the projects counted.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundingDashboard dashboard;

    @Inject
    private PlanQueries plan;

    @Inject
    private LocaleBacking locale;

    private String district;
    private String program;
    private Integer chapter;
    private Category category;
    /** requested, approved or disbursed: the figure of the source × year table and chart. */
    private String measure = "approved";

    private Totals.Group portfolio;
    private Totals.SourceYearGrid grid;
    private List<Totals.Group> districts;
    private List<Totals.Group> programs;
    private List<Totals.Group> chapters;
    private List<Option> districtOptions;
    private List<Option> programOptions;
    private List<PlanOverview.ChapterView> chapterOptions;

    /** f:viewAction and every filter change. */
    public void load() {
        DashboardFilter filter = new DashboardFilter(blank(district), blank(program), chapter, category);
        portfolio = dashboard.portfolio(filter);
        grid = dashboard.sourceYearGrid(filter);
        districts = dashboard.by(Dimension.DISTRICT, filter);
        programs = dashboard.by(Dimension.PROGRAM, filter);
        chapters = dashboard.by(Dimension.CHAPTER, filter);
        if (districtOptions == null) {
            districtOptions = plan.districts();
            programOptions = plan.programOptions();
            chapterOptions = plan.overview().map(PlanOverview::chapters).orElse(List.of());
        }
    }

    public void clear() {
        district = null;
        program = null;
        chapter = null;
        category = null;
        load();
    }

    public BigDecimal amount(Totals.Amounts amounts) {
        if (amounts == null) {
            return BigDecimal.ZERO;
        }
        return switch (measure) {
            case "requested" -> amounts.requested();
            case "disbursed" -> amounts.disbursed();
            default -> amounts.approved();
        };
    }

    public String getMeasureLabel() {
        return FinanceFaces.text(switch (measure) {
            case "requested" -> "fin.requested";
            case "disbursed" -> "fin.disbursed";
            default -> "fin.approved";
        });
    }

    /** Stacked bars: a bar per year, a segment per source. */
    public String getSourceYearChart() {
        List<String> labels = grid.years().stream().map(String::valueOf).toList();
        List<Charts.Series> series = new ArrayList<>();
        int i = 0;
        for (Totals.SourceRow row : grid.rows()) {
            series.add(new Charts.Series(locale.pick(row.nameZh(), row.nameEn()),
                    grid.years().stream().map(y -> amount(row.year(y))).toList(), Charts.COLOURS[i++ % Charts.COLOURS.length]));
        }
        return Charts.bar(labels, series, true, false, FinanceFaces.text("fin.chart.sourceYear", getMeasureLabel()));
    }

    /** Approved money by source. */
    public String getSourceChart() {
        return Charts.doughnut(grid.rows().stream().map(r -> locale.pick(r.nameZh(), r.nameEn())).toList(),
                grid.rows().stream().map(r -> r.total().approved()).toList(), FinanceFaces.text("fin.chart.bySource"));
    }

    public String getDistrictChart() {
        return groupChart(districts, g -> g.key() == null ? FinanceFaces.text("fin.cityLevel")
                : locale.pick(g.nameZh(), g.nameEn()), false);
    }

    public String getProgramChart() {
        return groupChart(programs, Totals.Group::key, false);
    }

    public String getChapterChart() {
        return groupChart(chapters, g -> FinanceFaces.text("fin.chapterNo", g.key()), false);
    }

    private String groupChart(List<Totals.Group> groups, Function<Totals.Group, String> label, boolean horizontal) {
        List<String> labels = groups.stream().map(label).toList();
        return Charts.bar(labels, List.of(
                new Charts.Series(FinanceFaces.text("fin.requested"), groups.stream().map(g -> g.amounts().requested()).toList(), "#9fb3c8"),
                new Charts.Series(FinanceFaces.text("fin.approved"), groups.stream().map(g -> g.amounts().approved()).toList(), "#2f6f9f"),
                new Charts.Series(FinanceFaces.text("fin.disbursed"), groups.stream().map(g -> g.amounts().disbursed()).toList(), "#3b8b5a"),
                new Charts.Series(FinanceFaces.text("fin.unsecured"), groups.stream().map(Totals.Group::unsecured).toList(), "#8b1e1e")),
                false, horizontal, FinanceFaces.text("fin.chart.groups"));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Category[] getCategories() { return Category.values(); }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getProgram() { return program; }
    public void setProgram(String program) { this.program = program; }
    public Integer getChapter() { return chapter; }
    public void setChapter(Integer chapter) { this.chapter = chapter; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure == null ? "approved" : measure; }
    public Totals.Group getPortfolio() { return portfolio; }
    public Totals.SourceYearGrid getGrid() { return grid; }
    public List<Totals.Group> getDistricts() { return districts; }
    public List<Totals.Group> getPrograms() { return programs; }
    public List<Totals.Group> getChapters() { return chapters; }
    public List<Option> getDistrictOptions() { return districtOptions; }
    public List<Option> getProgramOptions() { return programOptions; }
    public List<PlanOverview.ChapterView> getChapterOptions() { return chapterOptions; }
}
