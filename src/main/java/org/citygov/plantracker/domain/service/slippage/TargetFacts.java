package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.TargetKind;
import org.citygov.plantracker.domain.model.plan.TargetScope;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A plan target as the evaluation needs it.
 *
 * @param planStartYear first year of the plan period; stock is counted at the end of the year before
 * @param scheduleId    the staged schedule (五年三跨越) the target is a stage of, else null
 * @param groupUnitIds  the 区县(市) of a PER_JURISDICTION_GROUP target
 */
public record TargetFacts(long id, String planCode, int planStartYear, String code, int seq, String descriptionZh,
                          String descriptionEn, String section, String programCode, TargetKind kind, String metric,
                          String unit, Comparison comparison, BigDecimal value, BigDecimal min, BigDecimal max,
                          LocalDate deadline, TargetScope scope, Long scheduleId, Integer stageNo,
                          Integer minPlacesPerInstitution, Set<Long> groupUnitIds) {

    public TargetFacts {
        groupUnitIds = groupUnitIds == null ? Set.of() : groupUnitIds;
    }
}
