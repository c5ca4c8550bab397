package org.citygov.plantracker.application.sample;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.application.DemoMode;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.ObservedFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.logging.Logger;

/**
 * 示例 — in demo mode only, plausible yearly values 2021–2025 for every indicator of the plans, so the
 * indicator pages, the cockpit and the reports are not empty. Numbers move from the baseline toward
 * the target on a straight line; every fifth indicator falls short (it reaches 80 % of the planned
 * change), so the final evaluation has something to say. Cumulative (〔 〕) indicators record the
 * running total; word targets (应保尽保) are met with a sample evidence sentence. Every value is
 * flagged sample and its source says so; loaded once.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
public class SampleIndicatorObservations {

    static final String SOURCE = "示例数据（演示用，非统计数据）";
    static final String EVIDENCE = "示例：据部门年度工作总结，符合条件的对象均已纳入保障（演示用）";
    private static final Logger LOG = Logger.getLogger(SampleIndicatorObservations.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!DemoMode.isOn()) {
            return;
        }
        boolean present = !em.createQuery("SELECT o.id FROM IndicatorObservation o WHERE o.sample = TRUE", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
        if (present) {
            return;
        }
        List<Indicator> indicators = em.createQuery("SELECT i FROM Indicator i ORDER BY i.plan.id, i.code",
                Indicator.class).getResultList();
        int recorded = 0;
        int index = 0;
        for (Indicator i : indicators) {
            boolean shortfall = index++ % 5 == 4;
            for (int year = i.firstObservableYear(); year <= i.lastObservableYear(); year++) {
                ObservedFigure figure = figure(i, year, shortfall);
                if (figure != null) {
                    i.recordSample(year, figure, SOURCE);
                    recorded++;
                }
            }
        }
        int count = recorded;
        LOG.info(() -> "Sample (示例) indicator values recorded: " + count);
    }

    /** The sample figure of {@code year}, or null when the indicator has no figure to move toward. */
    static ObservedFigure figure(Indicator i, int year, boolean shortfall) {
        if (i.isWordTarget()) {
            return new ObservedFigure(null, Boolean.TRUE, EVIDENCE, null);
        }
        BigDecimal target = i.getTarget().getValue();
        if (target == null) {
            return null;
        }
        int first = i.firstObservableYear();
        int last = i.lastObservableYear();
        BigDecimal share = BigDecimal.valueOf(year - first + 1)
                .divide(BigDecimal.valueOf(last - first + 1), 6, RoundingMode.HALF_UP);
        if (shortfall) {
            share = share.multiply(new BigDecimal("0.8"));
        }
        BigDecimal value;
        if (i.isCumulative()) {
            value = target.multiply(share);
        } else {
            BigDecimal base = i.getBaseline().getValue();
            if (base == null) {
                base = target.multiply(new BigDecimal("0.8"));
            }
            value = base.add(target.subtract(base).multiply(share));
        }
        value = value.setScale(2, RoundingMode.HALF_UP);
        if (i.isPercentage() && value.compareTo(BigDecimal.valueOf(100)) > 0 && target.compareTo(BigDecimal.valueOf(100)) <= 0) {
            value = BigDecimal.valueOf(100);
        }
        return ObservedFigure.of(value.max(BigDecimal.ZERO));
    }
}
