package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.MeasureKind;
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
 * @param measurement   how the plan declares the target is measured
 */
public record TargetFacts(long id, String planCode, int planStartYear, String code, int seq, String descriptionZh,
                          String descriptionEn, String section, String programCode, TargetKind kind, String metric,
                          String unit, Comparison comparison, BigDecimal value, BigDecimal min, BigDecimal max,
                          LocalDate deadline, TargetScope scope, Long scheduleId, Integer stageNo,
                          Integer minPlacesPerInstitution, Set<Long> groupUnitIds,
                          Measurement measurement) {

    public TargetFacts {
        groupUnitIds = groupUnitIds == null ? Set.of() : groupUnitIds;
        measurement = measurement == null ? Measurement.NOT_MEASURED : measurement;
    }

    /**
     * The declared measurement: the kind, whether only 普惠 institutions count, whether an output's
     * quantity is a number of institutions.
     */
    public record Measurement(MeasureKind kind, boolean inclusiveOnly, boolean countsInstitutions) {
        public static final Measurement NOT_MEASURED = new Measurement(MeasureKind.NONE, false, false);

        public Measurement {
            kind = kind == null ? MeasureKind.NONE : kind;
        }

        public static Measurement of(MeasureKind kind) {
            return new Measurement(kind, false, false);
        }
    }
}
