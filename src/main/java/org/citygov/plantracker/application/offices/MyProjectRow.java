package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.service.ReportingCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project on the offices' "my projects" page, with what needs doing this month.
 *
 * @param currentMonth      this month's report: filed (on time / late) or still due
 * @param previousMonth     last month's report: filed, or missing once past its due date
 * @param overdueMilestones open milestones whose forecast date has passed
 * @param attention         message keys of what needs doing, most urgent first (empty: nothing)
 */
public record MyProjectRow(String code, String nameZh, String nameEn, String leadUnitNameZh, String leadUnitNameEn,
                           Stage stage, LocalDate plannedStart, LocalDate plannedFinish, boolean sample,
                           BigDecimal percentComplete, long milestones, long openMilestones, long overdueMilestones,
                           String lastReportMonth, ReportingCalendar.Status currentMonth,
                           ReportingCalendar.Status previousMonth, long missingReports, long lateReports,
                           long pendingRebaselines, List<String> attention, int urgency) implements Serializable {

    public boolean needsAttention() {
        return !attention.isEmpty();
    }
}
