package org.citygov.plantracker.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.place.JurisdictionRepository;
import org.citygov.plantracker.domain.model.place.Population;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaJurisdictionRepository implements JurisdictionRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public JpaJurisdictionRepository() {
        // for CDI
    }

    /** For use outside a container (tests, tools), with an entity manager the caller manages. */
    public JpaJurisdictionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Jurisdiction> find(long id) {
        return Optional.ofNullable(entityManager.find(Jurisdiction.class, id));
    }

    @Override
    public Optional<Jurisdiction> findByCode(String code) {
        return first(entityManager.createNamedQuery("Jurisdiction.findByCode", Jurisdiction.class)
                .setParameter("code", code));
    }

    @Override
    public List<Jurisdiction> findRoots() {
        return entityManager.createNamedQuery("Jurisdiction.findRoots", Jurisdiction.class).getResultList();
    }

    @Override
    public List<Jurisdiction> findChildren(Jurisdiction parent) {
        return entityManager.createNamedQuery("Jurisdiction.findChildren", Jurisdiction.class)
                .setParameter("parent", parent).getResultList();
    }

    @Override
    public List<Jurisdiction> findByLevel(JurisdictionLevel level) {
        return entityManager.createNamedQuery("Jurisdiction.findByLevel", Jurisdiction.class)
                .setParameter("level", level).getResultList();
    }

    @Override
    public void store(Jurisdiction jurisdiction) {
        if (jurisdiction.getId() == null) {
            entityManager.persist(jurisdiction);
        }
    }

    @Override
    public Optional<Population> findPopulation(Jurisdiction jurisdiction, int fiscalYear) {
        return first(entityManager.createNamedQuery("Population.findFor", Population.class)
                .setParameter("jurisdiction", jurisdiction).setParameter("fiscalYear", fiscalYear));
    }

    @Override
    public Optional<Population> findLatestPopulation(Jurisdiction jurisdiction, int fiscalYear) {
        return first(entityManager.createNamedQuery("Population.findLatestFor", Population.class)
                .setParameter("jurisdiction", jurisdiction).setParameter("fiscalYear", fiscalYear));
    }

    @Override
    public void store(Population population) {
        if (population.getId() == null) {
            entityManager.persist(population);
        }
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
