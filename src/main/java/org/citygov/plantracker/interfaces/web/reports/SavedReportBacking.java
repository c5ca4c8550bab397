package org.citygov.plantracker.interfaces.web.reports;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.reports.JobRequest;
import org.citygov.plantracker.application.reports.ReportService;
import org.citygov.plantracker.application.reports.ReportSummary;
import org.citygov.plantracker.application.reports.ReportView;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * One saved report (reports/report.xhtml?id=…): its figures (live for a draft, frozen once
 * published), its narrative sections — written and saved by CITY_GOV, each with the version it was
 * read at — publishing, revising, and its files.
 */
@Named
@ViewScoped
public class SavedReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private ReportJobsBacking jobs;

    @Inject
    private LocaleBacking locale;

    private Long id;
    private ReportView view;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();

    public void load() {
        view = reports.view(id == null ? -1 : id);
        texts.clear();
        versions.clear();
        view.sections().forEach(s -> {
            texts.put(s.key(), s.body());
            versions.put(s.key(), s.version());
        });
    }

    public void save(String key) {
        ReportView.SectionRow saved = reports.saveSection(view.report().id(), key, texts.get(key), versions.get(key));
        versions.put(key, saved.version());
        message("reports.sectionSaved", section(key));
    }

    public void publish() {
        reports.publish(view.report().id(), view.report().version());
        load();
        message("reports.published");
    }

    public void revise() throws IOException {
        ReportSummary next = reports.revise(view.report().id());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/reports/report.xhtml?id=" + next.id());
    }

    public void pdf() {
        jobs.start(JobRequest.report(JobType.REPORT_PDF, view.report().id(), jobs.language()));
    }

    public void excel() {
        jobs.start(JobRequest.report(JobType.REPORT_XLSX, view.report().id(), jobs.language()));
    }

    private String section(String key) {
        return Texts.get(locale.getLocale(), "report.section." + key);
    }

    private void message(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.get(locale.getLocale(), key, arguments), ""));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ReportView getView() { return view; }
    public Map<String, String> getTexts() { return texts; }
}
