package org.citygov.plantracker.application.plan;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan as the server loaded it at start-up, and a second load that changes nothing. */
@ExtendWith(ArquillianExtension.class)
class PlanLoadingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    PlanLoader loader;

    @PersistenceContext
    EntityManager em;

    @Test
    void theFourteenthPlanIsLoadedAtStartUp() {
        assertThat(count("SELECT COUNT(i) FROM Indicator i WHERE i.plan.code = 'ZZ-PS-14'")).isEqualTo(35);
        assertThat(count("SELECT COUNT(p) FROM Program p WHERE p.plan.code = 'ZZ-PS-14'")).isEqualTo(37);
        assertThat(count("SELECT COUNT(c) FROM ColumnBox c WHERE c.plan.code = 'ZZ-PS-14'")).isEqualTo(9);
        assertThat(em.createQuery("SELECT COUNT(j) FROM Jurisdiction j WHERE j.level = :l AND j.sample = FALSE", Long.class)
                .setParameter("l", JurisdictionLevel.DISTRICT).getSingleResult()).isEqualTo(16);
        assertThat(count("SELECT COUNT(t) FROM Target t WHERE t.code LIKE 'C1.4-T%'")).isEqualTo(10);
    }

    @Test
    void loadingAgainChangesNothing() {
        long rowsBefore = allPlanRows();
        PlanLoadResult again = loader.loadBundledPlans();
        assertThat(again.outcome("ZZ-PS-14").status()).isEqualTo(PlanLoadResult.Status.UNCHANGED);
        assertThat(again.outcome("ZZ-PS-14").created().total()).isZero();
        assertThat(allPlanRows()).isEqualTo(rowsBefore);
    }

    private long allPlanRows() {
        return count("SELECT COUNT(p) FROM Plan p") + count("SELECT COUNT(i) FROM Indicator i")
                + count("SELECT COUNT(p) FROM Program p") + count("SELECT COUNT(t) FROM Target t")
                + count("SELECT COUNT(j) FROM Jurisdiction j");
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
