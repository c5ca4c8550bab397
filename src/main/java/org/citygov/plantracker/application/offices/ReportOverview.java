package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import org.citygov.plantracker.domain.service.ReportingCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's monthly reports and its reporting calendar: every expected month as on time, late,
 * missing or still due — what the data-quality flags read.
 */
public record ReportOverview(String projectCode, List<MonthlyReportView> reports, List<MonthView> calendar, long missing,
                             long late) implements Serializable {

    public record MonthView(String month, LocalDate due, ReportingCalendar.Status status, LocalDate filedOn)
            implements Serializable {
        static MonthView of(ReportingCalendar.MonthStatus s) {
            return new MonthView(s.month().toString(), s.due(), s.status(), s.filedOn());
        }
    }
}
