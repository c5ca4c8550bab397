package org.citygov.plantracker.application.reports;

import java.util.function.IntConsumer;

/**
 * A job's progress callback that records progress only when it moved by a few percent, so the
 * database is not flooded. Each recording goes through the store (its own transaction).
 */
public final class ThrottledProgress implements IntConsumer {

    private final ReportJobStore store;
    private final long id;
    private int last = -1;

    public ThrottledProgress(ReportJobStore store, long id) {
        this.store = store;
        this.id = id;
    }

    @Override
    public void accept(int percent) {
        if (percent >= last + 3) {
            last = percent;
            store.progress(id, percent);
        }
    }
}
