package org.citygov.plantracker.application.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.LimitExceededException;
import org.citygov.plantracker.application.reports.JobView;
import org.citygov.plantracker.application.reports.ReportJobStore;
import org.citygov.plantracker.application.reports.ReportJobs;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.application.reports.ThrottledProgress;
import org.citygov.plantracker.infrastructure.spreadsheet.UploadedWorkbooks;
import org.citygov.plantracker.infrastructure.storage.ReportFileStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 项目组合工作簿导入 — bringing a portfolio in (CITY_GOV, ADMIN): the dry run answers at once what the
 * file would create and change and every problem with its cell; the import runs in the background as a
 * job of the application's job store (progress, owner, outcome), all or nothing, audited as one
 * import and per project. The job's file is the result ({@link ImportPreview} as JSON).
 */
@ApplicationScoped
public class PortfolioImport {

    private static final Logger LOG = Logger.getLogger(PortfolioImport.class.getName());
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String UPLOAD = "upload.xlsx";

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Access access;

    @Inject
    private PortfolioImportWriter writer;

    @Inject
    private ReportJobStore store;

    @Inject
    private ReportJobs jobs;

    @Inject
    private ReportFileStore files;

    @Inject
    private Clock clock;

    /** The preview: nothing is written. */
    public ImportPreview dryRun(InputStream upload) {
        AppUser user = access.requireAnyRole(Role.CITY_GOV, Role.ADMIN);
        return writer.dryRun(upload, user.getUsername(), LocalDateTime.now(clock));
    }

    /** One import at a time: the check and the job's creation happen under it (on this server). */
    private static final Object ONE_AT_A_TIME = new Object();

    /**
     * Keeps the upload and starts the import in the background; the job tells how it goes. Only one
     * import runs at a time (it writes in one transaction and holds its rows): while one is queued or
     * running, another is refused (429, "another import is running") and nothing is kept.
     */
    public JobView submit(InputStream upload) {
        AppUser user = access.requireAnyRole(Role.CITY_GOV, Role.ADMIN);
        long id;
        synchronized (ONE_AT_A_TIME) {
            List<JobView> running = store.running(JobType.PORTFOLIO_IMPORT);
            if (!running.isEmpty()) {
                JobView other = running.get(0);
                throw new LimitExceededException("portfolio.import.busy", "Another portfolio import is running ("
                        + other.progress() + " % done); only one runs at a time — wait for it to end, then import again",
                        other.progress());
            }
            id = store.create(JobType.PORTFOLIO_IMPORT, null, user.getUsername());
        }
        Path file = files.fileOf(id, UPLOAD);
        try {
            if (UploadedWorkbooks.copyAtMost(upload, file, UploadedWorkbooks.MAX_FILE_BYTES) > UploadedWorkbooks.MAX_FILE_BYTES) {
                Files.deleteIfExists(file);
                store.fail(id, "workbook.fileTooLarge", "Larger than " + UploadedWorkbooks.MAX_FILE_BYTES / (1024 * 1024) + " MB");
                throw new RuleViolation("file", "workbook.fileTooLarge", "The file is too large",
                        UploadedWorkbooks.MAX_FILE_BYTES / (1024 * 1024));
            }
        } catch (IOException e) {
            store.fail(id, "report.storageFailed", e.getMessage());
            throw new UncheckedIOException(e);
        }
        String username = user.getUsername();
        executor.submit(() -> run(id, username));
        return store.view(id);
    }

    /** The job (its owner or an administrator) and, once it has ended, its result. */
    public ImportJob job(long id) {
        JobView view = jobs.status(id);
        if (view.type() != JobType.PORTFOLIO_IMPORT) {
            throw new org.citygov.plantracker.application.UnknownEntityException("job", String.valueOf(id));
        }
        return new ImportJob(view, result(id));
    }

    /** A job with its result (null while it runs). */
    public record ImportJob(JobView job, ImportPreview result) {
    }

    private Optional<ImportPreview> readResult(long id) {
        return files.existing(id, JobType.PORTFOLIO_IMPORT.extension()).map(path -> {
            try {
                return JSON.readValue(path.toFile(), ImportPreview.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private ImportPreview result(long id) {
        return readResult(id).orElse(null);
    }

    void run(long id, String username) {
        Path upload = files.fileOf(id, UPLOAD);
        try {
            store.start(id);
            ImportPreview result = writer.importFile(upload, username, LocalDateTime.now(clock),
                    new ThrottledProgress(store, id));
            long size;
            try (ReportFileStore.Writing out = files.write(id, JobType.PORTFOLIO_IMPORT.extension())) {
                JSON.writeValue(new NonClosing(out.out()), result);
                size = out.complete();
            }
            if (result.accepted()) {
                store.succeed(id, "portfolio-import-" + id + ".json", JobType.PORTFOLIO_IMPORT.contentType(), size);
            } else {
                store.fail(id, "portfolio.import.rejected", String.valueOf(result.problemCount()));
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.SEVERE, "Portfolio import " + id + " failed", e);
            try {
                store.fail(id, "portfolio.import.failed", e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            } catch (RuntimeException ignored) {
                // the job's record shows it as interrupted after a while
            }
        } finally {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException ignored) {
                // removed with the expired report files
            }
        }
    }


    /** Jackson closes the stream it writes; the file store's writer must stay open until complete(). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
