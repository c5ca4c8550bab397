package org.citygov.plantracker.interfaces.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.reports.PublicReports;
import org.citygov.plantracker.application.reports.PublishedReport;
import org.citygov.plantracker.application.reports.ReportContent;

import java.io.Serializable;
import java.util.List;

/**
 * The public, login-free pages (public/reports.xhtml, public/report.xhtml?id=…): published reports
 * only, their public version (no internal reasons, no authors), labelled when they hold sample data.
 */
@Named
@ViewScoped
public class PublicReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicReports reports;

    private Long id;
    private List<PublishedReport> list;
    private PublishedReport report;
    private ReportContent content;

    /** The latest published report's counts, for the page's headline (null when none is published). */
    private ReportContent.Counts latestCounts;

    /** The latest published final evaluation's figures, when the latest report is one (else null). */
    private org.citygov.plantracker.application.reports.FinalEvaluation latestFinal;

    public void loadList() {
        list = reports.published();
        ReportContent latest = list.isEmpty() ? null : reports.content(list.get(0).id());
        latestCounts = latest == null ? null : latest.counts();
        latestFinal = latest == null ? null : latest.finalEvaluation();
    }

    public org.citygov.plantracker.application.reports.FinalEvaluation getLatestFinal() {
        return latestFinal;
    }

    /** The latest published report (newest first), or null. */
    public PublishedReport getLatest() {
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    public ReportContent.Counts getLatestCounts() {
        return latestCounts;
    }

    public void loadReport() {
        report = reports.report(id == null ? -1 : id);
        content = reports.content(report.id());
    }

    public boolean isAnySample() {
        return list != null && list.stream().anyMatch(PublishedReport::sample);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public List<PublishedReport> getList() { return list; }
    public PublishedReport getReport() { return report; }
    public ReportContent getContent() { return content; }
}
