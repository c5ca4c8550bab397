package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import org.citygov.plantracker.domain.model.funding.Disbursement;
import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One funding line with its ledger, as the project's funding page and the API show it (yuan). */
public record LineView(Long id, long version, String projectCode, String sourceCode, String sourceNameZh,
                       String sourceNameEn, boolean government, int fiscalYear, BigDecimal requested,
                       BigDecimal approved, BigDecimal disbursed, BigDecimal undisbursed, FundingLineStatus status,
                       String requestNote, String requestedBy, LocalDateTime requestedAt, String reviewComment,
                       String reviewedBy, LocalDateTime reviewedAt, List<Entry> ledger) implements Serializable {

    /** A ledger entry; {@code reversesId} for a reversing entry, {@code reversedById} once corrected. */
    public record Entry(Long id, LocalDate paidOn, BigDecimal amount, String voucherNo, String note, Long reversesId,
                        Long reversedById, String recordedBy, LocalDateTime recordedAt) implements Serializable {

        public boolean reversal() {
            return reversesId != null;
        }

        public boolean reversible() {
            return reversesId == null && reversedById == null;
        }
    }

    static LineView of(FundingLine f) {
        List<Entry> ledger = f.getDisbursements().stream().map(d -> new Entry(d.getId(), d.getPaidOn(), d.getAmount(),
                d.getVoucherNo(), d.getNote(), d.getReverses() == null ? null : d.getReverses().getId(),
                f.reversalOf(d).map(Disbursement::getId).orElse(null), d.getRecordedBy(), d.getRecordedAt())).toList();
        return new LineView(f.getId(), f.getVersion(), f.getProject().getCode().value(), f.getSource().getCode(),
                f.getSource().getNameZh(), f.getSource().getNameEn(), f.getSource().isGovernment(), f.getFiscalYear(),
                f.getRequested(), f.getApproved(), f.getDisbursed(), f.undisbursed(), f.getStatus(), f.getRequestNote(),
                f.getRequestedBy(), f.getRequestedAt(), f.getReviewComment(), f.getReviewedBy(), f.getReviewedAt(),
                ledger);
    }

    public boolean pending() {
        return status == FundingLineStatus.REQUESTED;
    }

    public boolean approvedLine() {
        return status == FundingLineStatus.APPROVED;
    }

    public boolean returned() {
        return status == FundingLineStatus.RETURNED;
    }
}
