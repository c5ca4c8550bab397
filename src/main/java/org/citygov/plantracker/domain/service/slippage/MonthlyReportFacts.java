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

    /** Whether the report had been filed on {@code asOf}. */
    public boolean filedBy(LocalDate asOf) {
        return submittedOn == null || !submittedOn.isAfter(asOf);
    }
}
