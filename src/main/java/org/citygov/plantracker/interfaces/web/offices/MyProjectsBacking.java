package org.citygov.plantracker.interfaces.web.offices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.offices.MilestoneWorkbooks;
import org.citygov.plantracker.application.offices.MyProjectRow;
import org.citygov.plantracker.application.offices.MyProjects;
import org.citygov.plantracker.application.offices.WorkbookImport;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.i18n.WorkbookMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * "My projects" (offices/my-projects.xhtml): the projects of the office's lead unit (all for the
 * city government), what needs updating this month first, and the milestone workbook round trip.
 */
@Named
@ViewScoped
public class MyProjectsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private MyProjects myProjects;

    @Inject
    private Clock clock;

    @Inject
    private MilestoneWorkbooks workbooks;

    private List<MyProjectRow> rows = List.of();
    private List<UploadError> uploadErrors = List.of();
    private volatile int importProgress;
    private String uploadResult;

    /** One problem of a refused upload, as the page lists it. */
    public record UploadError(int row, String cell, String column, String message) implements Serializable {
    }

    @PostConstruct
    void init() {
        rows = myProjects.rows();
    }

    public StreamedContent getWorkbook() {
        Locale locale = OfficePages.locale();
        byte[] file = workbooks.export(key -> Texts.get(locale, key), Texts.english(locale));
        return DefaultStreamedContent.builder().name(OfficePages.text("offices.workbook.fileName",
                        LocalDate.now(clock).toString()))
                .contentType(XLSX).contentLength((long) file.length)
                .stream(() -> new ByteArrayInputStream(file)).build();
    }

    /** The upload listener: all or nothing; the errors are listed by row and column. */
    public void upload(FileUploadEvent event) {
        importProgress = 0;
        uploadErrors = List.of();
        Locale locale = OfficePages.locale();
        WorkbookImport result;
        try (InputStream in = event.getFile().getInputStream()) {
            result = workbooks.upload(in, percent -> importProgress = percent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        importProgress = 100;
        if (result.accepted()) {
            uploadResult = Texts.get(locale, "offices.workbook.accepted", result.rowsRead(), result.rowsChanged());
            OfficePages.info("offices.workbook.accepted", result.rowsRead(), result.rowsChanged());
            rows = myProjects.rows();
        } else {
            uploadResult = Texts.get(locale, "workbook.rejected", result.errors().size(), result.rowsRead());
            uploadErrors = result.errors().stream().map(e -> new UploadError(e.row(), WorkbookMessages.cell(e),
                    e.columnKey() == null ? "" : Texts.get(locale, e.columnKey()),
                    WorkbookMessages.problem(locale, e))).toList();
            OfficePages.error("workbook.rejected", result.errors().size(), result.rowsRead());
        }
    }

    public long getAttentionCount() {
        return rows.stream().filter(MyProjectRow::needsAttention).count();
    }

    public long getMissingReports() {
        return rows.stream().mapToLong(MyProjectRow::missingReports).sum();
    }

    public long getOverdueMilestones() {
        return rows.stream().mapToLong(MyProjectRow::overdueMilestones).sum();
    }

    public long getPendingRebaselines() {
        return rows.stream().mapToLong(MyProjectRow::pendingRebaselines).sum();
    }

    public List<MyProjectRow> getRows() { return rows; }
    public List<UploadError> getUploadErrors() { return uploadErrors; }
    public int getImportProgress() { return importProgress; }
    public String getUploadResult() { return uploadResult; }
}
