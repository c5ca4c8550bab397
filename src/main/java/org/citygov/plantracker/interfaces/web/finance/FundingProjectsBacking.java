package org.citygov.plantracker.interfaces.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.funding.DashboardFilter;
import org.citygov.plantracker.application.funding.FundingDashboard;
import org.citygov.plantracker.application.funding.Totals;

import java.io.Serializable;
import java.util.List;

/** finance/projects.xhtml — the projects behind a dashboard group (a 区县(市), a program, a chapter) with their money. */
@Named
@ViewScoped
public class FundingProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundingDashboard dashboard;

    private String district;
    private String program;
    private Integer chapter;
    private List<Totals.ProjectRow> projects;
    private Totals.Group total;

    public void load() {
        DashboardFilter filter = new DashboardFilter(blank(district), blank(program), chapter, null);
        projects = dashboard.projects(filter);
        total = dashboard.portfolio(filter);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getProgram() { return program; }
    public void setProgram(String program) { this.program = program; }
    public Integer getChapter() { return chapter; }
    public void setChapter(Integer chapter) { this.chapter = chapter; }
    public List<Totals.ProjectRow> getProjects() { return projects; }
    public Totals.Group getTotal() { return total; }
}
