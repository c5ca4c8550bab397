package org.citygov.plantracker.interfaces.web.reports;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.reports.JobRequest;
import org.citygov.plantracker.application.reports.JobView;
import org.citygov.plantracker.application.reports.ReportJobs;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;

import java.io.Serializable;
import java.util.List;

/**
 * The files the user has asked for, on every reports page: start a job, watch its progress (the
 * page polls while one runs), download the file, or read why it failed.
 */
@Named("reportJobs")
@ViewScoped
public class ReportJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportJobs jobs;

    @Inject
    private LocaleBacking locale;

    private List<JobView> mine;

    public List<JobView> getMine() {
        if (mine == null) {
            mine = jobs.mine();
        }
        return mine;
    }

    /** Submits a job; the page starts polling. */
    public void start(JobRequest request) {
        JobView job = jobs.submit(request);
        mine = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.get(locale.getLocale(), "reports.jobStarted", job.id()), ""));
    }

    /** p:poll listener. */
    public void refresh() {
        mine = null;
    }

    public boolean isRunning() {
        return getMine().stream().anyMatch(JobView::isRunning);
    }

    public String failure(JobView job) {
        if (job.failureKey() == null) {
            return "";
        }
        String detail = job.failureText() == null ? "" : job.failureText();
        String text = Texts.get(locale.getLocale(), job.failureKey(), detail);
        return text.equals(job.failureKey()) ? detail : text;
    }

    public String downloadUrl(JobView job) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/reports/download?job=" + job.id();
    }

    public String language() {
        return locale.isEnglish() ? "en" : "zh";
    }
}
