package org.citygov.plantracker.domain.service.slippage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A monthly progress report (月度调度) as the rules need it.
 *
 * @param submittedOn the day it was filed; null when unknown (then it counts as filed on time)
 * @param investmentThisMonth investment completed in the month, yuan
 */
public record MonthlyReportFacts(YearMonth month, LocalDate submittedOn, BigDecimal investmentThisMonth) {

    /** The day the report is due: {@code dueDay} of the next month (the 10th by default). */
    public static LocalDate dueDate(YearMonth month, int dueDay) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(Math.max(dueDay, 1), next.lengthOfMonth()));
    }

    /** Whether it was filed after its due day (a report whose filing day is unknown is taken as on time). */
    public boolean filedLate(int dueDay) {
        return submittedOn != null && submittedOn.isAfter(dueDate(month, dueDay));
    }

    /** Whether the report had been filed on {@code asOf}. */
    public boolean filedBy(LocalDate asOf) {
        return submittedOn == null || !submittedOn.isAfter(asOf);
    }
}
