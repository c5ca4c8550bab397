package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.domain.model.funding.FundingSource;
import org.citygov.plantracker.domain.model.library.LibraryRound;
import org.citygov.plantracker.domain.model.library.LibrarySettings;
import org.citygov.plantracker.domain.model.library.Proposal;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Program;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.domain.model.project.Project;

import java.util.List;
import java.util.Optional;

/** Finds what the library's use cases work on, by the codes people and the API use; unknown → 404. */
@ApplicationScoped
public class LibraryLookups {

    @PersistenceContext
    private EntityManager em;

    public LibraryRound round(String code) {
        return em.createQuery("SELECT r FROM LibraryRound r JOIN FETCH r.plan WHERE r.code = :c", LibraryRound.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("libraryRound", code));
    }

    public Proposal proposal(Long id) {
        Proposal p = id == null ? null : em.find(Proposal.class, id);
        if (p == null) {
            throw new UnknownEntityException("proposal", id);
        }
        return p;
    }

    public Project project(String code) {
        return em.createQuery("SELECT p FROM Project p JOIN FETCH p.program JOIN FETCH p.leadUnit "
                        + "WHERE p.code.value = :c", Project.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("project", code));
    }

    public Optional<Project> findProject(String code) {
        return em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultStream().findFirst();
    }

    public Plan plan(String code) {
        return em.createQuery("SELECT p FROM Plan p WHERE p.code = :c", Plan.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("plan", code));
    }

    /** The plan whose period holds {@code year}, else the one that started last; empty before any plan is loaded. */
    public Optional<Plan> planFor(int year) {
        List<Plan> plans = em.createQuery("SELECT p FROM Plan p ORDER BY p.period.startYear DESC, p.code DESC", Plan.class)
                .getResultList();
        return plans.stream().filter(p -> p.getPeriod().covers(year)).findFirst()
                .or(() -> plans.stream().findFirst());
    }

    public List<Plan> plans() {
        return em.createQuery("SELECT p FROM Plan p ORDER BY p.period.startYear, p.code", Plan.class).getResultList();
    }

    public Program program(String planCode, String code) {
        return em.createQuery("SELECT p FROM Program p WHERE p.plan.code = :plan AND p.code = :c", Program.class)
                .setParameter("plan", planCode).setParameter("c", code == null ? "" : code.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("program", code));
    }

    public Target target(String planCode, String code) {
        return em.createQuery("SELECT t FROM Target t WHERE t.plan.code = :plan AND t.code = :c", Target.class)
                .setParameter("plan", planCode).setParameter("c", code == null ? "" : code.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("target", code));
    }

    public Jurisdiction jurisdiction(String code) {
        return em.createQuery("SELECT j FROM Jurisdiction j WHERE j.code = :c", Jurisdiction.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("jurisdiction", code));
    }

    public FundingSource fundingSource(String code) {
        return em.createQuery("SELECT s FROM FundingSource s WHERE s.code = :c", FundingSource.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("fundingSource", code));
    }

    /** The settings row, locked for update when {@code forUpdate}. */
    public LibrarySettings settings(boolean forUpdate) {
        LibrarySettings s = forUpdate ? em.find(LibrarySettings.class, LibrarySettings.ID, LockModeType.OPTIMISTIC)
                : em.find(LibrarySettings.class, LibrarySettings.ID);
        if (s == null) {
            throw new IllegalStateException("library_settings row 1 is missing (migration library-010-1)");
        }
        return s;
    }
}
