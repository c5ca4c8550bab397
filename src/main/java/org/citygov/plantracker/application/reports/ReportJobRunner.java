package org.citygov.plantracker.application.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsExport;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.domain.model.report.ReportJob;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.infrastructure.storage.ReportFileStore;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Does one job's work on a worker thread: assembles the content, renders it into the file store,
 * reporting progress as it goes, and records the outcome — the file, or why it failed. Runs without
 * a user: what the job may see was decided when it was submitted.
 */
@ApplicationScoped
public class ReportJobRunner {

    private static final Logger LOG = Logger.getLogger(ReportJobRunner.class.getName());

    @Inject
    private ReportJobStore store;

    @Inject
    private ReportService reports;

    @Inject
    private Oc4idsExport oc4ids;

    @Inject
    private ReportFileStore files;

    @Inject
    @Any
    private Instance<ReportRenderer> renderers;

    @Inject
    private Clock clock;

    public void run(long id) {
        ReportJob job;
        try {
            job = store.start(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Report job " + id + " could not start", e);
            return;
        }
        JobType type = job.getType();
        try (ReportFileStore.Writing file = files.write(id, type.extension())) {
            JobRequest request = ReportJobs.JSON.readValue(job.getParameters(), JobRequest.class);
            IntConsumer progress = new ThrottledProgress(store, id);
            String name = switch (type) {
                case PLAN_PDF, PLAN_XLSX -> {
                    ReportContent content = reports.assemble(request.planRequest(), List.of());
                    progress.accept(10);
                    render(content, type, request, file, progress);
                    yield fileName(content, type);
                }
                case REPORT_PDF, REPORT_XLSX -> {
                    ReportContent content = reports.contentOf(request.reportId());
                    progress.accept(10);
                    render(request.publicView() ? content.forPublic() : content, type, request, file, progress);
                    yield fileName(content, type);
                }
                case PORTFOLIO_IMPORT -> throw new IllegalStateException("A portfolio import runs in PortfolioImport");
                case OC4IDS -> {
                    oc4ids.write(request.oc4idsFilter(), request.packageUri(), file.out(), progress);
                    yield "oc4ids-projects-" + LocalDate.now(clock) + ".json";
                }
            };
            long size = file.complete();
            store.succeed(id, name, type.contentType(), size);
        } catch (RenderingException e) {
            LOG.log(Level.WARNING, "Report job " + id + " failed: " + e.getMessage(), e);
            store.fail(id, e.getMessageKey(), e.getMessage());
        } catch (RuleViolation e) {
            store.fail(id, e.getViolations().isEmpty() ? "report.jobFailed" : e.getViolations().get(0).messageKey(),
                    e.getMessage());
        } catch (UnknownEntityException e) {
            store.fail(id, "report.jobFailed", e.getMessage());
        } catch (JsonProcessingException e) {
            store.fail(id, "report.jobFailed", "Unreadable job parameters: " + e.getOriginalMessage());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Report job " + id + " could not write its file", e);
            store.fail(id, "report.storageFailed", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Report job " + id + " failed", e);
            store.fail(id, "report.jobFailed", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void render(ReportContent content, JobType type, JobRequest request, ReportFileStore.Writing file,
                        IntConsumer progress) throws IOException {
        ReportFormat format = type == JobType.PLAN_PDF || type == JobType.REPORT_PDF ? ReportFormat.PDF : ReportFormat.XLSX;
        ReportRenderer renderer = renderers.stream().filter(r -> r.format() == format).findFirst()
                .orElseThrow(() -> new IllegalStateException("No renderer for " + format));
        renderer.render(content, Locale.forLanguageTag(request.language() == null ? "zh" : request.language()),
                file.out(), pct -> progress.accept(10 + pct * 88 / 100));
    }

    /** 对照规划报告-2023-06-30.pdf, 2023年度报告-第2版.xlsx … */
    static String fileName(ReportContent content, JobType type) {
        ReportContent.Header h = content.header();
        String title = h.titleZh() == null || h.titleZh().isBlank() ? h.kind().zh() : h.titleZh();
        String suffix = h.reportId() == null ? "-" + h.asOf()
                : h.revision() > 1 ? "-第" + h.revision() + "版" : "";
        return (title + suffix).replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + "." + type.extension();
    }
}
