package org.citygov.plantracker.interfaces.rest.dto;

import org.citygov.plantracker.application.plan.PlanRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Plan", description = "A loaded plan. `current` marks the one the plan resources read when no `plan` parameter is given.")
public record PlanDto(@Schema(example = "ZZ-PS-14") String code, String titleZh, String titleEn,
                      @Schema(example = "郑政〔2022〕33号") String docNo, int startYear, int endYear, boolean current) {

    public static PlanDto of(PlanRef plan, boolean current) {
        return new PlanDto(plan.code(), plan.titleZh(), plan.titleEn(), plan.docNo(), plan.startYear(), plan.endYear(),
                current);
    }
}
