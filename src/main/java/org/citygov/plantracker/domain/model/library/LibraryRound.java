package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 滚动调整轮次 — one yearly round of the rolling project library (e.g. "2024 年度滚动调整"): the city
 * opens it with a submission deadline; project offices submit proposals until the end of that day;
 * the city reviews them; closing the round applies the approved ones and freezes a snapshot.
 */
@Entity
@Table(name = "library_round")
public class LibraryRound {

    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 32, updatable = false)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    /** The plan whose programs and targets new projects are proposed under. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "submission_deadline", nullable = false)
    private LocalDate submissionDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RoundStatus status;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    private long version;

    protected LibraryRound() {
    }

    /** Opens a round; the deadline may not lie before {@code today}. */
    public LibraryRound(String code, String nameZh, String nameEn, int fiscalYear, Plan plan,
                        LocalDate submissionDeadline, String openedBy, LocalDateTime openedAt, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (code == null || !code.trim().matches(CODE_PATTERN)) {
            problems.add(new Violation("code", "library.round.codeFormat",
                    "A round code is 1–32 letters, digits, '_' or '-'", code));
        }
        if (nameZh == null || nameZh.isBlank()) {
            problems.add(new Violation("nameZh", "library.round.nameRequired", "The round needs a Chinese name"));
        }
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            problems.add(new Violation("fiscalYear", "library.round.yearRange", "The year must be between 2000 and 2100",
                    String.valueOf(fiscalYear)));
        }
        if (plan == null) {
            problems.add(new Violation("plan", "library.round.planRequired", "The round needs a plan"));
        }
        checkDeadline(submissionDeadline, today, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.code = code.trim();
        this.nameZh = nameZh.trim();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
        this.fiscalYear = fiscalYear;
        this.plan = plan;
        this.submissionDeadline = submissionDeadline;
        this.status = RoundStatus.OPEN;
        this.openedBy = Objects.requireNonNull(openedBy, "openedBy");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
    }

    private static void checkDeadline(LocalDate deadline, LocalDate today, List<Violation> problems) {
        if (deadline == null) {
            problems.add(new Violation("submissionDeadline", "library.round.deadlineRequired",
                    "The round needs a submission deadline"));
        } else if (deadline.isBefore(today)) {
            problems.add(new Violation("submissionDeadline", "library.round.deadlineInPast",
                    "The submission deadline " + deadline + " is before today (" + today + ")", deadline, today));
        }
    }

    /** Which phase the round is in on {@code today}. */
    public RoundPhase phaseOn(LocalDate today) {
        if (status == RoundStatus.CLOSED) {
            return RoundPhase.CLOSED;
        }
        return today.isAfter(submissionDeadline) ? RoundPhase.REVIEWING : RoundPhase.COLLECTING;
    }

    /** New proposals are taken while the round is open, until the end of the deadline day. */
    public void requireAcceptsProposals(LocalDate today) {
        requireOpen();
        if (today.isAfter(submissionDeadline)) {
            throw new RuleViolation("round", "library.round.deadlinePassed",
                    "The submission deadline of round " + code + " (" + submissionDeadline + ") has passed",
                    code, submissionDeadline);
        }
    }

    /** Reviews, resubmissions of returned proposals and the close need an open round. */
    public void requireOpen() {
        if (status != RoundStatus.OPEN) {
            throw new RuleViolation("round", "library.round.closed", "Round " + code + " is closed", code);
        }
    }

    /** Moves the deadline (extends it, or brings it forward to no earlier than today). */
    public void moveDeadline(LocalDate deadline, LocalDate today) {
        requireOpen();
        List<Violation> problems = new ArrayList<>();
        checkDeadline(deadline, today, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.submissionDeadline = deadline;
    }

    /** Closes the round; the caller has applied the approved proposals and takes the snapshot. */
    public void close(String by, LocalDateTime at) {
        requireOpen();
        this.status = RoundStatus.CLOSED;
        this.closedBy = Objects.requireNonNull(by);
        this.closedAt = Objects.requireNonNull(at);
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public int getFiscalYear() { return fiscalYear; }
    public Plan getPlan() { return plan; }
    public LocalDate getSubmissionDeadline() { return submissionDeadline; }
    public RoundStatus getStatus() { return status; }
    public String getOpenedBy() { return openedBy; }
    public LocalDateTime getOpenedAt() { return openedAt; }
    public String getClosedBy() { return closedBy; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public long getVersion() { return version; }
}
