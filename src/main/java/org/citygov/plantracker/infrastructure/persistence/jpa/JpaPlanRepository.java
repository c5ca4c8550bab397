package org.citygov.plantracker.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.citygov.plantracker.domain.model.plan.Chapter;
import org.citygov.plantracker.domain.model.plan.ColumnBox;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.PlanRepository;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public JpaPlanRepository() {
        // for CDI
    }

    /** For use outside a container (tests, tools), with an entity manager the caller manages. */
    public JpaPlanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Plan> findByCode(String code) {
        return first(entityManager.createNamedQuery("Plan.findByCode", Plan.class).setParameter("code", code));
    }

    @Override
    public List<Plan> findAll() {
        return entityManager.createNamedQuery("Plan.findAll", Plan.class).getResultList();
    }

    @Override
    public void store(Plan plan) {
        if (plan.getId() == null) {
            entityManager.persist(plan);
        }
    }

    @Override
    public List<Chapter> findChapters(Plan plan) {
        return entityManager.createQuery("SELECT c FROM Chapter c WHERE c.plan = :plan ORDER BY c.number",
                Chapter.class).setParameter("plan", plan).getResultList();
    }

    @Override
    public List<ColumnBox> findColumnBoxes(Plan plan) {
        return entityManager.createQuery("SELECT b FROM ColumnBox b WHERE b.plan = :plan ORDER BY b.number",
                ColumnBox.class).setParameter("plan", plan).getResultList();
    }

    @Override
    public List<Indicator> findIndicators(Plan plan) {
        return entityManager.createNamedQuery("Indicator.findByPlan", Indicator.class)
                .setParameter("plan", plan).getResultList();
    }

    @Override
    public Optional<Indicator> findIndicator(Plan plan, String code) {
        return first(entityManager.createNamedQuery("Indicator.findByCode", Indicator.class)
                .setParameter("plan", plan).setParameter("code", code));
    }

    @Override
    public List<Program> findPrograms(Plan plan) {
        return entityManager.createNamedQuery("Program.findByPlan", Program.class)
                .setParameter("plan", plan).getResultList();
    }

    @Override
    public List<Program> findProgramsWithTargets(Plan plan) {
        return entityManager.createNamedQuery("Program.findByPlanWithTargets", Program.class)
                .setParameter("plan", plan).getResultList();
    }

    @Override
    public Optional<Program> findProgram(long id) {
        return Optional.ofNullable(entityManager.find(Program.class, id));
    }

    @Override
    public Optional<Program> findProgram(Plan plan, String code) {
        return first(entityManager.createNamedQuery("Program.findByCode", Program.class)
                .setParameter("plan", plan).setParameter("code", code));
    }

    @Override
    public List<Target> findTargets(Plan plan) {
        return entityManager.createNamedQuery("Target.findByPlan", Target.class)
                .setParameter("plan", plan).getResultList();
    }

    @Override
    public List<Target> findTargets(Program program) {
        return entityManager.createNamedQuery("Target.findByProgram", Target.class)
                .setParameter("program", program).getResultList();
    }

    @Override
    public List<Target> findTargets(Chapter chapter) {
        return entityManager.createNamedQuery("Target.findByChapter", Target.class)
                .setParameter("chapter", chapter).getResultList();
    }

    @Override
    public List<Target> findChapterTextTargets(Plan plan) {
        return entityManager.createNamedQuery("Target.findChapterTextTargets", Target.class)
                .setParameter("plan", plan).getResultList();
    }

    @Override
    public List<Target> findTargetsRestating(Indicator indicator) {
        return entityManager.createNamedQuery("Target.findRestating", Target.class)
                .setParameter("indicator", indicator).getResultList();
    }

    @Override
    public Optional<Target> findTarget(long id) {
        return Optional.ofNullable(entityManager.find(Target.class, id));
    }

    @Override
    public Optional<Target> findTarget(Plan plan, String code) {
        return first(entityManager.createNamedQuery("Target.findByCode", Target.class)
                .setParameter("plan", plan).setParameter("code", code));
    }

    @Override
    public Optional<Chapter> findChapter(long id) {
        return Optional.ofNullable(entityManager.find(Chapter.class, id));
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
