package org.citygov.plantracker.domain.model.funding;

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
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Money for a project from one source in one year: requested by the office, approved (possibly
 * lower) by the finance bureau, disbursed against the approval. Amounts in yuan.
 */
@Entity
@Table(name = "funding_line")
public class FundingLine {

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

    @Column(name = "disbursed", nullable = false, precision = 19, scale = 2)
    private BigDecimal disbursed = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private FundingLineStatus status;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Version
    private long version;

    protected FundingLine() {
    }

    /** A request from the project office. */
    public FundingLine(Project project, FundingSource source, int fiscalYear, BigDecimal requested) {
        this.project = Objects.requireNonNull(project, "project");
        this.source = Objects.requireNonNull(source, "source");
        if (fiscalYear < project.getPlannedStart().getYear() || fiscalYear > project.getPlannedFinish().getYear()) {
            throw new RuleViolation("fiscalYear", "funding.yearOutsideSpan",
                    "Year " + fiscalYear + " is outside the project's span", fiscalYear,
                    project.getPlannedStart().getYear(), project.getPlannedFinish().getYear());
        }
        if (requested == null || requested.signum() < 0) {
            throw new RuleViolation("requested", "funding.negative", "Amounts cannot be negative");
        }
        this.fiscalYear = fiscalYear;
        this.requested = requested.setScale(2, RoundingMode.HALF_UP);
        this.status = FundingLineStatus.REQUESTED;
    }

    /** Approves the line, for the requested amount or less. */
    public void approve(BigDecimal amount, String comment) {
        if (amount == null || amount.signum() < 0) {
            throw new RuleViolation("approved", "funding.negative", "Amounts cannot be negative");
        }
        if (amount.compareTo(requested) > 0) {
            throw new RuleViolation("approved", "funding.approvedAboveRequested",
                    "The approved amount cannot exceed the requested amount", amount, requested);
        }
        if (amount.compareTo(disbursed) < 0) {
            throw new RuleViolation("approved", "funding.approvedBelowDisbursed",
                    "The approved amount cannot be below what was already disbursed", amount, disbursed);
        }
        this.approved = amount.setScale(2, RoundingMode.HALF_UP);
        this.status = FundingLineStatus.APPROVED;
        this.reviewComment = comment;
    }

    /** Records money paid out (negative for a reversal); the total stays within 0 … approved. */
    public void addDisbursed(BigDecimal amount) {
        BigDecimal next = disbursed.add(amount);
        if (status != FundingLineStatus.APPROVED) {
            throw new RuleViolation("amount", "funding.notApproved", "Only approved lines can be disbursed");
        }
        if (next.signum() < 0) {
            throw new RuleViolation("amount", "funding.disbursedNegative", "Disbursements cannot go below zero");
        }
        if (next.compareTo(approved) > 0) {
            throw new RuleViolation("amount", "funding.disbursedAboveApproved",
                    "Disbursed cannot exceed the approved amount", next, approved);
        }
        this.disbursed = next;
    }

    public BigDecimal approvedOrZero() {
        return status == FundingLineStatus.APPROVED && approved != null ? approved : BigDecimal.ZERO;
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
    public long getVersion() { return version; }
}
