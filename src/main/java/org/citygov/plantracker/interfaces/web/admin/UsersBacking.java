package org.citygov.plantracker.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.user.AdminViews.LeadUnitView;
import org.citygov.plantracker.application.user.AdminViews.NewUser;
import org.citygov.plantracker.application.user.AdminViews.UserChange;
import org.citygov.plantracker.application.user.AdminViews.UserView;
import org.citygov.plantracker.application.user.AdminViews.UserWithOneTimePassword;
import org.citygov.plantracker.application.user.UserAdministration;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** admin/users.xhtml — users: create, change roles, unit and state, hand out one-time passwords. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration administration;

    private List<UserView> users;
    private List<LeadUnitView> leadUnits;
    private boolean adding;
    private Long version;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String leadUnit;
    private boolean enabled;
    /** shown once, right after it was set */
    private String oneTimePassword;
    private String oneTimeUser;

    public void load() {
        users = administration.users();
        leadUnits = administration.leadUnits().stream().filter(u -> !u.retired()).toList();
    }

    public void startAdd() {
        adding = true;
        version = null;
        username = null;
        displayName = null;
        roles = new ArrayList<>();
        leadUnit = null;
        enabled = true;
        oneTimePassword = null;
    }

    public void startEdit(UserView u) {
        adding = false;
        version = u.version();
        username = u.username();
        displayName = u.displayName();
        roles = new ArrayList<>(u.roles().stream().map(Enum::name).toList());
        leadUnit = u.leadUnit() == null ? null : u.leadUnit().code();
        enabled = u.enabled();
        oneTimePassword = null;
    }

    public void save() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.valueOf(r)));
        String unit = chosen.contains(Role.PROJECT_OFFICE) ? leadUnit : null;
        if (adding) {
            UserWithOneTimePassword created = administration.create(new NewUser(username, displayName, chosen, unit, enabled));
            showOneTime(created);
            AdminFaces.info("admin.user.created", created.user().username());
        } else {
            administration.update(username, new UserChange(version, displayName, chosen, unit == null ? "" : unit, enabled));
            AdminFaces.info("admin.user.saved", username);
        }
        load();
    }

    public void resetPassword(UserView u) {
        showOneTime(administration.resetPassword(u.username()));
        load();
    }

    private void showOneTime(UserWithOneTimePassword result) {
        oneTimePassword = result.oneTimePassword();
        oneTimeUser = result.user().username();
    }

    public Role[] getAllRoles() { return Role.values(); }
    public List<UserView> getUsers() { return users; }
    public List<LeadUnitView> getLeadUnits() { return leadUnits; }
    public boolean isAdding() { return adding; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getLeadUnit() { return leadUnit; }
    public void setLeadUnit(String leadUnit) { this.leadUnit = leadUnit; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getOneTimePassword() { return oneTimePassword; }
    public String getOneTimeUser() { return oneTimeUser; }
}
