package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.domain.model.funding.MoneyVsWorksThresholds;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks.Thresholds;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

/** The money-vs-works thresholds: read by everyone signed in, changed by the finance bureau (audited). */
@ApplicationScoped
public class MoneyVsWorksSettings {

    static final String ENTITY = "MoneyVsWorksThresholds";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FundingAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The stored thresholds with who changed them last and the version to send back with a change. */
    public record View(BigDecimal aheadPoints, BigDecimal idlePercent, int stalledMonths, BigDecimal stalledGainPoints,
                       String updatedBy, LocalDateTime updatedAt, long version) implements Serializable {

        public Thresholds thresholds() {
            return new Thresholds(aheadPoints, idlePercent, stalledMonths, stalledGainPoints);
        }
    }

    @Transactional
    public View current() {
        access.requireSignedIn();
        return view(stored());
    }

    /** The thresholds for evaluation (no access check: callers have checked theirs). */
    @Transactional
    public Thresholds thresholds() {
        return view(stored()).thresholds();
    }

    @Transactional
    public View change(long version, BigDecimal aheadPoints, BigDecimal idlePercent, Integer stalledMonths,
                       BigDecimal stalledGainPoints) {
        access.requireFinance();
        MoneyVsWorksThresholds t = stored();
        ConcurrentEditException.check("money-vs-works thresholds", version, t.getVersion());
        View before = view(t);
        t.change(aheadPoints, idlePercent, stalledMonths == null ? 0 : stalledMonths, stalledGainPoints,
                access.actor(), LocalDateTime.now(clock));
        String action = "funding.thresholds.change";
        audit.fieldChanged(ENTITY, t.getId(), null, action, "aheadPoints", before.aheadPoints(), t.getAheadPoints());
        audit.fieldChanged(ENTITY, t.getId(), null, action, "idlePercent", before.idlePercent(), t.getIdlePercent());
        audit.fieldChanged(ENTITY, t.getId(), null, action, "stalledMonths", before.stalledMonths(), t.getStalledMonths());
        audit.fieldChanged(ENTITY, t.getId(), null, action, "stalledGainPoints", before.stalledGainPoints(),
                t.getStalledGainPoints());
        em.flush();
        return view(t);
    }

    private MoneyVsWorksThresholds stored() {
        MoneyVsWorksThresholds t = em.find(MoneyVsWorksThresholds.class, MoneyVsWorksThresholds.THE_ONE);
        if (t == null) {
            throw new IllegalStateException("finance_threshold row 1 is missing (finance migration 010)");
        }
        return t;
    }

    private static View view(MoneyVsWorksThresholds t) {
        return new View(t.getAheadPoints(), t.getIdlePercent(), t.getStalledMonths(), t.getStalledGainPoints(),
                t.getUpdatedBy(), t.getUpdatedAt(), t.getVersion());
    }
}
