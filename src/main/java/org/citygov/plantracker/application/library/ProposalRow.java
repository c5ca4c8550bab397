package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.library.ProposalStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One proposal in a round's list. Investment before is null for a new project; after is null for a stage change. */
public record ProposalRow(Long id, String roundCode, ProposalKind kind, ProposalStatus status, String projectCode,
                          String projectNameZh, String projectNameEn, String leadUnitCode, String leadUnitNameZh,
                          String leadUnitNameEn, String programCode, BigDecimal investmentBefore,
                          BigDecimal investmentAfter, String reason, String submittedBy, LocalDateTime submittedAt,
                          String reviewedBy, String reviewComment, long version) implements Serializable {
}
