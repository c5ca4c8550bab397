package org.citygov.plantracker.application.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.application.DemoMode;
import org.citygov.plantracker.domain.model.evaluation.ExistingStock;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.place.Population;
import org.citygov.plantracker.domain.model.plan.Plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.logging.Logger;

/**
 * 示例 — in demo mode only, the existing childcare stock of each 区县(市) that has a sample population, at the
 * end of the stock year of the plan whose targets count childcare places (the year before it starts:
 * {@code PlanPeriod.stockYear}, end-2021 for the 14th plan), so the 五年三跨越 figures start where a city would: places at the plan's 2020 baseline of
 * 1.46 per 1,000 (IND-04), one qualifying inclusive institution in each district of the 2-institution
 * group, and 55 % of all places inclusive citywide. The districts' rates vary around the city's
 * 1.46 (×0.75 … ×1.4, averaging 1.0), as real districts do. Every row is flagged sample; loaded once.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
public class SampleStock {

    /** The metric whose plan dates the stock. */
    static final String PLACES = "childcare_places_per_1000_population";
    static final BigDecimal PLACES_PER_THOUSAND = new BigDecimal("1.46");
    static final BigDecimal INCLUSIVE_SHARE = new BigDecimal("0.55");
    /** How each district's rate differs from the city's, in turn; the factors average 1. */
    static final double[] SPREAD = {0.75, 0.9, 1.0, 1.1, 1.4, 0.85, 1.0, 1.0};
    /** The source of the rows, with the stock year and the plan's baseline year (the year before). */
    static final String SOURCE = "示例数据：%d年底存量，按%d年全市基数每千人口1.46个托位、各区县上下浮动估算（非统计数据）";
    private static final Logger LOG = Logger.getLogger(SampleStock.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void load() {
        if (!DemoMode.isOn()) {
            return;
        }
        boolean present = !em.createQuery("SELECT s.id FROM ExistingStock s WHERE s.sample = TRUE", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
        if (present) {
            return;
        }
        Plan plan = em.createQuery("SELECT p FROM Target t JOIN t.plan p WHERE t.measure.metric = :metric "
                        + "ORDER BY p.period.startYear", Plan.class)
                .setParameter("metric", PLACES).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (plan == null) {
            return;
        }
        int year = plan.getPeriod().stockYear();
        String source = String.format(SOURCE, year, year - 1);
        List<Population> districts = em.createQuery("SELECT p FROM Population p JOIN FETCH p.jurisdiction j "
                        + "WHERE p.fiscalYear = :y AND p.sample = TRUE AND j.level = :level ORDER BY j.code", Population.class)
                .setParameter("y", year).setParameter("level", JurisdictionLevel.DISTRICT).getResultList();
        if (districts.isEmpty()) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        Jurisdiction city = null;
        int index = 0;
        for (Population p : districts) {
            Jurisdiction d = p.getJurisdiction();
            BigDecimal rate = PLACES_PER_THOUSAND.multiply(BigDecimal.valueOf(SPREAD[index++ % SPREAD.length]));
            BigDecimal places = rate.multiply(BigDecimal.valueOf(p.getPersons()))
                    .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
            total = total.add(places);
            em.persist(new ExistingStock(d, PLACES, year, places, null, source, true));
            int institutions = plan.firstStageInstitutionMinimum(d).orElse(0) >= 2 ? 1 : 0;
            em.persist(new ExistingStock(d, "inclusive_childcare_institutions_per_jurisdiction", year,
                    BigDecimal.valueOf(institutions), null, source, true));
            city = d.getParent().orElse(city);
        }
        if (city != null) {
            em.persist(new ExistingStock(city, "inclusive_share_of_childcare_places", year,
                    total.multiply(INCLUSIVE_SHARE).setScale(0, RoundingMode.HALF_UP), total, source, true));
        }
        int count = districts.size();
        LOG.info(() -> "Sample (示例) existing childcare stock recorded for " + count + " 区县(市)");
    }
}
