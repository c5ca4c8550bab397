package org.citygov.plantracker.interfaces.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.Option;
import org.citygov.plantracker.application.plan.PlanQueries;
import org.citygov.plantracker.application.reports.JobRequest;
import org.citygov.plantracker.application.reports.ReportInputs;
import org.citygov.plantracker.application.reports.ReportService;
import org.citygov.plantracker.application.reports.ReportSummary;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsFilter;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.report.ReportKind;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 报告 (reports/index.xhtml): the saved reports, a new draft (CITY_GOV), and the OC4IDS export of
 * all or filtered projects.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private PlanQueries plan;

    @Inject
    private ReportJobsBacking jobs;

    @Inject
    private Clock clock;

    @Inject
    private org.citygov.plantracker.interfaces.web.common.SessionBacking sessionBacking;

    private List<ReportSummary> list;
    private ReportKind kind = ReportKind.ANNUAL;
    private Integer year;
    private LocalDate asOf;
    private String titleZh;
    private String titleEn;
    private String program;
    private String jurisdiction;
    private Stage stage;
    private List<Option> programs;
    private List<ReportInputs.Place> districts;

    public void load() {
        list = sessionBacking.hasRole("CITY_GOV") || sessionBacking.hasRole("ADMIN") || sessionBacking.hasRole("FINANCE")
                ? reports.list() : null;
        year = LocalDate.now(clock).getYear();
        programs = plan.programOptions();
        districts = reports.districts();
    }

    /** Creates the draft and opens it. */
    public void create() throws IOException {
        ReportSummary created = switch (kind) {
            case ANNUAL -> reports.createAnnual(year == null ? LocalDate.now(clock).getYear() : year, asOf, titleZh, titleEn);
            case MID_TERM -> reports.createMidTerm(asOf, titleZh, titleEn);
            case FOLLOW_THE_PLAN -> reports.createFollowThePlan(asOf, null, null, titleZh, titleEn);
            case FINAL -> reports.createFinal(asOf, titleZh, titleEn);
        };
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/reports/report.xhtml?id=" + created.id());
    }

    public void oc4ids() {
        jobs.start(JobRequest.oc4ids(new Oc4idsFilter(program, jurisdiction, stage, null), packageUri()));
    }

    private static String packageUri() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":" + external.getRequestServerPort()
                + external.getRequestContextPath() + "/api/v1/oc4ids";
    }

    public ReportKind[] getKinds() { return ReportKind.values(); }
    public Stage[] getStages() { return Stage.values(); }
    public List<ReportSummary> getList() { return list; }
    /** Whether the user reads reports and drafts (city government, administrators, finance bureau). */
    public boolean isReader() { return list != null; }
    public List<Option> getPrograms() { return programs; }
    public List<ReportInputs.Place> getDistricts() { return districts; }
    public ReportKind getKind() { return kind; }
    public void setKind(ReportKind kind) { this.kind = kind; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public String getTitleZh() { return titleZh; }
    public void setTitleZh(String titleZh) { this.titleZh = titleZh; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public String getProgram() { return program; }
    public void setProgram(String program) { this.program = program; }
    public String getJurisdiction() { return jurisdiction; }
    public void setJurisdiction(String jurisdiction) { this.jurisdiction = jurisdiction; }
    public Stage getStage() { return stage; }
    public void setStage(Stage stage) { this.stage = stage; }
}
