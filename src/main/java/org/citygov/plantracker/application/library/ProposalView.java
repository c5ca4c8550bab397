package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.library.ReviewDecision;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.service.library.FieldChange;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One proposal with everything a reviewer needs: what it asks, field by field before → after
 * ({@code changes}; every field of a new project), its outputs and foreseen funding, the reason,
 * the decision so far, and for a move to 新开工 the project's readiness gates. The flags say what
 * the reader may do with it now.
 */
public record ProposalView(Long id, String roundCode, String roundNameZh, String roundNameEn, boolean roundOpen,
                           ProposalKind kind, ProposalStatus status, String projectCode, String projectNameZh,
                           String projectNameEn, boolean projectExists, String leadUnitCode, String leadUnitNameZh,
                           String leadUnitNameEn, String planCode, String programCode, String programTitleZh,
                           String programTitleEn, String jurisdictionCode, String jurisdictionNameZh,
                           String jurisdictionNameEn, Category category, String nameZh, String nameEn,
                           String description, LocalDate plannedStart, LocalDate plannedFinish,
                           BigDecimal totalInvestment, List<FieldChange> changes, List<OutputView> outputs,
                           List<OutputView> outputsBefore, List<FundingView> funding, BigDecimal fundingTotal,
                           String reason, String submittedBy, LocalDateTime submittedAt, String reviewedBy,
                           LocalDateTime reviewedAt, ReviewDecision decision, String reviewComment,
                           LocalDateTime appliedAt, long version, ReadinessView readiness, boolean canReview, boolean canReopen,
                           boolean canRevise, boolean canCancel) implements Serializable {

    /** The proposal as the draft it was submitted as, to revise it. */
    public ProposalDraft asDraft() {
        return new ProposalDraft(roundCode, kind, projectCode, nameZh, nameEn, description, programCode,
                jurisdictionCode, category, plannedStart, plannedFinish, totalInvestment,
                outputs.stream().map(o -> new ProposalDraft.OutputLine(o.targetCode(), o.jurisdictionCode(),
                        o.quantity(), o.unit())).toList(),
                funding.stream().map(f -> new ProposalDraft.FundingDraft(f.sourceCode(), f.fiscalYear(), f.amount()))
                        .toList(),
                reason);
    }

    /** A planned output with its target's wording and the place's name. */
    public record OutputView(String targetCode, String targetDescriptionZh, String targetDescriptionEn,
                             String jurisdictionCode, String jurisdictionNameZh, String jurisdictionNameEn,
                             BigDecimal quantity, String unit) implements Serializable {
    }

    /** Foreseen money from one source in one year, yuan. */
    public record FundingView(String sourceCode, String sourceNameZh, String sourceNameEn, int fiscalYear,
                              BigDecimal amount) implements Serializable {
    }
}
