package org.citygov.plantracker.interfaces.web.plan;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.IndicatorGridImport;
import org.citygov.plantracker.application.plan.IndicatorGridWorkbooks;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.i18n.WorkbookMessages;
import org.citygov.plantracker.interfaces.web.common.LocaleBacking;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The indicator grid's Excel round trip on plan/indicators.xhtml: download; upload (CITY_GOV) shows
 * the preview — every cell that would change and every problem; "save all" applies the same file.
 * The service checks, audits and refuses; this bean only carries the file between the two steps.
 */
@Named
@ViewScoped
public class IndicatorWorkbookBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private IndicatorGridWorkbooks workbooks;

    @Inject
    private LocaleBacking locale;

    /** A problem of the upload as the page lists it. */
    public record Problem(int row, String cell, String column, String text) implements Serializable {
    }

    private byte[] uploaded;
    private IndicatorGridImport preview;
    private List<Problem> problems = List.of();
    private String outcome;

    public StreamedContent getWorkbook() {
        Locale l = locale.getLocale();
        byte[] file = workbooks.export(null, key -> Texts.get(l, key), unit -> Texts.unit(l, unit), Texts.english(l));
        return DefaultStreamedContent.builder().name(Texts.english(l) ? "indicators.xlsx" : "指标年度监测值.xlsx")
                .contentType(XLSX).contentLength((long) file.length).stream(() -> new ByteArrayInputStream(file))
                .build();
    }

    /** The upload listener: a dry run, nothing written yet. */
    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            uploaded = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        show(workbooks.upload(null, new ByteArrayInputStream(uploaded), true));
    }

    /** Applies the previewed file, all or nothing. */
    public void apply() {
        if (uploaded == null || preview == null || !preview.accepted()) {
            return;
        }
        IndicatorGridImport result = workbooks.upload(null, new ByteArrayInputStream(uploaded), false);
        show(result);
        if (result.applied()) {
            uploaded = null;
            outcome = Texts.get(locale.getLocale(), "monitoring.workbook.applied", result.changes().size());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, outcome, null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            try {
                // a fresh view: the grid above shows the saved figures
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/plan/indicators.xhtml"); // no fragment: a same-page fragment would not reload
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void show(IndicatorGridImport result) {
        Locale l = locale.getLocale();
        preview = result;
        problems = result.errors().stream().map(e -> new Problem(e.row(), WorkbookMessages.cell(e),
                e.columnKey() == null ? "" : Texts.get(l, e.columnKey()), WorkbookMessages.problem(l, e))).toList();
        if (!result.accepted()) {
            outcome = Texts.get(l, "monitoring.workbook.rejected", result.errors().size());
        } else if (result.changes().isEmpty()) {
            outcome = Texts.get(l, "monitoring.workbook.noChange");
        } else {
            outcome = Texts.get(l, "monitoring.workbook.preview", result.changes().size());
        }
    }

    /** Whether the preview may be saved: read without problems, something to change, not saved yet. */
    public boolean isApplicable() {
        return uploaded != null && preview != null && preview.accepted() && !preview.applied()
                && !preview.changes().isEmpty();
    }

    public IndicatorGridImport getPreview() { return preview; }
    public List<Problem> getProblems() { return problems; }
    public String getOutcome() { return outcome; }
}
