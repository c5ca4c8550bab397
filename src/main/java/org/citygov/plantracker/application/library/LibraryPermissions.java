package org.citygov.plantracker.application.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;

/**
 * Who may do what in the library. Rounds, reviews, baselines and carry-overs are the city
 * government's; proposals are the project offices', each for its own lead unit; the library-wide
 * views (snapshots, diffs, the rolling plan) are for the city, the finance bureau and administrators.
 */
@ApplicationScoped
public class LibraryPermissions {

    @Inject
    private Access access;

    /** Opening and closing rounds, deciding proposals, baselines, carry-overs: 市政府 (CITY_GOV). */
    public AppUser requireCity() {
        AppUser user = access.requireSignedIn();
        if (!user.hasRole(Role.CITY_GOV)) {
            throw new AccessDeniedException("library.access.cityOnly",
                    "Only the city government (CITY_GOV) may do this in the project library");
        }
        return user;
    }

    /** Library settings: the city government or an administrator. */
    public AppUser requireCityOrAdmin() {
        return access.requireAnyRole(Role.CITY_GOV, Role.ADMIN);
    }

    /** Snapshots, diffs and the rolling plan: everyone but project offices. */
    public AppUser requireLibraryReader() {
        AppUser user = access.requireSignedIn();
        if (!(user.hasRole(Role.CITY_GOV) || user.hasRole(Role.FINANCE) || user.hasRole(Role.ADMIN))) {
            throw new AccessDeniedException("library.access.readers",
                    "The library-wide views are for the city government, the finance bureau and administrators");
        }
        return user;
    }

    /** Proposals: a project office, for its own lead unit. Returns the office's unit. */
    public AppUser requireOfficeOf(LeadUnit unit, String projectCode) {
        AppUser user = access.requireSignedIn();
        if (!user.hasRole(Role.PROJECT_OFFICE) || user.getLeadUnit() == null) {
            throw new AccessDeniedException("library.access.officeOnly",
                    "Proposals are submitted by project offices (PROJECT_OFFICE)");
        }
        if (unit != null && !user.getLeadUnit().getId().equals(unit.getId())) {
            throw new AccessDeniedException("access.otherUnit",
                    "Project " + projectCode + " belongs to another lead unit", projectCode);
        }
        return user;
    }

    /** Reading a proposal or a project's library record: offices only their own unit's. */
    public AppUser requireCanRead(LeadUnit unit, String projectCode) {
        access.requireCanRead(projectCode, unit);
        return access.requireSignedIn();
    }

    /** Recording readiness documents: the project's own office or the city government. */
    public AppUser requireCanRecordEvidence(LeadUnit unit, String projectCode) {
        AppUser user = access.requireSignedIn();
        if (user.hasRole(Role.CITY_GOV)) {
            return user;
        }
        return requireOfficeOf(unit, projectCode);
    }

    public AppUser signedIn() {
        return access.requireSignedIn();
    }
}
