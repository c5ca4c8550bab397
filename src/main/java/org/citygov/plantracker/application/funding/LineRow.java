package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One funding line in a list (review queue, lines by source/year, an office's requests): a read
 * model built by a JPQL constructor expression, with its project's 区县(市) and program.
 */
public record LineRow(Long id, long version, String projectCode, String projectNameZh, String projectNameEn,
                      boolean sample, BigDecimal totalInvestment, String districtCode, String districtNameZh,
                      String districtNameEn, String programCode, String leadUnitNameZh, String leadUnitNameEn,
                      String sourceCode, String sourceNameZh, String sourceNameEn, boolean government, int fiscalYear,
                      BigDecimal requested, BigDecimal approved, BigDecimal disbursed, FundingLineStatus status,
                      String requestNote, String requestedBy, LocalDateTime requestedAt, String reviewComment,
                      String reviewedBy, LocalDateTime reviewedAt) implements Serializable {

    /** Built by the JPQL constructor expression; finds the 区县(市) among the unit and its two ancestors. */
    public LineRow(Long id, long version, String projectCode, String projectNameZh, String projectNameEn,
                   boolean sample, BigDecimal totalInvestment,
                   String jCode, String jNameZh, String jNameEn, JurisdictionLevel jLevel,
                   String pCode, String pNameZh, String pNameEn, JurisdictionLevel pLevel,
                   String gCode, String gNameZh, String gNameEn, JurisdictionLevel gLevel,
                   String programCode, String leadUnitNameZh, String leadUnitNameEn,
                   String sourceCode, String sourceNameZh, String sourceNameEn, boolean government, int fiscalYear,
                   BigDecimal requested, BigDecimal approved, BigDecimal disbursed, FundingLineStatus status,
                   String requestNote, String requestedBy, LocalDateTime requestedAt, String reviewComment,
                   String reviewedBy, LocalDateTime reviewedAt) {
        this(id, version, projectCode, projectNameZh, projectNameEn, sample, totalInvestment,
                jLevel == JurisdictionLevel.DISTRICT ? jCode : pLevel == JurisdictionLevel.DISTRICT ? pCode
                        : gLevel == JurisdictionLevel.DISTRICT ? gCode : null,
                jLevel == JurisdictionLevel.DISTRICT ? jNameZh : pLevel == JurisdictionLevel.DISTRICT ? pNameZh
                        : gLevel == JurisdictionLevel.DISTRICT ? gNameZh : jNameZh,
                jLevel == JurisdictionLevel.DISTRICT ? jNameEn : pLevel == JurisdictionLevel.DISTRICT ? pNameEn
                        : gLevel == JurisdictionLevel.DISTRICT ? gNameEn : jNameEn,
                programCode, leadUnitNameZh, leadUnitNameEn, sourceCode, sourceNameZh, sourceNameEn, government,
                fiscalYear, requested, approved, disbursed, status, requestNote, requestedBy, requestedAt,
                reviewComment, reviewedBy, reviewedAt);
    }

    public boolean pending() {
        return status == FundingLineStatus.REQUESTED;
    }
}
