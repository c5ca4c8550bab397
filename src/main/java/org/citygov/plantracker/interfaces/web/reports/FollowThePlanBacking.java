package org.citygov.plantracker.interfaces.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.reports.JobRequest;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.application.reports.ReportInputs;
import org.citygov.plantracker.application.reports.ReportRequest;
import org.citygov.plantracker.application.reports.ReportService;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.report.TargetState;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 对照规划 (reports/plan.xhtml): the plan chapter by chapter with each target's status as of a date,
 * filtered by chapter, 区县(市) and status; PDF and Excel in the background.
 */
@Named
@ViewScoped
public class FollowThePlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private ReportJobsBacking jobs;

    @Inject
    private Clock clock;

    private LocalDate asOf;
    /** The ?asOf= of the URL as given: read by {@link #load}, refused with the reason when it is no date of the window. */
    private String asOfParameter;
    private Integer chapter;
    private String district;
    private TargetState state;
    private ReportContent content;
    private List<ReportInputs.ChapterRow> chapters;
    private List<ReportInputs.Place> districts;

    /** f:viewAction: today's view unless ?asOf= says otherwise. */
    public void load() {
        if (asOf == null && asOfParameter != null) {
            asOf = InputPolicy.parseDate("asOf", asOfParameter);
        }
        if (asOf == null) {
            asOf = LocalDate.now(clock);
        }
        chapters = reports.chapters();
        districts = reports.districts();
        apply();
    }

    public void apply() {
        InputPolicy.require(InputPolicy.date("asOf", asOf));
        content = reports.followThePlan(request());
    }

    public void pdf() {
        jobs.start(JobRequest.plan(JobType.PLAN_PDF, request(), jobs.language()));
    }

    public void excel() {
        jobs.start(JobRequest.plan(JobType.PLAN_XLSX, request(), jobs.language()));
    }

    private ReportRequest request() {
        return ReportRequest.followThePlan(asOf == null ? LocalDate.now(clock) : asOf, chapter, district, state);
    }

    public TargetState[] getStates() {
        return TargetState.values();
    }

    public ReportContent getContent() { return content; }
    public List<ReportInputs.ChapterRow> getChapters() { return chapters; }
    public List<ReportInputs.Place> getDistricts() { return districts; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public String getAsOfParameter() { return asOfParameter; }
    public void setAsOfParameter(String asOfParameter) { this.asOfParameter = asOfParameter; }
    public Integer getChapter() { return chapter; }
    public void setChapter(Integer chapter) { this.chapter = chapter; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district == null || district.isBlank() ? null : district; }
    public TargetState getState() { return state; }
    public void setState(TargetState state) { this.state = state; }
}
