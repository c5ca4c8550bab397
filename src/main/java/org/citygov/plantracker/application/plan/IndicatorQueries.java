package org.citygov.plantracker.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.Access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads of a plan's indicator table (主要发展指标) with observations: two queries, whatever the number of rows. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorQueries {

    private static final String SELECT_ROW = "SELECT NEW org.citygov.plantracker.application.plan.IndicatorDetail("
            + "i.code, i.domainZh, i.domainEn, i.nameZh, i.nameEn, i.unit, "
            + "i.baseline.figureYear, i.baseline.figureText, i.baseline.figureValue, "
            + "i.target.figureYear, i.target.figureText, i.target.figureValue, "
            + "i.nature, i.cumulative, i.comparison, i.note) FROM Indicator i ";
    private static final String SELECT_OBSERVATION =
            "SELECT NEW org.citygov.plantracker.application.plan.IndicatorObservationRow("
                    + "i.code, o.fiscalYear, o.observedValue, o.source, o.sample, o.targetMet, o.evidence, o.note, "
                    + "o.recordedBy, o.recordedAt, o.version) "
                    + "FROM IndicatorObservation o JOIN o.indicator i ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private PlanSelection plans;

    /** The indicator table of a plan (blank: the current plan), in table order. */
    public List<IndicatorDetail> indicators(String planCode) {
        access.requireSignedIn();
        Optional<PlanRef> plan = plans.select(planCode);
        if (plan.isEmpty()) {
            return List.of();
        }
        List<IndicatorDetail> rows = em.createQuery(SELECT_ROW + "WHERE i.plan.id = :plan ORDER BY i.code",
                IndicatorDetail.class).setParameter("plan", plan.get().id()).getResultList();
        Map<String, List<IndicatorObservationRow>> observed = em.createQuery(
                        SELECT_OBSERVATION + "WHERE i.plan.id = :plan ORDER BY i.code, o.fiscalYear",
                        IndicatorObservationRow.class)
                .setParameter("plan", plan.get().id()).getResultStream()
                .collect(Collectors.groupingBy(IndicatorObservationRow::indicatorCode));
        return rows.stream().map(r -> r.withObservations(observed.getOrDefault(r.code(), List.of()))).toList();
    }

    /** One row of the indicator table (IND-04). */
    public IndicatorDetail indicator(String planCode, String code) {
        access.requireSignedIn();
        PlanRef plan = plans.select(planCode).orElseThrow(() -> new UnknownEntityException("indicator", code));
        IndicatorDetail row = em.createQuery(SELECT_ROW + "WHERE i.plan.id = :plan AND i.code = :code", IndicatorDetail.class)
                .setParameter("plan", plan.id()).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("indicator", code));
        List<IndicatorObservationRow> observed = em.createQuery(
                        SELECT_OBSERVATION + "WHERE i.plan.id = :plan AND i.code = :code ORDER BY o.fiscalYear",
                        IndicatorObservationRow.class)
                .setParameter("plan", plan.id()).setParameter("code", code).getResultList();
        return row.withObservations(observed);
    }
}
