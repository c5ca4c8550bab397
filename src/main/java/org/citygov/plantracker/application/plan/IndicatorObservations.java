package org.citygov.plantracker.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.IndicatorObservation;
import org.citygov.plantracker.domain.model.plan.ObservedFigure;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.user.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * 指标监测 — the city records what each indicator reached in a year (CITY_GOV): checked against the
 * indicator's unit and kind by the domain ({@link Indicator#observe}), optimistic locking on the
 * version the user read, every change audited (who, when, before → after). The evaluation (rule 6)
 * reads the observations directly, so the cockpit and the reports use them at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorObservations {

    /** Audit entity type and action of observation changes. */
    static final String ENTITY = "IndicatorObservation";
    static final String ACTION = "monitoring.observation";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private PlanSelection plans;

    @Inject
    private Clock clock;

    /**
     * What the user entered for one cell of the grid.
     *
     * @param expectedVersion the version the user read (null: the cell was empty, or no check wanted)
     */
    public record ObservationInput(BigDecimal value, Boolean met, String evidence, String source, String note,
                                   Long expectedVersion) {
    }

    /** Records (or revises) the observation of {@code code} for {@code year} (CITY_GOV). */
    @Transactional
    public IndicatorObservationRow record(String planCode, String code, int year, ObservationInput in) {
        access.requireAnyRole(Role.CITY_GOV);
        Indicator indicator = indicator(planCode, code);
        IndicatorObservation existing = indicator.observationFor(year).orElse(null);
        String what = code + " " + year;
        if (existing != null && in.expectedVersion() != null) {
            ConcurrentEditException.check(what, in.expectedVersion(), existing.getVersion());
        }
        if (existing == null && in.expectedVersion() != null) {
            // the user edited a figure that someone has removed since
            throw new ConcurrentEditException(what);
        }
        ObservedFigure before = existing == null ? null : existing.figure();
        String sourceBefore = existing == null ? null : existing.getSource();
        boolean sampleBefore = existing != null && existing.isSample();
        IndicatorObservation saved = indicator.observe(year,
                new ObservedFigure(in.value(), in.met(), in.evidence(), in.note()), in.source(),
                currentUser.actorName(), LocalDateTime.now(clock));
        em.flush();
        audited(indicator, code, year, before, sourceBefore, sampleBefore, saved);
        return row(code, saved);
    }

    /**
     * Writes the audit entries of one recorded observation, field by field (before → after): for
     * {@link #record} and the workbook upload ({@link IndicatorGridWorkbooks}).
     */
    public void audited(Indicator indicator, String code, int year, ObservedFigure before, String sourceBefore,
                        boolean sampleBefore, IndicatorObservation saved) {
        String field = code + "." + year;
        ObservedFigure after = saved.figure();
        audit.fieldChanged(ENTITY, indicator.getId(), null, ACTION, field + ".value",
                before == null ? null : before.value() == null ? null : text(before.value()) + (sampleBefore ? " (示例)" : ""),
                after.value() == null ? null : text(after.value()));
        audit.fieldChanged(ENTITY, indicator.getId(), null, ACTION, field + ".met",
                before == null ? null : before.met(), after.met());
        audit.fieldChanged(ENTITY, indicator.getId(), null, ACTION, field + ".evidence",
                before == null ? null : before.evidence(), after.evidence());
        audit.fieldChanged(ENTITY, indicator.getId(), null, ACTION, field + ".source", sourceBefore, saved.getSource());
        audit.fieldChanged(ENTITY, indicator.getId(), null, ACTION, field + ".note",
                before == null ? null : before.note(), after.note());
    }

    /** Removes the observation of {@code code} for {@code year} (CITY_GOV), with the reason, audited. */
    @Transactional
    public void remove(String planCode, String code, int year, String reason, Long expectedVersion) {
        access.requireAnyRole(Role.CITY_GOV);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "monitoring.observation.reasonRequired",
                    "Say why the figure is removed");
        }
        if (reason.length() > 1000) {
            throw new RuleViolation("reason", "monitoring.observation.tooLong", "At most 1000 characters", 1000);
        }
        Indicator indicator = indicator(planCode, code);
        IndicatorObservation existing = indicator.observationFor(year)
                .orElseThrow(() -> new UnknownEntityException("observation", code + " " + year));
        if (expectedVersion != null) {
            ConcurrentEditException.check(code + " " + year, expectedVersion, existing.getVersion());
        }
        ObservedFigure before = existing.figure();
        indicator.removeObservation(year);
        em.flush();
        String field = code + "." + year;
        audit.fieldChanged(ENTITY, indicator.getId(), null, ACTION, field + ".value",
                before.value() == null ? null : text(before.value()), null);
        audit.fieldChanged(ENTITY, indicator.getId(), null, ACTION, field + ".met", before.met(), null);
        audit.event(ENTITY, indicator.getId(), null, "monitoring.observation.removed", field + ": " + reason.strip());
    }

    private Indicator indicator(String planCode, String code) {
        PlanRef plan = plans.select(planCode).orElseThrow(() -> new UnknownEntityException("plan", planCode));
        return em.createQuery("SELECT i FROM Indicator i WHERE i.plan.id = :plan AND i.code = :code", Indicator.class)
                .setParameter("plan", plan.id()).setParameter("code", Objects.requireNonNullElse(code, ""))
                .getResultStream().findFirst().orElseThrow(() -> new UnknownEntityException("indicator", code));
    }

    static IndicatorObservationRow row(String code, IndicatorObservation o) {
        return new IndicatorObservationRow(code, o.getFiscalYear(), o.getValue(), o.getSource(), o.isSample(),
                o.getTargetMet(), o.getEvidence(), o.getNote(), o.getRecordedBy(), o.getRecordedAt(), o.getVersion());
    }

    private static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
