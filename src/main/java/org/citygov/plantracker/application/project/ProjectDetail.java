package org.citygov.plantracker.application.project;

import org.citygov.plantracker.domain.model.funding.FundingLine;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Milestone;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.project.ProjectOutput;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.service.funding.FundingPosition;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A project as the project page and the API show it. Built inside the transaction, safe to use after. */
public record ProjectDetail(String code, String nationalCode, String nameZh, String nameEn,
                            String programCode, String programTitleZh, String programTitleEn,
                            String jurisdictionCode, String jurisdictionNameZh, String jurisdictionNameEn,
                            String leadUnitCode, String leadUnitNameZh, String leadUnitNameEn,
                            Category category, Stage stage, String withdrawalReason,
                            LocalDate plannedStart, LocalDate plannedFinish, LocalDate forecastFinish,
                            BigDecimal totalInvestment, BigDecimal percentComplete, String description,
                            boolean sample, long version,
                            List<MilestoneRow> milestones, List<OutputRow> outputs, List<FundingRow> funding,
                            FundingTotals fundingTotals, List<ChapterTargetRow> filedChapterTargets)
        implements Serializable {

    /**
     * A chapter-text target the project serves while its program is only where it is filed
     * ({@link Project#filedChapterTextTargets()}): CH9-T01, chapter 9, filed under C7.1 of 专栏7.
     */
    public record ChapterTargetRow(String code, int chapterNumber, String chapterHeadingZh, String chapterTitleEn,
                                   String descriptionZh, String descriptionEn) implements Serializable {
    }

    /** Whether the program is only where the plan extraction filed the project (issue 16 item 12). */
    public boolean filedOnly() {
        return !filedChapterTargets.isEmpty();
    }

    public record MilestoneRow(Long id, int seqNo, String nameZh, String nameEn, MilestoneKind kind,
                               LocalDate originalBaseline, LocalDate baseline, LocalDate forecast, LocalDate actual,
                               BigDecimal weight, BigDecimal percentComplete, String note, long version)
            implements Serializable {
        static MilestoneRow of(Milestone m) {
            return new MilestoneRow(m.getId(), m.getSeqNo(), m.getNameZh(), m.getNameEn(), m.getKind(),
                    m.getOriginalBaseline(), m.getBaseline(), m.getForecast(), m.getActual(), m.getWeight(),
                    m.getPercentComplete(), m.getNote(), m.getVersion());
        }
    }

    public record OutputRow(Long id, String targetCode, String targetDescriptionZh, String targetDescriptionEn,
                            String jurisdictionCode, String jurisdictionNameZh, String unit,
                            BigDecimal plannedQuantity, BigDecimal actualQuantity, boolean confirmed,
                            Integer facilityCapacity, Boolean inclusive, String description, long version)
            implements Serializable {
        static OutputRow of(ProjectOutput o) {
            return new OutputRow(o.getId(), o.getTarget().getCode(), o.getTarget().getDescriptionZh(),
                    o.getTarget().getDescriptionEn(), o.getJurisdiction().getCode(), o.getJurisdiction().getNameZh(),
                    o.getUnit(), o.getPlannedQuantity(), o.getActualQuantity(), o.isConfirmed(),
                    o.getFacilityCapacity(), o.getInclusive(), o.getDescription(), o.getVersion());
        }
    }

    public record FundingRow(Long id, String sourceCode, String sourceNameZh, String sourceNameEn, boolean government,
                             int fiscalYear, BigDecimal requested, BigDecimal approved, BigDecimal disbursed,
                             FundingLineStatus status, String reviewComment, long version)
            implements Serializable {
        static FundingRow of(FundingLine f) {
            return new FundingRow(f.getId(), f.getSource().getCode(), f.getSource().getNameZh(),
                    f.getSource().getNameEn(), f.getSource().isGovernment(), f.getFiscalYear(), f.getRequested(),
                    f.getApproved(), f.getDisbursed(), f.getStatus(), f.getReviewComment(), f.getVersion());
        }
    }

    /** Requested, approved (secured), disbursed, and the unsecured gap 未落实 = total investment − approved. */
    public record FundingTotals(BigDecimal requested, BigDecimal approved, BigDecimal disbursed, BigDecimal unsecured)
            implements Serializable {
        /** The same figures as the finance pages ({@link FundingPosition}): requested leaves rejected lines out. */
        static FundingTotals of(BigDecimal totalInvestment, List<FundingLine> lines) {
            FundingPosition p = FundingPosition.of(totalInvestment, lines.stream()
                    .map(f -> new FundingPosition.Line(f.getSource().getCode(), f.getSource().isGovernment(),
                            f.getStatus(), f.getRequested(), f.getApproved(), f.getDisbursed())).toList());
            return new FundingTotals(p.requested(), p.approved(), p.disbursed(), p.unsecured());
        }
    }

    /** @param forecastFinish the slippage rules' forecast ({@code EvaluationService#forecastFinish}), the one shown everywhere */
    public static ProjectDetail of(Project p, List<FundingLine> lines, LocalDate forecastFinish) {
        return new ProjectDetail(p.getCode().value(), p.getNationalCode(), p.getNameZh(), p.getNameEn(),
                p.getProgram().getCode(), p.getProgram().getTitleZh(), p.getProgram().getTitleEn(),
                p.getJurisdiction().getCode(), p.getJurisdiction().getNameZh(), p.getJurisdiction().getNameEn(),
                p.getLeadUnit().getCode(), p.getLeadUnit().getNameZh(), p.getLeadUnit().getNameEn(),
                p.getCategory(), p.getStage(), p.getWithdrawalReason(), p.getPlannedStart(), p.getPlannedFinish(),
                forecastFinish, p.getTotalInvestment(), p.percentComplete(), p.getDescription(), p.isSample(),
                p.getVersion(),
                p.getMilestones().stream().map(MilestoneRow::of).toList(),
                p.getOutputs().stream().map(OutputRow::of).toList(),
                lines.stream().map(FundingRow::of).toList(),
                FundingTotals.of(p.getTotalInvestment(), lines),
                p.filedChapterTextTargets().stream().map(t -> new ChapterTargetRow(t.getCode(),
                        t.getChapter().getNumber(), t.getChapter().headingZh(), t.getChapter().getTitleEn(),
                        t.getDescriptionZh(), t.getDescriptionEn())).toList());
    }
}
