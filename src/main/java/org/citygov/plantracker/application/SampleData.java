package org.citygov.plantracker.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether the database holds sample (示例) data, so that every page and export can say so.
 * Re-read at most every 30 seconds: it changes only when the demo loader runs.
 */
@ApplicationScoped
public class SampleData {

    private static final long TTL_MILLIS = 30_000;

    @PersistenceContext
    private EntityManager em;

    private volatile boolean present;
    private volatile long readAt;

    public boolean present() {
        long now = System.currentTimeMillis();
        if (now - readAt > TTL_MILLIS) {
            present = !em.createQuery("SELECT u.id FROM LeadUnit u WHERE u.sample = TRUE", Long.class)
                    .setMaxResults(1).getResultList().isEmpty();
            readAt = now;
        }
        return present;
    }

    /** After the demo loader ran. */
    public void forget() {
        readAt = 0;
    }
}
