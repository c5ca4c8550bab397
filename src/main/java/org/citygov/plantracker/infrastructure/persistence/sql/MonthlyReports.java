package org.citygov.plantracker.infrastructure.persistence.sql;

/**
 * The monthly reports (月度调度) of the offices context, as the slippage rules read them. Until that
 * context records reports, there is nothing to read: the missing-report and investment-progress
 * rules then stay silent rather than flag every project (see docs/slippage.md).
 */
final class MonthlyReports {

    private MonthlyReports() {
    }

    static PortfolioSql.MonthlyReportSql fromOfficesContext() {
        return null;
    }
}
