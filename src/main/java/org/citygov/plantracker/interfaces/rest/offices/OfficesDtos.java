package org.citygov.plantracker.interfaces.rest.offices;

import org.citygov.plantracker.domain.model.project.Stage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Request and response bodies of the offices' API (JSON). Amounts in yuan, dates ISO-8601, months yyyy-MM. */
public final class OfficesDtos {

    private OfficesDtos() {
    }

    @Schema(description = "An update of one milestone. Omitted percent or forecast keep the stored value; "
            + "an actual date completes the milestone (100 %); no actual date reopens a completed one.")
    public record MilestoneUpdateRequest(
            @Schema(description = "The version you read (optimistic locking); a different stored version answers 409",
                    required = true, example = "3") Long version,
            @Schema(description = "Percent complete, 0–100", example = "60") BigDecimal percentComplete,
            @Schema(description = "Forecast date; not before today unless the milestone is done", example = "2026-06-30")
            LocalDate forecast,
            @Schema(description = "The day the milestone was met; not in the future, not before the project's start")
            LocalDate actual,
            @Schema(description = "Note, at most 2000 characters") String note) {
    }

    @Schema(description = "A step of a project's milestone plan (储备/前期). Weights are relative: they need not add up to 100.")
    public record MilestonePlanRequest(
            @Schema(description = "The version you read (changes only; optimistic locking)", example = "1") Long version,
            @Schema(description = "Chinese name", required = true, example = "施工许可") String nameZh,
            @Schema(description = "English name", example = "Construction permit") String nameEn,
            @Schema(description = "PREPARATION (前期), CONSTRUCTION (施工), COMPLETION (竣工验收), OPERATION (投用)",
                    required = true) org.citygov.plantracker.domain.model.project.MilestoneKind kind,
            @Schema(description = "Relative weight, 0–99999", required = true, example = "10") BigDecimal weight,
            @Schema(description = "Baseline date", required = true, example = "2027-03-31") LocalDate baseline,
            @Schema(description = "Where to add it (1-based); omitted: last") Integer position) {

        org.citygov.plantracker.domain.model.project.MilestonePlanItem item() {
            return new org.citygov.plantracker.domain.model.project.MilestonePlanItem(nameZh, nameEn, kind, weight,
                    baseline);
        }
    }

    @Schema(description = "A new place for a planned milestone")
    public record MilestonePositionRequest(
            @Schema(description = "The version you read", required = true) Long version,
            @Schema(description = "New position, 1-based", required = true, example = "2") Integer position) {
    }

    @Schema(description = "A monthly progress report (月度调度). One per project per month.")
    public record ReportRequest(
            @Schema(description = "Reporting month", example = "2026-10", required = true) String month,
            @Schema(description = "本月完成投资, yuan", example = "1200000.00", required = true) BigDecimal investmentThisMonth,
            @Schema(description = "累计完成投资, yuan; may go down from the previous month only with a correction note",
                    example = "8300000.00", required = true) BigDecimal cumulativeInvestment,
            @Schema(description = "Why the cumulative figure went down (a correction)") String correctionNote,
            @Schema(description = "形象进度, percent 0–100", example = "45", required = true) BigDecimal physicalProgress,
            @Schema(description = "存在问题") String problems,
            @Schema(description = "协调事项, each addressed to a department") List<CoordinationDto> coordination) {
    }

    public record CoordinationDto(
            @Schema(description = "The department asked", example = "市自然资源和规划局") String department,
            @Schema(description = "What it is asked to resolve") String request) {
    }

    @Schema(description = "A request for new baseline dates")
    public record RebaselineRequestDto(
            @Schema(description = "Why the schedule must move", required = true) String reason,
            @Schema(description = "The milestones and their new baseline dates", required = true)
            List<ProposedDateDto> milestones) {
    }

    public record ProposedDateDto(Long milestoneId, LocalDate newBaseline) {
    }

    @Schema(description = "The city government's decision on a re-baseline request (role CITY_GOV)")
    public record DecisionDto(
            @Schema(description = "The request version you read", required = true) Long version,
            @Schema(description = "true approves, false rejects", required = true) Boolean approve,
            @Schema(description = "Comment; required when rejecting") String comment) {
    }

    @Schema(description = "A stage change: 储备 RESERVE → 前期 PREPARATION → 新开工 NEW_START → 续建 CONTINUING → "
            + "竣工 COMPLETED → 投用 IN_USE, or 调出 WITHDRAWN with a reason")
    public record StageChangeDto(
            @Schema(description = "The project version you read", required = true) Long version,
            @Schema(required = true) Stage stage,
            @Schema(description = "Required for WITHDRAWN") String reason) {
    }

    @Schema(description = "The confirmed actual quantity of an output (counts toward its plan target from then on)")
    public record OutputConfirmationDto(
            @Schema(description = "The output version you read", required = true) Long version,
            @Schema(required = true) BigDecimal actualQuantity) {
    }

    @Schema(description = "One recorded change: who, when, what, before → after")
    public record HistoryDto(Long id, LocalDateTime occurredAt, String username, String action, String actionText,
                             String entityType, Long entityId, String subject, String field, String fieldText,
                             String before, String after, String comment) {
    }

    @Schema(description = "An accepted workbook upload")
    public record WorkbookResultDto(int rowsRead, int rowsChanged) {
    }
}
