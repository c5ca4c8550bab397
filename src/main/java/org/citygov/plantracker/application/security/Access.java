package org.citygov.plantracker.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;

import java.util.Arrays;

/**
 * Authorization rules of the application layer. Every use-case service asks here before reading
 * or changing a project, so web pages, ajax calls and REST are refused alike — hiding a button is
 * never the only guard.
 */
@ApplicationScoped
public class Access {

    @Inject
    private CurrentUser currentUser;

    /** A signed-in user with at least one role: a user without a role may see nothing (fail closed). */
    public AppUser requireSignedIn() {
        AppUser user = currentUser.user().orElseThrow(() ->
                new AccessDeniedException("access.signedOut", "Sign in first"));
        if (user.getRoles().isEmpty()) {
            throw new AccessDeniedException("access.noRole", "Your account has no role");
        }
        return user;
    }

    public AppUser requireAnyRole(Role... roles) {
        AppUser user = requireSignedIn();
        if (Arrays.stream(roles).noneMatch(user::hasRole)) {
            throw new AccessDeniedException("access.role", "This needs one of the roles " + Arrays.toString(roles),
                    (Object) roles.clone()); // the roles themselves: the message names them in the reader's language
        }
        return user;
    }

    /** Read a project: everyone signed in, except that an office only sees its own unit's projects. */
    public void requireCanRead(String projectCode, LeadUnit projectUnit) {
        AppUser user = requireSignedIn();
        if (user.isProjectOffice() && !sameUnit(user, projectUnit)) {
            throw new AccessDeniedException("access.otherUnit",
                    "Project " + projectCode + " belongs to another lead unit", projectCode);
        }
    }

    /** Change a project's schedule or progress: its own office, the city government or an administrator. */
    public AppUser requireCanEdit(String projectCode, LeadUnit projectUnit) {
        AppUser user = requireSignedIn();
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.CITY_GOV)) {
            return user;
        }
        if (user.hasRole(Role.PROJECT_OFFICE) && sameUnit(user, projectUnit)) {
            return user;
        }
        if (user.hasRole(Role.PROJECT_OFFICE)) {
            throw new AccessDeniedException("access.otherUnit",
                    "Project " + projectCode + " belongs to another lead unit", projectCode);
        }
        throw new AccessDeniedException("access.cannotEditProject",
                "Your role may not change project " + projectCode, projectCode);
    }

    private static boolean sameUnit(AppUser user, LeadUnit unit) {
        return user.getLeadUnit() != null && unit != null && user.getLeadUnit().getId().equals(unit.getId());
    }
}
