package org.citygov.plantracker.application.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;

import java.util.List;
import java.util.Optional;

/**
 * Which plan a read is about. Asked by code, that plan (unknown → {@link UnknownEntityException});
 * asked for none, the current one — the same the pages show ({@link PlanQueries#currentPlanCode()}:
 * the plan whose period started last, so the 15th FYP takes over once loaded).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanSelection {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PlanQueries planQueries;

    /** Every loaded plan, oldest period first. */
    public List<PlanRef> all() {
        return em.createQuery("SELECT NEW org.citygov.plantracker.application.plan.PlanRef(p.id, p.code, "
                + "p.document.titleZh, p.document.titleEn, p.document.docNo, p.period.startYear, p.period.endYear) "
                + "FROM Plan p ORDER BY p.period.startYear, p.code", PlanRef.class).getResultList();
    }

    /** The plan of that code, or the current plan when {@code code} is blank; empty only when no plan is loaded. */
    public Optional<PlanRef> select(String code) {
        List<PlanRef> plans = all();
        if (code != null && !code.isBlank()) {
            String wanted = code.trim();
            return Optional.of(plans.stream().filter(p -> p.code().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new UnknownEntityException("plan", wanted)));
        }
        return planQueries.currentPlanCode().flatMap(current -> plans.stream().filter(p -> p.code().equals(current)).findFirst());
    }
}
