package org.citygov.plantracker.domain.model.progress;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;
import org.citygov.plantracker.domain.service.ReportingCalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 月度调度 — a project's monthly progress report: investment completed this month and in total,
 * physical progress, problems and coordination requests to departments, with optional evidence.
 * One per project per month; filed once and then kept as filed (a later month corrects an earlier
 * over-report, with a correction note).
 */
@Entity
@Table(name = "progress_report", uniqueConstraints = @UniqueConstraint(columnNames = {"project_id", "report_month"}))
public class ProgressReport {

    public static final int MAX_PROBLEMS = 4000;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_COORDINATION = 20;
    public static final int MAX_EVIDENCE_FILES = 10;
    public static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILE_NAME = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    /** The first day of the reporting month. */
    @Column(name = "report_month", nullable = false)
    private LocalDate reportMonth;

    @Column(name = "investment_month", nullable = false, precision = 19, scale = 2)
    private BigDecimal investmentThisMonth;

    @Column(name = "investment_cumulative", nullable = false, precision = 19, scale = 2)
    private BigDecimal cumulativeInvestment;

    @Column(name = "correction_note", length = MAX_NOTE)
    private String correctionNote;

    @Column(name = "physical_progress", nullable = false, precision = 5, scale = 2)
    private BigDecimal physicalProgress;

    @Column(name = "problems", length = MAX_PROBLEMS)
    private String problems;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coordination_request", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "seq_no")
    private List<CoordinationRequest> coordination = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EvidenceFile> evidence = new ArrayList<>();

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "filed_late", nullable = false)
    private boolean late;

    @Version
    private long version;

    protected ProgressReport() {
    }

    /**
     * Files a report. {@code existing} are the project's reports so far (any order): one per month,
     * and the cumulative investment may not go down from the month before (nor exceed a later month's,
     * when a month is filed late) without a correction note. All violations are reported together.
     */
    public static ProgressReport file(Project project, MonthlyReportContent content, List<ProgressReport> existing,
                                      String submittedBy, LocalDateTime at) {
        return file(project, content, existing, submittedBy, at, ReportingCalendar.DUE_DAY);
    }

    /** As {@link #file(Project, MonthlyReportContent, List, String, LocalDateTime)}, due on {@code dueDay} of the next month. */
    public static ProgressReport file(Project project, MonthlyReportContent content, List<ProgressReport> existing,
                                      String submittedBy, LocalDateTime at, int dueDay) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(content, "content");
        LocalDate today = at.toLocalDate();
        List<Violation> problems = new ArrayList<>();
        YearMonth month = content.month();
        if (month == null) {
            problems.add(new Violation("month", "report.monthRequired", "The reporting month is required"));
        } else if (InputPolicy.month("month", month).isPresent()) {
            problems.add(InputPolicy.month("month", month).get());
        } else if (project.getPlannedStart() != null && month.isBefore(YearMonth.from(project.getPlannedStart()))) {
            problems.add(new Violation("month", "report.monthBeforeStart",
                    "The month " + month + " is before the project's start " + YearMonth.from(project.getPlannedStart()),
                    month.toString(), YearMonth.from(project.getPlannedStart()).toString()));
        } else if (!ReportingCalendar.isOpen(month, today)) {
            problems.add(new Violation("month", "report.monthInFuture",
                    "The month " + month + " has not begun", month.toString()));
        } else if (existing.stream().anyMatch(r -> r.month().equals(month))) {
            problems.add(new Violation("month", "report.duplicateMonth",
                    "Project " + project.getCode() + " already has a report for " + month, month.toString()));
        }
        if (project.getStage() == Stage.RESERVE || project.getStage() == Stage.WITHDRAWN) {
            problems.add(new Violation("stage", "report.projectNotReporting",
                    "A project in stage " + project.getStage() + " files no monthly reports",
                    project.getStage().zh(), project.getStage().en()));
        }
        BigDecimal thisMonth = content.investmentThisMonth();
        BigDecimal cumulative = content.cumulativeInvestment();
        if (thisMonth == null || thisMonth.signum() < 0) {
            problems.add(new Violation("investmentThisMonth", "report.amountRequired",
                    "This month's investment must be given and cannot be negative"));
        }
        if (cumulative == null || cumulative.signum() < 0) {
            problems.add(new Violation("cumulativeInvestment", "report.amountRequired",
                    "The cumulative investment must be given and cannot be negative"));
        }
        InputPolicy.amount("investmentThisMonth", thisMonth).ifPresent(problems::add);
        InputPolicy.amount("cumulativeInvestment", cumulative).ifPresent(problems::add);
        String note = blankToNull(content.correctionNote());
        if (thisMonth != null && cumulative != null && cumulative.compareTo(thisMonth) < 0) {
            problems.add(new Violation("cumulativeInvestment", "report.cumulativeBelowMonth",
                    "The cumulative investment is less than this month's",
                    cumulative.movePointLeft(4), thisMonth.movePointLeft(4))); // people read 万元 (issue 16 item 8)
        }
        if (month != null && cumulative != null && note == null) {
            existing.stream().filter(r -> r.month().isBefore(month)).max(Comparator.comparing(ProgressReport::month))
                    .filter(before -> cumulative.compareTo(before.cumulativeInvestment) < 0)
                    .ifPresent(before -> problems.add(new Violation("correctionNote", "report.cumulativeDecrease",
                            "The cumulative investment went down from " + before.cumulativeInvestment + " ("
                                    + before.month() + "); say why in a correction note",
                            before.month().toString(), before.cumulativeInvestment.movePointLeft(4))));
            existing.stream().filter(r -> r.month().isAfter(month)).min(Comparator.comparing(ProgressReport::month))
                    .filter(after -> cumulative.compareTo(after.cumulativeInvestment) > 0)
                    .ifPresent(after -> problems.add(new Violation("correctionNote", "report.cumulativeAboveLater",
                            "The cumulative investment is above the later report of " + after.month() + " ("
                                    + after.cumulativeInvestment + "); say why in a correction note",
                            after.month().toString(), after.cumulativeInvestment.movePointLeft(4))));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new Violation("correctionNote", "report.textTooLong", "Longer than " + MAX_NOTE, MAX_NOTE));
        }
        BigDecimal physical = content.physicalProgress();
        if (physical == null || physical.signum() < 0 || physical.compareTo(HUNDRED) > 0) {
            problems.add(new Violation("physicalProgress", "report.progressRange",
                    "Physical progress must be between 0 and 100", physical));
        }
        InputPolicy.decimals("physicalProgress", physical, 2).ifPresent(problems::add);
        String problemText = blankToNull(content.problems());
        if (problemText != null && problemText.length() > MAX_PROBLEMS) {
            problems.add(new Violation("problems", "report.textTooLong", "Longer than " + MAX_PROBLEMS, MAX_PROBLEMS));
        }
        List<CoordinationRequest> requests = content.coordination().stream()
                .filter(c -> blankToNull(c.getDepartment()) != null || blankToNull(c.getRequest()) != null).toList();
        if (requests.size() > MAX_COORDINATION) {
            problems.add(new Violation("coordination", "report.tooManyRequests",
                    "At most " + MAX_COORDINATION + " coordination requests", MAX_COORDINATION));
        }
        for (int i = 0; i < requests.size(); i++) {
            CoordinationRequest c = requests.get(i);
            if (blankToNull(c.getDepartment()) == null) {
                problems.add(new Violation("coordination[" + i + "].department", "report.departmentRequired",
                        "Coordination request " + (i + 1) + " needs the department it is addressed to", i + 1));
            } else if (c.getDepartment().length() > CoordinationRequest.MAX_DEPARTMENT) {
                problems.add(new Violation("coordination[" + i + "].department", "report.textTooLong",
                        "Longer than " + CoordinationRequest.MAX_DEPARTMENT, CoordinationRequest.MAX_DEPARTMENT));
            }
            if (blankToNull(c.getRequest()) == null) {
                problems.add(new Violation("coordination[" + i + "].request", "report.requestRequired",
                        "Coordination request " + (i + 1) + " needs its text", i + 1));
            } else if (c.getRequest().length() > CoordinationRequest.MAX_TEXT) {
                problems.add(new Violation("coordination[" + i + "].request", "report.textTooLong",
                        "Longer than " + CoordinationRequest.MAX_TEXT, CoordinationRequest.MAX_TEXT));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        ProgressReport report = new ProgressReport();
        report.project = project;
        report.reportMonth = month.atDay(1);
        report.investmentThisMonth = thisMonth.setScale(2, RoundingMode.HALF_UP);
        report.cumulativeInvestment = cumulative.setScale(2, RoundingMode.HALF_UP);
        report.correctionNote = note;
        report.physicalProgress = physical.setScale(2, RoundingMode.HALF_UP);
        report.problems = problemText;
        report.coordination.addAll(requests);
        report.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        report.submittedAt = at;
        report.dueDate = ReportingCalendar.dueDate(month, dueDay);
        report.late = ReportingCalendar.isLate(month, today, dueDay);
        return report;
    }

    /**
     * 导入 — a monthly report as a portfolio workbook gives it, filed on the day written there (not the
     * day of the import); the importer has checked the figures (amounts, progress 0–100) before.
     */
    public static ProgressReport imported(Project project, YearMonth month, LocalDate filedOn, String submittedBy) {
        ProgressReport report = new ProgressReport();
        report.project = Objects.requireNonNull(project, "project");
        report.reportMonth = month.atDay(1);
        report.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        report.restoreFiling(filedOn, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
        return report;
    }

    /** 导入 — the figures and filing day of the month's report as the workbook gives them. */
    public void restoreFiling(LocalDate filedOn, BigDecimal thisMonth, BigDecimal cumulative, BigDecimal physical,
                              String problemText) {
        this.submittedAt = filedOn.atStartOfDay();
        this.investmentThisMonth = thisMonth.setScale(2, RoundingMode.HALF_UP);
        this.cumulativeInvestment = cumulative.setScale(2, RoundingMode.HALF_UP);
        this.physicalProgress = physical.setScale(2, RoundingMode.HALF_UP);
        this.problems = blankToNull(problemText);
        YearMonth month = YearMonth.from(reportMonth);
        this.dueDate = ReportingCalendar.dueDate(month, ReportingCalendar.DUE_DAY);
        this.late = ReportingCalendar.isLate(month, filedOn, ReportingCalendar.DUE_DAY);
    }

    /**
     * Checks a file before it is stored: a photo (JPEG, PNG) or a PDF by its content, not empty, at
     * most {@link #MAX_EVIDENCE_BYTES}, with a usable name. Returns the problems (empty when fine).
     */
    public static List<Violation> evidenceProblems(String fileName, long size, Optional<EvidenceType> type) {
        List<Violation> problems = new ArrayList<>();
        String name = safeFileName(fileName);
        if (type.isEmpty()) {
            problems.add(new Violation("evidence", "report.evidenceType",
                    "'" + name + "' is not a JPEG or PNG photo or a PDF", name));
        }
        if (size <= 0) {
            problems.add(new Violation("evidence", "report.evidenceEmpty", "'" + name + "' is empty", name));
        } else if (size > MAX_EVIDENCE_BYTES) {
            problems.add(new Violation("evidence", "report.evidenceTooLarge",
                    "'" + name + "' is larger than " + MAX_EVIDENCE_BYTES / (1024 * 1024) + " MB", name,
                    MAX_EVIDENCE_BYTES / (1024 * 1024)));
        }
        return problems;
    }

    /** A file name without any directory part or control characters, at most {@link #MAX_FILE_NAME} long. */
    public static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file";
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(name.length() - MAX_FILE_NAME);
    }

    /** Attaches an already stored file; refused beyond {@link #MAX_EVIDENCE_FILES} or when the file breaks the rules. */
    public EvidenceFile attach(String fileName, EvidenceType type, long size, String sha256, String storageKey,
                               String uploadedBy, LocalDateTime at) {
        List<Violation> problems = new ArrayList<>(evidenceProblems(fileName, size, Optional.ofNullable(type)));
        if (evidence.size() >= MAX_EVIDENCE_FILES) {
            problems.add(new Violation("evidence", "report.tooManyFiles",
                    "A report carries at most " + MAX_EVIDENCE_FILES + " files", MAX_EVIDENCE_FILES));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        EvidenceFile file = new EvidenceFile(this, safeFileName(fileName), type, size, sha256, storageKey, uploadedBy, at);
        evidence.add(file);
        return file;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public YearMonth month() {
        return YearMonth.from(reportMonth);
    }

    public Optional<EvidenceFile> evidence(Long evidenceId) {
        return evidence.stream().filter(e -> Objects.equals(e.getId(), evidenceId)).findFirst();
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public LocalDate getReportMonth() { return reportMonth; }
    public BigDecimal getInvestmentThisMonth() { return investmentThisMonth; }
    public BigDecimal getCumulativeInvestment() { return cumulativeInvestment; }
    public String getCorrectionNote() { return correctionNote; }
    public BigDecimal getPhysicalProgress() { return physicalProgress; }
    public String getProblems() { return problems; }
    public List<CoordinationRequest> getCoordination() { return Collections.unmodifiableList(coordination); }
    public List<EvidenceFile> getEvidence() { return Collections.unmodifiableList(evidence); }
    public String getSubmittedBy() { return submittedBy; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isLate() { return late; }
    public long getVersion() { return version; }
}
