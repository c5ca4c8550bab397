package org.citygov.plantracker.application.evaluation;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Takes the month-end snapshot on the last day of every month, late evening in Zhengzhou. */
@Singleton
public class MonthEndSnapshots {

    private static final Logger LOG = Logger.getLogger(MonthEndSnapshots.class.getName());

    @Inject
    private SnapshotService snapshots;

    @Inject
    private Clock clock;

    @Schedule(dayOfMonth = "Last", hour = "23", minute = "45", timezone = "Asia/Shanghai", persistent = false)
    void monthEnd() {
        LocalDate today = LocalDate.now(clock);
        try {
            var taken = snapshots.takeMonthEnd(today);
            LOG.info(() -> "Month-end evaluation snapshot " + taken.id() + " as of " + today);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Month-end evaluation snapshot failed for " + today, e);
        }
    }
}
