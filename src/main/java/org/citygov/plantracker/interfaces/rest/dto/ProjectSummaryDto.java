package org.citygov.plantracker.interfaces.rest.dto;

import org.citygov.plantracker.application.project.ProjectSummary;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

@Schema(name = "ProjectSummary", description = "A project of the portfolio as lists show it")
public record ProjectSummaryDto(String code,
                                @Schema(description = "24-digit 项目代码 of the national platform, once assigned") String nationalCode,
                                String nameZh, String nameEn,
                                ProgramRefDto program,
                                @Schema(description = "Where the project lies (any level)") UnitRefDto jurisdiction,
                                @Schema(description = "The 区县(市) it lies in; absent for a citywide project") UnitRefDto district,
                                @Schema(description = "项目单位 — the lead unit") UnitRefDto leadUnit,
                                Category category,
                                @Schema(description = "储备 RESERVE, 前期 PREPARATION, 新开工 NEW_START, 续建 CONTINUING, 竣工 COMPLETED, 投用 IN_USE, 调出 WITHDRAWN")
                                Stage stage,
                                LocalDate plannedStart, LocalDate plannedFinish,
                                @Schema(description = "总投资 in yuan") BigDecimal totalInvestment,
                                @Schema(description = "总投资 in 万元 (10,000 yuan), 2 decimals") BigDecimal totalInvestmentWanYuan,
                                @Schema(description = "Sample (示例) data of demo mode") boolean sample) {

    public static ProjectSummaryDto of(ProjectSummary s) {
        return new ProjectSummaryDto(s.code(), s.nationalCode(), s.nameZh(), s.nameEn(),
                new ProgramRefDto(s.programCode(), s.programTitleZh(), s.programTitleEn()),
                UnitRefDto.of(s.jurisdictionCode(), s.jurisdictionNameZh(), s.jurisdictionNameEn()),
                UnitRefDto.of(s.districtCode(), s.districtNameZh(), s.districtNameEn()),
                UnitRefDto.of(s.leadUnitCode(), s.leadUnitNameZh(), s.leadUnitNameEn()),
                s.category(), s.stage(), s.plannedStart(), s.plannedFinish(), s.totalInvestment(),
                Money.toWanYuan(s.totalInvestment()), s.sample());
    }
}
