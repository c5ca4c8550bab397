package org.citygov.plantracker.domain.model.funding;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money for a project from one source in one year: requested by the project office, reviewed by
 * the finance bureau (approved — possibly for less —, rejected, or returned for changes), then
 * disbursed (拨付) against the approval through an append-only ledger of {@link Disbursement}s.
 * Amounts in yuan. Invariants: no negative amounts, approved ≤ requested, 0 ≤ disbursed ≤ approved,
 * disbursed = the sum of the ledger, the year within the project's span.
 */
@Entity
@Table(name = "funding_line")
public class FundingLine {

    static final int MAX_TEXT = 2000;
    static final int MAX_VOUCHER = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private FundingSource source;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "requested", nullable = false, precision = 19, scale = 2)
    private BigDecimal requested;

    @Column(name = "approved", precision = 19, scale = 2)
    private BigDecimal approved;

    /** The sum of the ledger, kept here so that lists and totals need no ledger scan. */
    @Column(name = "disbursed", nullable = false, precision = 19, scale = 2)
    private BigDecimal disbursed = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private FundingLineStatus status;

    @Column(name = "review_comment", length = MAX_TEXT)
    private String reviewComment;

    @Column(name = "request_note", length = MAX_TEXT)
    private String requestNote;

    @Column(name = "requested_by", length = 64)
    private String requestedBy;

    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @OneToMany(mappedBy = "line", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Disbursement> disbursements = new ArrayList<>();

    @Version
    private long version;

    protected FundingLine() {
    }

    /** A request from the project office (who and when not recorded: demo data, imports). */
    public FundingLine(Project project, FundingSource source, int fiscalYear, BigDecimal requested) {
        this(project, source, fiscalYear, requested, null, null, null);
    }

    /**
     * A request from the project office. The source must be active and allowed for the project's
     * category, the year within the project's span and the amount positive.
     */
    public FundingLine(Project project, FundingSource source, int fiscalYear, BigDecimal requested, String note,
                       String requestedBy, LocalDateTime requestedAt) {
        this.project = Objects.requireNonNull(project, "project");
        this.source = Objects.requireNonNull(source, "source");
        List<Violation> problems = new ArrayList<>();
        if (!source.isActive()) {
            problems.add(new Violation("source", "funding.sourceRetired",
                    "The source " + source.getCode() + " takes no new requests", source.getNameZh(), source.getNameEn()));
        } else if (!source.isAllowedFor(project.getCategory())) {
            problems.add(new Violation("source", "funding.sourceNotForCategory",
                    "The source " + source.getCode() + " may not pay for " + project.getCategory() + " projects",
                    source.getNameZh(), source.getNameEn(), project.getCategory().zh(), project.getCategory().en()));
        }
        FundingYears.of(project).check("fiscalYear", fiscalYear).ifPresent(problems::add);
        checkRequestedAmount(requested, problems);
        checkText("note", note, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.fiscalYear = fiscalYear;
        this.requested = requested.setScale(2, RoundingMode.HALF_UP);
        this.requestNote = blankToNull(note);
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = FundingLineStatus.REQUESTED;
    }

    /** Approves the line, for the requested amount or less (demo data, imports). */
    public void approve(BigDecimal amount, String comment) {
        approve(amount, comment, null, null);
    }

    /** 批准 — approves the pending line for the requested amount or less (less needs a comment). */
    public void approve(BigDecimal amount, String comment, String reviewer, LocalDateTime at) {
        List<Violation> problems = new ArrayList<>();
        requirePending(problems);
        if (amount == null) {
            problems.add(new Violation("approved", "funding.approvedRequired", "Give the approved amount"));
        } else if (amount.signum() < 0) {
            problems.add(new Violation("approved", "funding.negative", "Amounts cannot be negative"));
        } else if (InputPolicy.amount("approved", amount).isPresent()) {
            problems.add(InputPolicy.amount("approved", amount).get());
        } else if (amount.compareTo(requested) > 0) {
            problems.add(new Violation("approved", "funding.approvedAboveRequested",
                    "The approved amount " + amount + " exceeds the requested " + requested,
                    amount.movePointLeft(4), requested.movePointLeft(4))); // people read 万元 (issue 16 item 8)
        } else if (problems.isEmpty() && amount.compareTo(requested) < 0 && (comment == null || comment.isBlank())) {
            // the office reads why it got less than it asked for
            problems.add(new Violation("comment", "funding.lessNeedsComment",
                    "Approving less than requested needs a comment saying why", amount, requested));
        }
        checkText("comment", comment, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.approved = amount.setScale(2, RoundingMode.HALF_UP);
        decided(FundingLineStatus.APPROVED, comment, reviewer, at);
    }

    /**
     * 导入 — the line's record as a portfolio workbook gives it: requested, approved, status and the day
     * it was decided (as written, not today); checked by the importer before.
     */
    public void restoreRecord(BigDecimal newRequested, BigDecimal newApproved, FundingLineStatus newStatus,
                              LocalDateTime decidedAt, String decidedBy) {
        this.requested = newRequested.setScale(2, RoundingMode.HALF_UP);
        this.approved = newApproved == null ? null : newApproved.setScale(2, RoundingMode.HALF_UP);
        this.status = Objects.requireNonNull(newStatus, "status");
        if (newStatus != FundingLineStatus.REQUESTED) {
            this.reviewedAt = decidedAt;
            this.reviewedBy = decidedBy;
        } else {
            this.reviewedAt = null;
            this.reviewedBy = null;
        }
    }

    /** 不予批准 — rejects the pending line; the reason is required. */
    public void reject(String comment, String reviewer, LocalDateTime at) {
        decideWithoutMoney(FundingLineStatus.REJECTED, comment, reviewer, at);
    }

    /** 退回 — returns the pending line to the office for changes; what to change is required. */
    public void returnForChanges(String comment, String reviewer, LocalDateTime at) {
        decideWithoutMoney(FundingLineStatus.RETURNED, comment, reviewer, at);
    }

    /** The office changes a returned request and sends it back for review. */
    public void resubmit(BigDecimal newRequested, String note, String by, LocalDateTime at) {
        List<Violation> problems = new ArrayList<>();
        if (status != FundingLineStatus.RETURNED) {
            problems.add(new Violation("status", "funding.notReturned",
                    "Only a returned line can be changed and sent again"));
        }
        checkRequestedAmount(newRequested, problems);
        checkText("note", note, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.requested = newRequested.setScale(2, RoundingMode.HALF_UP);
        this.requestNote = blankToNull(note);
        this.requestedBy = by;
        this.requestedAt = at;
        this.status = FundingLineStatus.REQUESTED;
    }

    /**
     * 拨付 — records a payment against the approval: a positive amount, paid on a date not after
     * {@code recordedAt}, with its voucher number; the total disbursed may not exceed the approval.
     */
    public Disbursement disburse(LocalDate paidOn, BigDecimal amount, String voucherNo, String note,
                                 String recordedBy, LocalDateTime recordedAt) {
        List<Violation> problems = new ArrayList<>();
        if (status != FundingLineStatus.APPROVED) {
            problems.add(new Violation("status", "funding.notApproved", "Only approved lines can be disbursed"));
        }
        checkPaidOn(paidOn, recordedAt, problems);
        if (amount == null || amount.signum() <= 0) {
            problems.add(new Violation("amount", "funding.disbursementNotPositive",
                    "A disbursement must be a positive amount"));
        } else if (InputPolicy.amount("amount", amount).isPresent()) {
            problems.add(InputPolicy.amount("amount", amount).get());
        } else if (status == FundingLineStatus.APPROVED && disbursed.add(amount).compareTo(approved) > 0) {
            problems.add(new Violation("amount", "funding.disbursedAboveApproved",
                    "Disbursed would be " + disbursed.add(amount) + ", above the approved " + approved,
                    disbursed.add(amount).movePointLeft(4), approved.movePointLeft(4))); // in 万元
        }
        if (voucherNo == null || voucherNo.isBlank()) {
            problems.add(new Violation("voucherNo", "funding.voucherRequired", "Give the voucher number"));
        } else if (voucherNo.trim().length() > MAX_VOUCHER) {
            problems.add(new Violation("voucherNo", "funding.voucherTooLong", "The voucher number is too long"));
        }
        checkText("note", note, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Disbursement entry = new Disbursement(this, paidOn, amount.setScale(2, RoundingMode.HALF_UP),
                voucherNo.trim(), blankToNull(note), null, recordedBy, recordedAt);
        append(entry);
        return entry;
    }

    /**
     * 冲销 — corrects a payment by a reversing entry of the opposite amount. Only a payment of this
     * line that has not been reversed yet can be reversed, and the reason is required. A reversing
     * entry itself is never reversed: pay again instead.
     */
    public Disbursement reverse(Disbursement original, LocalDate on, String reason, String recordedBy,
                                LocalDateTime recordedAt) {
        List<Violation> problems = new ArrayList<>();
        if (original == null || !disbursements.contains(original)) {
            problems.add(new Violation("entry", "funding.entryNotOnLine", "The entry is not in this line's ledger"));
        } else if (original.isReversal()) {
            problems.add(new Violation("entry", "funding.reverseReversal", "A reversing entry cannot be reversed"));
        } else if (reversalOf(original).isPresent()) {
            problems.add(new Violation("entry", "funding.alreadyReversed", "This entry has already been reversed"));
        } else if (on != null && on.isBefore(original.getPaidOn())) {
            problems.add(new Violation("paidOn", "funding.reversalBeforePayment",
                    "A reversal cannot be dated before the payment it corrects (" + original.getPaidOn() + ")",
                    original.getPaidOn()));
        }
        checkPaidOn(on, recordedAt, problems);
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("note", "funding.reversalReason", "Say why the entry is reversed"));
        }
        checkText("note", reason, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Disbursement entry = new Disbursement(this, on, original.getAmount().negate(), original.getVoucherNo(),
                reason.trim(), original, recordedBy, recordedAt);
        append(entry);
        return entry;
    }

    /** The entry that reverses {@code entry}, if any. */
    public Optional<Disbursement> reversalOf(Disbursement entry) {
        return disbursements.stream().filter(d -> d.getReverses() != null && (d.getReverses() == entry
                || d.getReverses().getId() != null && Objects.equals(d.getReverses().getId(), entry.getId())))
                .findFirst();
    }

    /** The sum of the ledger; always equal to {@link #getDisbursed()}. */
    public BigDecimal ledgerTotal() {
        return disbursements.stream().map(Disbursement::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal approvedOrZero() {
        return status == FundingLineStatus.APPROVED && approved != null ? approved : BigDecimal.ZERO;
    }

    /** Approved money not yet paid out. */
    public BigDecimal undisbursed() {
        return approvedOrZero().subtract(disbursed);
    }

    private void append(Disbursement entry) {
        BigDecimal next = disbursed.add(entry.getAmount());
        if (next.signum() < 0 || next.compareTo(approvedOrZero()) > 0) {
            // guarded above; a breach here is a bug, never user input
            throw new IllegalStateException("Ledger of line " + id + " would total " + next);
        }
        disbursements.add(entry);
        this.disbursed = next;
    }

    private void decideWithoutMoney(FundingLineStatus outcome, String comment, String reviewer, LocalDateTime at) {
        List<Violation> problems = new ArrayList<>();
        requirePending(problems);
        if (comment == null || comment.isBlank()) {
            problems.add(new Violation("comment", "funding.commentRequired",
                    "Rejecting or returning a request needs a comment"));
        }
        checkText("comment", comment, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.approved = null;
        decided(outcome, comment, reviewer, at);
    }

    private void decided(FundingLineStatus outcome, String comment, String reviewer, LocalDateTime at) {
        this.status = outcome;
        this.reviewComment = blankToNull(comment);
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    private void requirePending(List<Violation> problems) {
        if (status != FundingLineStatus.REQUESTED) {
            problems.add(new Violation("status", "funding.notPending",
                    "Only a pending request can be reviewed; this line is " + status));
        }
    }

    private static void checkRequestedAmount(BigDecimal amount, List<Violation> problems) {
        if (amount == null || amount.signum() < 0) {
            problems.add(new Violation("requested", "funding.negative", "Amounts cannot be negative"));
        } else if (amount.signum() == 0) {
            problems.add(new Violation("requested", "funding.requestNotPositive", "Request an amount above zero"));
        } else if (InputPolicy.amount("requested", amount).isPresent()) {
            problems.add(InputPolicy.amount("requested", amount).get());
        }
    }

    private static void checkPaidOn(LocalDate paidOn, LocalDateTime recordedAt, List<Violation> problems) {
        if (paidOn == null) {
            problems.add(new Violation("paidOn", "funding.paidOnRequired", "Give the payment date"));
        } else if (!InputPolicy.withinWindow(paidOn)) {
            problems.add(InputPolicy.date("paidOn", paidOn).orElseThrow());
        } else if (recordedAt != null && paidOn.isAfter(recordedAt.toLocalDate())) {
            problems.add(new Violation("paidOn", "funding.paidOnInFuture",
                    "The payment date " + paidOn + " is in the future", paidOn));
        }
    }

    private static void checkText(String field, String text, List<Violation> problems) {
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new Violation(field, "funding.textTooLong", "At most 2000 characters", MAX_TEXT));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() { return id; }
    public Project getProject() { return project; }
    public FundingSource getSource() { return source; }
    public int getFiscalYear() { return fiscalYear; }
    public BigDecimal getRequested() { return requested; }
    public BigDecimal getApproved() { return approved; }
    public BigDecimal getDisbursed() { return disbursed; }
    public FundingLineStatus getStatus() { return status; }
    public String getReviewComment() { return reviewComment; }
    public String getRequestNote() { return requestNote; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public LocalDateTime getReviewedAt() { return reviewedAt; }
    public List<Disbursement> getDisbursements() { return Collections.unmodifiableList(disbursements); }
    public long getVersion() { return version; }
}
