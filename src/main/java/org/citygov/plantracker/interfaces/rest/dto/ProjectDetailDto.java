package org.citygov.plantracker.interfaces.rest.dto;

import org.citygov.plantracker.application.project.ProjectDetail;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "ProjectDetail", description = "One project with its milestones, outputs, funding lines and funding totals. Amounts in yuan.")
public record ProjectDetailDto(String code, String nationalCode, String nameZh, String nameEn,
                               ProgramRefDto program, UnitRefDto jurisdiction, UnitRefDto leadUnit,
                               Category category, Stage stage,
                               @Schema(description = "Why the project was withdrawn (调出)") String withdrawalReason,
                               LocalDate plannedStart, LocalDate plannedFinish,
                               @Schema(description = "Latest expected milestone date (actual, forecast or baseline), else the planned finish")
                               LocalDate forecastFinish,
                               @Schema(description = "总投资 in yuan") BigDecimal totalInvestment,
                               @Schema(description = "总投资 in 万元, 2 decimals") BigDecimal totalInvestmentWanYuan,
                               @Schema(description = "Weighted over the milestones, 0–100") BigDecimal percentComplete,
                               String description,
                               boolean sample,
                               @Schema(description = "Optimistic-lock version, for later edits") long version,
                               List<Milestone> milestones,
                               List<Output> outputs,
                               List<FundingLine> funding,
                               FundingTotals fundingTotals) {

    @Schema(name = "Milestone", description = "A dated step: original baseline, current approved baseline, forecast and actual dates")
    public record Milestone(Long id, int seqNo, String nameZh, String nameEn, MilestoneKind kind,
                            LocalDate originalBaseline, LocalDate baseline, LocalDate forecast, LocalDate actual,
                            BigDecimal weight, BigDecimal percentComplete, String note) {
    }

    @Schema(name = "ProjectOutput", description = "What the project delivers toward a plan target, in a jurisdiction")
    public record Output(Long id, @Schema(example = "C1.4-T8") String targetCode, String targetDescriptionZh,
                         String targetDescriptionEn, UnitRefDto jurisdiction, String unit, BigDecimal plannedQuantity,
                         BigDecimal actualQuantity, boolean confirmed, Integer facilityCapacity, Boolean inclusive,
                         String description) {
    }

    @Schema(name = "FundingLine", description = "Money from one source in one year: requested, approved (possibly lower), disbursed; yuan")
    public record FundingLine(Long id, UnitRefDto source, boolean government, int fiscalYear, BigDecimal requested,
                              BigDecimal approved, BigDecimal disbursed, FundingLineStatus status,
                              String reviewComment) {
    }

    @Schema(name = "FundingTotals", description = "Sums over the funding lines, yuan: `approved` is the secured money; `unsecured` (未落实) = total investment − approved, never below 0")
    public record FundingTotals(BigDecimal requested, BigDecimal approved, BigDecimal disbursed, BigDecimal unsecured) {
    }

    public static ProjectDetailDto of(ProjectDetail p) {
        ProjectDetail.FundingTotals t = p.fundingTotals();
        return new ProjectDetailDto(p.code(), p.nationalCode(), p.nameZh(), p.nameEn(),
                new ProgramRefDto(p.programCode(), p.programTitleZh(), p.programTitleEn()),
                UnitRefDto.of(p.jurisdictionCode(), p.jurisdictionNameZh(), p.jurisdictionNameEn()),
                UnitRefDto.of(p.leadUnitCode(), p.leadUnitNameZh(), p.leadUnitNameEn()),
                p.category(), p.stage(), p.withdrawalReason(), p.plannedStart(), p.plannedFinish(),
                p.forecastFinish(), p.totalInvestment(), Money.toWanYuan(p.totalInvestment()), p.percentComplete(),
                p.description(), p.sample(), p.version(),
                p.milestones().stream().map(m -> new Milestone(m.id(), m.seqNo(), m.nameZh(), m.nameEn(), m.kind(),
                        m.originalBaseline(), m.baseline(), m.forecast(), m.actual(), m.weight(), m.percentComplete(),
                        m.note())).toList(),
                p.outputs().stream().map(o -> new Output(o.id(), o.targetCode(), o.targetDescriptionZh(),
                        o.targetDescriptionEn(), UnitRefDto.of(o.jurisdictionCode(), o.jurisdictionNameZh(), null),
                        o.unit(), o.plannedQuantity(), o.actualQuantity(), o.confirmed(), o.facilityCapacity(),
                        o.inclusive(), o.description())).toList(),
                p.funding().stream().map(f -> new FundingLine(f.id(),
                        UnitRefDto.of(f.sourceCode(), f.sourceNameZh(), f.sourceNameEn()), f.government(),
                        f.fiscalYear(), f.requested(), f.approved(), f.disbursed(), f.status(), f.reviewComment()))
                        .toList(),
                new FundingTotals(t.requested(), t.approved(), t.disbursed(), t.unsecured()));
    }
}
