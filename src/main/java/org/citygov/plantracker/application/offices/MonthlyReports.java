package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.progress.EvidenceFile;
import org.citygov.plantracker.domain.model.progress.EvidenceType;
import org.citygov.plantracker.domain.model.progress.ProgressReport;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;
import org.citygov.plantracker.domain.service.ReportingCalendar;
import org.citygov.plantracker.infrastructure.storage.EvidenceStore;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** 月度调度: filing monthly progress reports with evidence, and reading them with the reporting calendar. */
@ApplicationScoped
@Transactional
public class MonthlyReports {

    static final String ENTITY = "ProgressReport";
    static final String ACTION_SUBMIT = "report.submit";
    static final String ACTION_EVIDENCE = "report.evidence";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfficeProjects projects;

    @Inject
    private AuditTrail audit;

    @Inject
    private EvidenceStore store;

    @Inject
    private Clock clock;

    @Inject
    private org.citygov.plantracker.application.evaluation.EvaluationSettingsService settings;

    /**
     * Files the report and its evidence, all or nothing: every file is checked (type by content,
     * size) before anything is stored, and the stored files are removed again if the transaction fails.
     */
    public MonthlyReportView submit(ReportSubmission submission) {
        Project project = projects.forEdit(submission.projectCode());
        String by = projects.caller().getUsername();
        LocalDateTime now = LocalDateTime.now(clock);
        List<Violation> fileProblems = checkFiles(submission.evidence());
        ProgressReport report;
        try {
            report = ProgressReport.file(project, submission.content(), reportsOf(project), by, now,
                    settings.thresholds().reportDueDay());
        } catch (RuleViolation v) {
            List<Violation> all = new ArrayList<>(v.getViolations());
            all.addAll(fileProblems);
            throw new RuleViolation(all);
        }
        if (!fileProblems.isEmpty()) {
            throw new RuleViolation(fileProblems);
        }
        if (submission.evidence().size() > ProgressReport.MAX_EVIDENCE_FILES) {
            throw new RuleViolation("evidence", "report.tooManyFiles", "A report carries at most "
                    + ProgressReport.MAX_EVIDENCE_FILES + " files", ProgressReport.MAX_EVIDENCE_FILES);
        }
        em.persist(report);
        String code = project.getCode().value();
        audit.event(ENTITY, report.getId(), code, ACTION_SUBMIT, summary(report));
        for (EvidenceUpload upload : submission.evidence()) {
            attach(report, upload, by, now);
        }
        flushReport(report);
        return MonthlyReportView.of(report);
    }

    /** Adds an evidence file to a filed report (append-only; audited). */
    public MonthlyReportView.Evidence addEvidence(String projectCode, String month, EvidenceUpload upload) {
        Project project = projects.forEdit(projectCode);
        ProgressReport report = find(project, month);
        List<Violation> problems = checkFiles(List.of(upload));
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        EvidenceFile file = attach(report, upload, projects.caller().getUsername(), LocalDateTime.now(clock));
        projects.flush(report.month().toString());
        return MonthlyReportView.Evidence.of(file);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportOverview overview(String projectCode) {
        Project project = projects.forRead(projectCode);
        List<ProgressReport> reports = reportsOf(project);
        Map<YearMonth, LocalDate> filed = reports.stream().collect(Collectors.toMap(ProgressReport::month,
                r -> r.getSubmittedAt().toLocalDate(), (a, b) -> a, LinkedHashMap::new));
        List<ReportingCalendar.MonthStatus> calendar = ReportingCalendar.forProject(project.getStage(),
                project.getPlannedStart(), filed, LocalDate.now(clock), settings.thresholds().reportDueDay());
        return new ReportOverview(project.getCode().value(),
                reports.stream().map(MonthlyReportView::of).toList(),
                calendar.stream().map(ReportOverview.MonthView::of).toList(),
                calendar.stream().filter(m -> m.status() == ReportingCalendar.Status.MISSING).count(),
                calendar.stream().filter(m -> m.status() == ReportingCalendar.Status.LATE).count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MonthlyReportView report(String projectCode, String month) {
        return MonthlyReportView.of(find(projects.forRead(projectCode), month));
    }

    /** An evidence file, if the caller may read the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvidenceContent evidence(String projectCode, Long evidenceId) {
        Project project = projects.forRead(projectCode);
        EvidenceFile file = em.createQuery("SELECT e FROM EvidenceFile e WHERE e.id = :id AND e.report.project = :p",
                        EvidenceFile.class).setParameter("id", evidenceId).setParameter("p", project)
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("evidence", evidenceId));
        String key = file.getStorageKey();
        return new EvidenceContent(file.getFileName(), file.getType().contentType(), file.getSizeBytes(),
                () -> store.open(key));
    }

    private EvidenceFile attach(ProgressReport report, EvidenceUpload upload, String by, LocalDateTime now) {
        EvidenceType type = EvidenceType.detect(head(upload.content())).orElseThrow();
        EvidenceStore.StoredFile stored = store.store(upload.content(), type.extension(), YearMonth.from(now));
        EvidenceFile file = report.attach(upload.fileName(), type, stored.size(), stored.sha256(), stored.key(), by, now);
        em.persist(file);
        audit.event(ENTITY, report.getId(), report.getProject().getCode().value(), ACTION_EVIDENCE,
                report.month() + " · " + file.getFileName());
        return file;
    }

    private static List<Violation> checkFiles(List<EvidenceUpload> uploads) {
        List<Violation> problems = new ArrayList<>();
        for (EvidenceUpload upload : uploads) {
            byte[] content = upload.content() == null ? new byte[0] : upload.content();
            problems.addAll(ProgressReport.evidenceProblems(upload.fileName(), content.length,
                    EvidenceType.detect(head(content))));
        }
        return problems;
    }

    private static byte[] head(byte[] content) {
        return content == null ? new byte[0] : Arrays.copyOf(content, Math.min(content.length, 16));
    }

    private void flushReport(ProgressReport report) {
        try {
            projects.flush(report.month().toString());
        } catch (PersistenceException e) {
            // two offices filing the same month at once: the unique key refuses the second
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("23")) {
                    throw new RuleViolation("month", "report.duplicateMonth", "The project already has a report for "
                            + report.month(), report.month().toString());
                }
            }
            throw e;
        }
    }

    private List<ProgressReport> reportsOf(Project project) {
        return em.createQuery("SELECT r FROM ProgressReport r WHERE r.project = :p ORDER BY r.reportMonth DESC",
                ProgressReport.class).setParameter("p", project).getResultList();
    }

    private ProgressReport find(Project project, String month) {
        YearMonth m = parseMonth(month).orElseThrow(() -> new UnknownEntityException("report", month));
        return em.createQuery("SELECT r FROM ProgressReport r WHERE r.project = :p AND r.reportMonth = :m",
                        ProgressReport.class).setParameter("p", project).setParameter("m", m.atDay(1))
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("report", month));
    }

    static Optional<YearMonth> parseMonth(String month) {
        try {
            return month == null ? Optional.empty() : Optional.of(YearMonth.parse(month.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** For the history: month · this month / cumulative (yuan) · physical progress. */
    private static String summary(ProgressReport r) {
        DecimalFormat yuan = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return r.month() + " · " + yuan.format(r.getInvestmentThisMonth()) + " / "
                + yuan.format(r.getCumulativeInvestment()) + " · "
                + r.getPhysicalProgress().stripTrailingZeros().toPlainString() + "%";
    }
}
