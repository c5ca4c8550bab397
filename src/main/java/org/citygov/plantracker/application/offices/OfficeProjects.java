package org.citygov.plantracker.application.offices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.user.AppUser;

/**
 * Loads a project for the offices' use cases, after asking {@link Access} whether the caller may
 * read or change it — the one door every page, ajax call and REST call of this context goes through.
 */
@ApplicationScoped
public class OfficeProjects {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    /** The project, if the caller may change it (its own office, the city government, an administrator). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Project forEdit(String code) {
        Project project = find(code);
        access.requireCanEdit(code, project.getLeadUnit());
        return project;
    }

    /** The project, if the caller may read it (an office only its own unit's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Project forRead(String code) {
        Project project = find(code);
        access.requireCanRead(code, project.getLeadUnit());
        return project;
    }

    /** Whether the caller may change the project (pages show edit controls only then; the services check again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canEdit(String code) {
        try {
            Project project = find(code);
            access.requireCanEdit(code, project.getLeadUnit());
            return true;
        } catch (AccessDeniedException | UnknownEntityException e) {
            return false;
        }
    }

    /** Who is asking, for the audit trail and decisions. */
    public AppUser caller() {
        return access.requireSignedIn();
    }

    private Project find(String code) {
        if (code == null || code.isBlank()) {
            throw new UnknownEntityException("project", code);
        }
        return em.createQuery("SELECT p FROM Project p JOIN FETCH p.leadUnit WHERE p.code.value = :code", Project.class)
                .setParameter("code", code.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("project", code));
    }

    /**
     * Writes now, so that a conflict the explicit version check could not see (two saves at the same
     * moment) surfaces here as a {@link ConcurrentEditException}, never as a lost update.
     */
    public void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(what);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ConcurrentEditException(what);
            }
            throw e;
        }
    }
}
