package org.citygov.plantracker.interfaces.web.portfolio;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.portfolio.PortfolioImport;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.report.JobStatus;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.portfolio.ImportPreviewDto;
import org.primefaces.event.FileUploadEvent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The import half of admin/portfolio.xhtml (CITY_GOV, ADMIN): upload → the dry run's preview (problems
 * by cell, what would be created and changed) → confirm → the job's progress → its result. The file is
 * kept in the view between the preview and the confirmation (at most the upload limit, 20 MB).
 */
@Named
@ViewScoped
public class PortfolioImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortfolioImport imports;

    @Inject
    private CurrentUser currentUser;

    private byte[] file;
    private String fileName;
    private ImportPreviewDto preview;
    private Long jobId;
    private ImportPreviewDto.JobDto job;

    /** Whether the signed-in user may import (the page shows the download part to offices too). */
    public boolean isAllowed() {
        return currentUser.hasRole(Role.CITY_GOV) || currentUser.hasRole(Role.ADMIN);
    }

    /** The upload: a dry run at once; nothing is written. */
    public void preview(FileUploadEvent event) {
        jobId = null;
        job = null;
        try (InputStream in = event.getFile().getInputStream()) {
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fileName = event.getFile().getFileName();
        preview = ImportPreviewDto.of(imports.dryRun(new ByteArrayInputStream(file)), locale());
    }

    /** The confirmation: the import as a background job. */
    public void confirm() {
        if (file == null || preview == null || !preview.accepted()) {
            return;
        }
        jobId = imports.submit(new ByteArrayInputStream(file)).id();
        refresh();
    }

    /** p:poll while the job runs. */
    public void refresh() {
        if (jobId != null) {
            job = ImportPreviewDto.JobDto.of(imports.job(jobId), locale(), "");
            if (!isRunning()) {
                file = null;
            }
        }
    }

    public boolean isRunning() {
        return job != null && (job.status() == JobStatus.QUEUED || job.status() == JobStatus.RUNNING);
    }

    public boolean isDone() {
        return job != null && job.status() == JobStatus.DONE;
    }

    public boolean isFailed() {
        return job != null && job.status() == JobStatus.FAILED;
    }

    public boolean isConfirmable() {
        return preview != null && preview.accepted() && jobId == null && file != null;
    }

    /** The preview's headline, or the job's outcome. */
    public String getSummary() {
        ImportPreviewDto p = job != null && job.result() != null ? job.result() : preview;
        if (p == null) {
            return null;
        }
        if (!p.accepted()) {
            return Texts.get(locale(), "portfolio.upload.rejected", p.problemCount(), p.rowsRead());
        }
        return Texts.get(locale(), p.written() ? "portfolio.upload.imported" : "portfolio.upload.previewed",
                p.rowsRead(), p.projectsCreated(), p.projectsChanged(), p.projectsUnchanged(), p.recordsCreated(),
                p.recordsChanged(), p.newLeadUnits().size(), p.newPlaces().size());
    }

    public ImportPreviewDto getPreview() {
        return job != null && job.result() != null ? job.result() : preview;
    }

    public ImportPreviewDto.JobDto getJob() {
        return job;
    }

    public String getFileName() {
        return fileName;
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? Texts.CHINESE
                : Texts.supported(context.getViewRoot().getLocale());
    }
}
