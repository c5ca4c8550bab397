package org.citygov.plantracker.application.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.LimitExceededException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsExport;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsFilter;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.report.JobStatus;
import org.citygov.plantracker.domain.model.report.ReportJob;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.storage.ReportFileStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Long work in the background: large PDFs, workbooks and OC4IDS packages. Submitting checks what the
 * user may have (and confines an office's OC4IDS export to its unit), records the job and hands it
 * to the server's managed executor; the user follows its progress and downloads the file when it is
 * done, or reads why it failed. Only the owner (or an administrator) sees a job and its file.
 */
@ApplicationScoped
public class ReportJobs {

    /** Jobs one user may have queued or running at once (issue 15: 20 OC4IDS jobs in 3 s by one office). */
    public static final int MAX_OPEN_JOBS_PER_USER = 3;

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    static final ObjectMapper JSON = FrozenContent.JSON;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ReportJobStore store;

    @Inject
    private ReportJobRunner runner;

    @Inject
    private Access access;

    @Inject
    private ReportService reports;

    @Inject
    private ReportSources sources;

    @Inject
    private Oc4idsExport oc4ids;

    @Inject
    private ReportFileStore files;

    @Inject
    private Clock clock;

    public JobView submit(JobRequest request) {
        AppUser user = access.requireSignedIn();
        JobRequest checked = switch (request.type()) {
            case PLAN_PDF, PLAN_XLSX -> {
                reports.requireReader();
                if (request.asOf() == null) {
                    throw new RuleViolation("asOf", "report.asOfRequired", "Give the date the report is evaluated as of");
                }
                if (request.districtCode() != null && !sources.places().containsKey(request.districtCode())) {
                    throw new UnknownEntityException("jurisdiction", request.districtCode());
                }
                yield request;
            }
            case REPORT_PDF, REPORT_XLSX -> {
                if (request.reportId() == null) {
                    throw new UnknownEntityException("report", "null");
                }
                reports.summary(request.reportId());
                yield request;
            }
            case PORTFOLIO_IMPORT -> throw new RuleViolation("type", "report.unknownJobType",
                    "A portfolio import is started by POST /portfolio/workbook", request.type().name());
            case OC4IDS -> {
                Oc4idsFilter filter = oc4ids.authorize(request.oc4idsFilter());
                oc4ids.count(filter);
                yield request.confinedTo(filter.leadUnitId());
            }
        };
        if (store.openJobs(user.getUsername()) >= MAX_OPEN_JOBS_PER_USER) {
            throw new LimitExceededException("report.tooManyJobs", "At most " + MAX_OPEN_JOBS_PER_USER
                    + " report jobs may wait or run at a time for one user", MAX_OPEN_JOBS_PER_USER);
        }
        long id = store.create(checked.type(), json(checked), user.getUsername());
        removeExpiredFiles();
        executor.submit(() -> runner.run(id));
        return store.view(id);
    }

    public JobView status(long id) {
        owned(id);
        return store.view(id);
    }

    /** The signed-in user's recent jobs. */
    public List<JobView> mine() {
        return store.recent(access.requireSignedIn().getUsername(), 20);
    }

    /** The file of a finished job, for its owner. */
    public JobFile file(long id) {
        ReportJob job = owned(id);
        JobView view = store.view(id);
        if (view.status() != JobStatus.DONE) {
            throw new RuleViolation("job", "report.jobNotDone", "Job " + id + " has not finished", id);
        }
        Path path = files.existing(id, job.getType().extension()).orElseThrow(() ->
                new RuleViolation("job", "report.fileGone", "The file of job " + id + " is gone", id));
        return new JobFile(path, view.fileName(), view.contentType(), view.sizeBytes() == null ? 0 : view.sizeBytes());
    }

    private ReportJob owned(long id) {
        AppUser user = access.requireSignedIn();
        ReportJob job = store.find(id);
        if (!job.isOwnedBy(user.getUsername()) && !user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("report.jobNotYours", "Job " + id + " belongs to another user", id);
        }
        return job;
    }

    private void removeExpiredFiles() {
        try {
            files.removeExpired(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Expired report files could not be removed", e);
        }
    }

    static String json(JobRequest request) {
        try {
            return JSON.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
