package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.domain.model.report.JobStatus;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.domain.model.report.ReportJob;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Each step of a job's life in a transaction of its own, so a page or API call sees progress as it
 * happens and the job's record survives whatever happens to the work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReportJobStore {

    /** A job with no sign of life for this long was interrupted (e.g. by a restart). */
    static final Duration SILENCE = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public long create(JobType type, String parameters, String owner) {
        ReportJob job = new ReportJob(type, parameters, owner, now());
        em.persist(job);
        em.flush();
        return job.getId();
    }

    public ReportJob start(long id) {
        ReportJob job = find(id);
        job.start(now());
        return job;
    }

    public void progress(long id, int percent) {
        find(id).advanceTo(percent, now());
    }

    public void succeed(long id, String fileName, String contentType, long size) {
        find(id).succeed(fileName, contentType, size, now());
    }

    public void fail(long id, String key, String text) {
        find(id).fail(key, text, now());
    }

    /** The job, failed first if it was abandoned (its worker is gone). */
    public JobView view(long id) {
        ReportJob job = find(id);
        if (job.isAbandoned(now(), SILENCE)) {
            job.fail("report.jobInterrupted", "No progress for " + SILENCE.toMinutes() + " minutes", now());
        }
        return JobView.of(job);
    }

    public ReportJob find(long id) {
        ReportJob job = em.find(ReportJob.class, id);
        if (job == null) {
            throw new UnknownEntityException("job", String.valueOf(id));
        }
        return job;
    }

    /** How many of a user's jobs are queued or running. */
    public long openJobs(String owner) {
        return em.createQuery("SELECT COUNT(j) FROM ReportJob j WHERE j.owner = :o AND j.status IN :open", Long.class)
                .setParameter("o", owner).setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING))
                .getSingleResult();
    }

    /** The jobs of a type that are queued or running (and alive: an abandoned one is failed first). */
    public List<JobView> running(JobType type) {
        return em.createQuery("SELECT j FROM ReportJob j WHERE j.type = :t AND j.status IN :open ORDER BY j.id",
                        ReportJob.class).setParameter("t", type)
                .setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING)).getResultList().stream()
                .filter(job -> {
                    if (job.isAbandoned(now(), SILENCE)) {
                        job.fail("report.jobInterrupted", "No progress for " + SILENCE.toMinutes() + " minutes", now());
                        return false;
                    }
                    return true;
                }).map(JobView::of).toList();
    }

    /** A user's recent jobs, newest first. */
    public List<JobView> recent(String owner, int max) {
        return em.createQuery("SELECT j FROM ReportJob j WHERE j.owner = :o ORDER BY j.createdAt DESC, j.id DESC",
                        ReportJob.class).setParameter("o", owner).setMaxResults(max).getResultList().stream()
                .map(JobView::of).toList();
    }

    /** Fails every unfinished job that went silent (run at start-up and now and then). */
    public int failAbandoned() {
        List<ReportJob> open = em.createQuery("SELECT j FROM ReportJob j WHERE j.status IN :open", ReportJob.class)
                .setParameter("open", List.of(JobStatus.QUEUED, JobStatus.RUNNING)).getResultList();
        int failed = 0;
        for (ReportJob job : open) {
            if (job.isAbandoned(now(), SILENCE)) {
                job.fail("report.jobInterrupted", "No progress for " + SILENCE.toMinutes() + " minutes", now());
                failed++;
            }
        }
        return failed;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
