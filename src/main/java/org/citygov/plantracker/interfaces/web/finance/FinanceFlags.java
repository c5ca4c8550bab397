package org.citygov.plantracker.interfaces.web.finance;

import org.citygov.plantracker.domain.service.funding.MoneyVsWorks;
import org.citygov.plantracker.interfaces.web.common.DisplayFormat;

/** The money-vs-works flags in words, with the figures that raised them. */
final class FinanceFlags {

    private FinanceFlags() {
    }

    static String text(MoneyVsWorks.Flag flag, MoneyVsWorks.Assessment a) {
        String key = "fin.mvw.flag." + flag.name();
        return switch (flag) {
            case MONEY_AHEAD_OF_PROGRESS -> FinanceFaces.text(key, DisplayFormat.percent(a.disbursedShare()),
                    DisplayFormat.percent(a.physicalProgress()), DisplayFormat.number(a.aheadOfProgressBy()));
            case MONEY_AHEAD_OF_INVESTMENT -> FinanceFaces.text(key, DisplayFormat.percent(a.disbursedShare()),
                    DisplayFormat.percent(a.completedShare()), DisplayFormat.number(a.aheadOfInvestmentBy()));
            case WORKS_STALLED_MONEY_IDLE -> FinanceFaces.text(key, DisplayFormat.percent(a.idleShare()),
                    DisplayFormat.wanYuan(a.idleAmount()), a.thresholds().stalledMonths(),
                    DisplayFormat.number(a.progressGain()));
        };
    }
}
