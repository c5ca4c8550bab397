package org.citygov.plantracker.interfaces.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.citygov.plantracker.application.SampleData;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.IOException;

/** Who is signed in (for the page header) and sign-out. */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SampleData sampleData;

    public String getDisplayName() {
        return currentUser.user().map(AppUser::getDisplayName).orElse("");
    }

    public String getUsername() {
        return currentUser.username();
    }

    public boolean hasRole(String role) {
        return currentUser.hasRole(Role.valueOf(role));
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    /** The banner that labels sample (示例) data on every page. */
    public boolean isSampleDataPresent() {
        return sampleData.present();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }
}
