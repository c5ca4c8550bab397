package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.project.Stage;

import java.time.LocalDate;
import java.util.List;

/**
 * Rules 1–4 for one project.
 *
 * @param band          the project's rating: the worse of its open milestones' delay band and its
 *                      SPI(t) band; GREEN once finished, NONE when withdrawn
 * @param milestoneBand the worst delay band of the open milestones (current baseline)
 * @param planDeadline  the earliest deadline of the targets its outputs serve, if any
 * @param lateForPlan   the forecast finish falls after that deadline
 */
public record ProjectEvaluation(long projectId, String code, String nameZh, String nameEn, Stage stage,
                                long jurisdictionId, String leadUnitCode, String programCode, boolean sample,
                                Band band, Band milestoneBand, List<MilestoneDelay> delays, ScheduleForecast schedule,
                                InvestmentProgress investment, List<DataQualityWarning> warnings,
                                LocalDate plannedFinish, LocalDate planDeadline, boolean lateForPlan) {

    public LocalDate forecastFinish() {
        return schedule == null ? null : schedule.forecastFinish();
    }

    public boolean isRedOrAmber() {
        return band == Band.RED || band == Band.AMBER;
    }

    /** Days the forecast finish lies after the plan deadline (positive = late), null without either. */
    public Integer daysLateForPlan() {
        if (planDeadline == null || forecastFinish() == null) {
            return null;
        }
        return Math.toIntExact(java.time.temporal.ChronoUnit.DAYS.between(planDeadline, forecastFinish()));
    }
}
