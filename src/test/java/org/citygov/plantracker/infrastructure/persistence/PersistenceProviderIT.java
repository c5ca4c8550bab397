package org.citygov.plantracker.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.test.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ArquillianExtension.class)
class PersistenceProviderIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void eclipseLinkIsTheProvider() {
        Object delegate = em.getDelegate();
        assertThat(em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class)).isNotNull();
        assertThat(delegate.getClass().getName()).startsWith("org.eclipse.persistence");
        assertThat(em.getEntityManagerFactory().getClass().getName()).startsWith("org.eclipse.persistence");
    }

    @Test
    void concurrentEditOfTheSameRowIsRefusedNotLost() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        LeadUnit unit = new LeadUnit(code, "测试单位", "Test unit", false);
        em.persist(unit);
        tx.commit();
        Long id = unit.getId();

        // two users read version 0 ...
        em.clear();
        tx.begin();
        LeadUnit first = em.find(LeadUnit.class, id);
        em.detach(first);
        tx.commit();
        tx.begin();
        LeadUnit second = em.find(LeadUnit.class, id);
        em.detach(second);
        tx.commit();

        // ... the first saves ...
        tx.begin();
        first.rename("第一位用户", "First");
        em.merge(first);
        tx.commit();

        // ... the second, still holding version 0, is refused
        tx.begin();
        second.rename("第二位用户", "Second");
        assertThatThrownBy(() -> {
            em.merge(second);
            em.flush();
        }).isInstanceOf(OptimisticLockException.class);
        tx.rollback();

        em.clear();
        assertThat(em.find(LeadUnit.class, id).getNameZh()).isEqualTo("第一位用户");
    }
}
