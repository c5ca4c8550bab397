package org.citygov.plantracker.application.user;

import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Read models and commands of user and lead-unit administration. */
public final class AdminViews {

    private AdminViews() {
    }

    @Schema(name = "User", description = "A user as an administrator sees it (never a password)")
    public record UserView(String username, String displayName, List<Role> roles,
                           @Schema(description = "The lead unit (项目单位) of a PROJECT_OFFICE user, else null") LeadUnitRef leadUnit,
                           boolean enabled, boolean sample,
                           @Schema(description = "Holds a one-time password and must change it at the next sign-in")
                           boolean passwordChangeRequired,
                           @Schema(description = "Send it back with a change (optimistic locking)") long version) implements java.io.Serializable {

        public static UserView of(AppUser u) {
            LeadUnit unit = u.getLeadUnit();
            return new UserView(u.getUsername(), u.getDisplayName(), u.getRoles().stream().sorted().toList(),
                    unit == null ? null : LeadUnitRef.of(unit), u.isEnabled(), u.isSample(),
                    u.isPasswordChangeRequired(), u.getVersion());
        }
    }

    @Schema(name = "LeadUnitRef")
    public record LeadUnitRef(String code, String nameZh, String nameEn, boolean retired) implements java.io.Serializable {
        public static LeadUnitRef of(LeadUnit unit) {
            return new LeadUnitRef(unit.getCode(), unit.getNameZh(), unit.getNameEn(), unit.isRetired());
        }
    }

    @Schema(name = "NewUser")
    public record NewUser(String username, String displayName, Set<Role> roles,
                          @Schema(description = "Code of the lead unit: required for PROJECT_OFFICE, refused for the others")
                          String leadUnit, Boolean enabled) implements java.io.Serializable {
    }

    @Schema(name = "UserChange")
    public record UserChange(Long version, String displayName, Set<Role> roles, String leadUnit, Boolean enabled) implements java.io.Serializable {
    }

    @Schema(name = "UserWithOneTimePassword", description = "The one-time password is shown only in this answer; "
            + "the user must change it at the next sign-in")
    public record UserWithOneTimePassword(UserView user, String oneTimePassword) implements java.io.Serializable {
    }

    @Schema(name = "LeadUnit", description = "项目单位 — a unit that leads projects")
    public record LeadUnitView(String code, String nameZh, String nameEn,
                               @Schema(description = "Code of the 区县(市) it belongs to, if any") String district,
                               String districtNameZh, String districtNameEn, boolean retired, boolean sample,
                               long users, long version) implements java.io.Serializable {
    }

    @Schema(name = "NewLeadUnit")
    public record NewLeadUnit(String code, String nameZh, String nameEn, String district) implements java.io.Serializable {
    }

    @Schema(name = "LeadUnitChange", description = "Renaming keeps the unit's identity (its code), projects and users")
    public record LeadUnitChange(Long version, String nameZh, String nameEn, String district, Boolean retired) implements java.io.Serializable {
    }

    @Schema(name = "SignInLock", description = "Failed sign-ins of one username from one client address")
    public record SignInLockView(String username, String clientAddress, int failures, LocalDateTime lastFailureAt,
                                 @Schema(description = "Locked until then (city time); null when not locked now")
                                 LocalDateTime lockedUntil) implements java.io.Serializable {
    }

    @Schema(name = "SignInEvent")
    public record SignInEventView(LocalDateTime occurredAt, String username, String clientAddress, String method,
                                  String outcome, String detail) implements java.io.Serializable {
    }
}
