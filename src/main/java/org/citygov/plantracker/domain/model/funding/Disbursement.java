package org.citygov.plantracker.domain.model.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 拨付 — one entry of a funding line's disbursement ledger: money paid out on a date against a
 * voucher. The ledger is append-only: an entry is never edited or deleted; a mistake is corrected
 * by a reversing entry (the opposite amount) that names the entry it reverses. Created only by
 * {@link FundingLine#disburse} and {@link FundingLine#reverse}, which keep the line's total in step.
 */
@Entity
@Table(name = "funding_disbursement")
public class Disbursement {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "funding_line_id", nullable = false, updatable = false)
    private FundingLine line;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    /** Yuan; negative for a reversing entry. */
    @Column(name = "amount", nullable = false, precision = 19, scale = 2, updatable = false)
    private BigDecimal amount;

    /** 凭证号 — the payment voucher number. */
    @Column(name = "voucher_no", length = 64, updatable = false)
    private String voucherNo;

    @Column(name = "note", length = 2000, updatable = false)
    private String note;

    /** The entry this one reverses, for a correction. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverses_id", updatable = false)
    private Disbursement reverses;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected Disbursement() {
    }

    Disbursement(FundingLine line, LocalDate paidOn, BigDecimal amount, String voucherNo, String note,
                 Disbursement reverses, String recordedBy, LocalDateTime recordedAt) {
        this.line = Objects.requireNonNull(line, "line");
        this.paidOn = Objects.requireNonNull(paidOn, "paidOn");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.voucherNo = voucherNo;
        this.note = note;
        this.reverses = reverses;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A correction of an earlier entry (冲销), not a payment. */
    public boolean isReversal() {
        return reverses != null;
    }

    public Long getId() { return id; }
    public FundingLine getLine() { return line; }
    public LocalDate getPaidOn() { return paidOn; }
    public BigDecimal getAmount() { return amount; }
    public String getVoucherNo() { return voucherNo; }
    public String getNote() { return note; }
    public Disbursement getReverses() { return reverses; }
    public String getRecordedBy() { return recordedBy; }
    public LocalDateTime getRecordedAt() { return recordedAt; }
}
