package org.citygov.plantracker.application.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.Role;

import java.security.Principal;
import java.util.Optional;

/**
 * The user of the current request (page, ajax or REST call), as the container authenticated it.
 * Read once per request from the app_user table, so the lead-unit binding is always current.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    private Principal principal;

    @Inject
    private TokenIdentity token;

    @PersistenceContext
    private EntityManager em;

    private Optional<AppUser> user;
    private String userName;

    public Optional<AppUser> user() {
        String name = username();
        // re-read if the identity changed within the request (programmatic login, run-as)
        if (user == null || !java.util.Objects.equals(name, userName)) {
            userName = name;
            user = name == null ? Optional.empty()
                    : em.createQuery("SELECT u FROM AppUser u LEFT JOIN FETCH u.leadUnit WHERE u.username = :n AND u.enabled = TRUE", AppUser.class)
                    .setParameter("n", name).getResultStream().findFirst().filter(AppUser::maySignIn);
        }
        return user;
    }

    /** The authenticated name, or null when nobody is signed in. */
    public String username() {
        if (token.username() != null) {
            return token.username();
        }
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? null : name;
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public boolean hasRole(Role role) {
        return user().map(u -> u.hasRole(role)).orElse(false);
    }

    /** The lead unit an office user is confined to; empty for users who may see every project. */
    public Optional<Long> confinedToLeadUnit() {
        if (user().filter(u -> u.getRoles().isEmpty()).isPresent()) {
            // a user without a role sees nothing, never everything
            throw new AccessDeniedException("access.noRole", "Your account has no role");
        }
        return user().filter(AppUser::isProjectOffice).map(u -> u.getLeadUnit().getId());
    }

    /** For the audit trail: the user's name, or "system" for work the application does itself. */
    public String actorName() {
        String name = username();
        return name == null ? "system" : name;
    }
}
