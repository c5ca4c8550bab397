package org.citygov.plantracker.application.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;

/**
 * Who may do what with money. The project office asks (for its own unit's projects only); the
 * finance bureau (财政局) decides and pays; the catalogue is kept by finance and the administrators;
 * the overviews (dashboard, queue, flags) are for finance, the city government and administrators.
 * Every finance service asks here first, so pages, ajax calls and REST are refused alike.
 */
@ApplicationScoped
public class FundingAccess {

    @Inject
    private Access access;

    @Inject
    private CurrentUser currentUser;

    public AppUser requireSignedIn() {
        return access.requireSignedIn();
    }

    /** Review requests and record disbursements: the finance bureau only. */
    public AppUser requireFinance() {
        return access.requireAnyRole(Role.FINANCE);
    }

    /** Maintain the funding-source catalogue and the money-vs-works thresholds' readers. */
    public AppUser requireCatalogueKeeper() {
        return access.requireAnyRole(Role.FINANCE, Role.ADMIN);
    }

    /** The portfolio-wide views: dashboard, review queue, flags. */
    public AppUser requireOverview() {
        return access.requireAnyRole(Role.FINANCE, Role.CITY_GOV, Role.ADMIN);
    }

    /** Read one project's funding: as reading the project (an office only its own unit's). */
    public void requireCanRead(String projectCode, LeadUnit unit) {
        access.requireCanRead(projectCode, unit);
    }

    /** Ask for money for a project: its own office (or an administrator acting for it). */
    public AppUser requireCanRequest(String projectCode, LeadUnit unit) {
        AppUser user = access.requireSignedIn();
        if (user.hasRole(Role.ADMIN)) {
            return user;
        }
        if (user.hasRole(Role.PROJECT_OFFICE)) {
            if (user.getLeadUnit() != null && unit != null && user.getLeadUnit().getId().equals(unit.getId())) {
                return user;
            }
            throw new AccessDeniedException("access.otherUnit",
                    "Project " + projectCode + " belongs to another lead unit", projectCode);
        }
        throw new AccessDeniedException("funding.access.requestByOffice",
                "Only the project's own office may request funding for " + projectCode, projectCode);
    }

    public boolean isFinance() {
        return currentUser.hasRole(Role.FINANCE);
    }

    public boolean isCatalogueKeeper() {
        return currentUser.hasRole(Role.FINANCE) || currentUser.hasRole(Role.ADMIN);
    }

    public boolean hasOverview() {
        return currentUser.hasRole(Role.FINANCE) || currentUser.hasRole(Role.CITY_GOV) || currentUser.hasRole(Role.ADMIN);
    }

    /** Whether the caller may request funding for a project of this unit (for showing the form). */
    public boolean mayRequest(LeadUnit unit) {
        return currentUser.user().map(u -> u.hasRole(Role.ADMIN)
                || u.hasRole(Role.PROJECT_OFFICE) && u.getLeadUnit() != null && unit != null
                && u.getLeadUnit().getId().equals(unit.getId())).orElse(false);
    }

    public String actor() {
        return currentUser.actorName();
    }
}
