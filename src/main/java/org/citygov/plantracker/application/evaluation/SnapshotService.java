package org.citygov.plantracker.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.evaluation.EvaluationSnapshot;
import org.citygov.plantracker.domain.model.evaluation.SnapshotKind;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.domain.service.slippage.Band;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Rule 7 — the engine's results stored at each month end (by {@link MonthEndSnapshots}) and on
 * demand (CITY_GOV), so the cockpit can chart how a forecast shortfall moved over time. Official and
 * roll-up rows are kept (drill-down breakdowns are recomputed, not stored).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SnapshotService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PortfolioFactsSource source;

    @Inject
    private EvaluationSettingsService settings;

    @Inject
    private Access access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** This bean through its proxy, so that {@link #storeMonthEnd} runs in a transaction of its own. */
    @Inject
    private SnapshotService self;

    public record SnapshotSummary(long id, LocalDate asOf, LocalDateTime takenAt, SnapshotKind kind, String takenBy,
                                  int projectsRed, int projectsAmber, int targetsWillMiss, int targetsAtRisk) {
        static SnapshotSummary of(EvaluationSnapshot s) {
            return new SnapshotSummary(s.getId(), s.getAsOf(), s.getTakenAt(), s.getKind(), s.getTakenBy(),
                    s.getProjectsRed(), s.getProjectsAmber(), s.getTargetsWillMiss(), s.getTargetsAtRisk());
        }
    }

    /** One target × unit in one snapshot. */
    public record HistoryPoint(LocalDate asOf, LocalDateTime takenAt, SnapshotKind kind, BigDecimal required,
                               BigDecimal delivered, BigDecimal forecast, BigDecimal shortfall, String status) {
    }

    /** A snapshot asked for by the city government, as of any day. */
    @Transactional
    public SnapshotSummary takeOnDemand(LocalDate asOf) {
        access.requireAnyRole(Role.CITY_GOV);
        SnapshotSummary taken = take(asOf == null ? LocalDate.now(clock) : asOf, SnapshotKind.ON_DEMAND);
        audit.event("EvaluationSnapshot", taken.id(), null, "slippage.snapshot", "asOf " + taken.asOf());
        return taken;
    }

    /**
     * The month-end snapshot (timer); once per asOf, also when every node of a cluster runs the timer:
     * whoever stores it second finds the first one's (the unique month_end_of key refuses a second row
     * even when both looked before either stored) and stores nothing.
     */
    public SnapshotSummary takeMonthEnd(LocalDate asOf) {
        Optional<SnapshotSummary> taken = monthEnd(asOf);
        if (taken.isPresent()) {
            return taken.get();
        }
        try {
            return self.storeMonthEnd(asOf);
        } catch (RuntimeException e) {
            // the other node stored it between our look and our insert: its snapshot is the month's
            return monthEnd(asOf).orElseThrow(() -> e);
        }
    }

    /** Stores a month-end snapshot in a transaction of its own, so a refused duplicate rolls back only this. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public SnapshotSummary storeMonthEnd(LocalDate asOf) {
        return take(asOf, SnapshotKind.MONTH_END);
    }

    private Optional<SnapshotSummary> monthEnd(LocalDate asOf) {
        return em.createQuery("SELECT s FROM EvaluationSnapshot s WHERE s.asOf = :d AND s.kind = :k ORDER BY s.id",
                        EvaluationSnapshot.class)
                .setParameter("d", asOf).setParameter("k", SnapshotKind.MONTH_END).setMaxResults(1)
                .getResultStream().findFirst().map(SnapshotSummary::of);
    }

    private SnapshotSummary take(LocalDate asOf, SnapshotKind kind) {
        PortfolioEvaluation e = PortfolioEvaluator.evaluate(source.readAll(), asOf, settings.thresholds());
        int red = (int) e.projects().stream().filter(p -> p.band() == Band.RED).count();
        int amber = (int) e.projects().stream().filter(p -> p.band() == Band.AMBER).count();
        List<TargetEvaluation> headlines = e.targets().stream().map(t -> e.headline(t.id()))
                .flatMap(java.util.Optional::stream).toList();
        int willMiss = (int) headlines.stream().filter(r -> r.status() == TargetStatus.WILL_MISS
                || r.status() == TargetStatus.MISSED).count();
        int atRisk = (int) headlines.stream().filter(r -> r.status() == TargetStatus.AT_RISK).count();
        EvaluationSnapshot snapshot = new EvaluationSnapshot(asOf, LocalDateTime.now(clock), kind,
                currentUser.actorName(), red, amber, willMiss, atRisk);
        for (TargetEvaluation r : e.targetRows()) {
            if (r.role() == RowRole.BREAKDOWN) {
                continue;
            }
            snapshot.addRow(r.planCode(), r.targetCode(), r.unitCode(), r.role().name(), scaled(r.required()),
                    scaled(r.delivered()), scaled(r.forecast()), scaled(r.shortfall()),
                    r.status() == null ? null : r.status().name());
        }
        em.persist(snapshot);
        em.flush();
        return SnapshotSummary.of(snapshot);
    }

    /** Recent snapshots, newest first; readable by whoever may read the target evaluation. */
    public List<SnapshotSummary> recent(int max) {
        access.requireAnyRole(Role.CITY_GOV, Role.ADMIN, Role.FINANCE);
        return em.createQuery("SELECT s FROM EvaluationSnapshot s ORDER BY s.asOf DESC, s.takenAt DESC",
                        EvaluationSnapshot.class).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList()
                .stream().map(SnapshotSummary::of).toList();
    }

    /** How one target (of a plan, when given) at one unit (null: the untracked row) moved, oldest first. */
    public List<HistoryPoint> history(String planCode, String targetCode, String unitCode) {
        // the history is the target evaluation over time: the same readers as EvaluationService.evaluate
        access.requireAnyRole(Role.CITY_GOV, Role.ADMIN, Role.FINANCE);
        String jpql = "SELECT s.asOf, s.takenAt, s.kind, r.required, r.delivered, r.forecast, r.shortfall, r.status "
                + "FROM SnapshotRow r JOIN r.snapshot s WHERE r.targetCode = :t AND "
                + (planCode == null ? "" : "r.planCode = :p AND ")
                + (unitCode == null ? "r.unitCode IS NULL" : "r.unitCode = :u") + " ORDER BY s.asOf, s.takenAt";
        var query = em.createQuery(jpql, Object[].class).setParameter("t", targetCode);
        if (unitCode != null) {
            query.setParameter("u", unitCode);
        }
        if (planCode != null) {
            query.setParameter("p", planCode);
        }
        return query.getResultList().stream().map(o -> new HistoryPoint((LocalDate) o[0], (LocalDateTime) o[1],
                (SnapshotKind) o[2], (BigDecimal) o[3], (BigDecimal) o[4], (BigDecimal) o[5], (BigDecimal) o[6],
                (String) o[7])).toList();
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? null : v.setScale(4, RoundingMode.HALF_UP);
    }
}
