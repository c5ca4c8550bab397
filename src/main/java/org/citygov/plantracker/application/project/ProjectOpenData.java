package org.citygov.plantracker.application.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.audit.AuditTrail;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.project.Project;
import org.citygov.plantracker.domain.model.user.Role;

/**
 * 公开 — the city decides whether a project is in the public open-data feed (CITY_GOV, audited);
 * null returns it to the default rule (from 新开工 on; a 储备 project is never public).
 */
@ApplicationScoped
public class ProjectOpenData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private AuditTrail audit;

    /** What the project's open-data state is now. */
    public record OpenDataState(String projectCode, Boolean decision, boolean open) {
    }

    @Transactional
    public OpenDataState decide(String projectCode, Boolean open) {
        access.requireAnyRole(Role.CITY_GOV);
        Project project = em.createQuery("SELECT p FROM Project p WHERE p.code.value = :c", Project.class)
                .setParameter("c", projectCode == null ? "" : projectCode).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownEntityException("project", projectCode));
        Boolean before = project.getOpenDataDecision();
        boolean openBefore = project.isOpenData();
        project.decideOpenData(open);
        audit.fieldChanged("Project", project.getId(), projectCode, "monitoring.openData", "openData",
                label(before, openBefore), label(open, project.isOpenData()));
        return new OpenDataState(projectCode, open, project.isOpenData());
    }

    /** "公开" / "不公开", with "（默认）" when the default rule decides. */
    private static String label(Boolean decision, boolean open) {
        return (open ? "公开" : "不公开") + (decision == null ? "（默认）" : "");
    }
}
