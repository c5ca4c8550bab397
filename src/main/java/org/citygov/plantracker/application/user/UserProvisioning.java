package org.citygov.plantracker.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.user.AppUser;
import org.citygov.plantracker.domain.model.user.AppUser.HashedPassword;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.infrastructure.security.PasswordHasher;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates users and lead units on behalf of the application itself (demo mode, tests, the admin
 * user service). No interface calls it directly: it does not check who is asking.
 */
@ApplicationScoped
public class UserProvisioning {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Transactional
    public LeadUnit leadUnit(String code, String nameZh, String nameEn, boolean sample) {
        return findLeadUnit(code).orElseGet(() -> {
            LeadUnit unit = new LeadUnit(code, nameZh, nameEn, sample);
            em.persist(unit);
            return unit;
        });
    }

    public Optional<LeadUnit> findLeadUnit(String code) {
        return em.createQuery("SELECT u FROM LeadUnit u WHERE u.code = :c", LeadUnit.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Optional<AppUser> findUser(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :n", AppUser.class)
                .setParameter("n", username).getResultStream().findFirst();
    }

    /** Creates the user unless one of that name exists; returns whether it was created. */
    @Transactional
    public boolean userIfAbsent(String username, String displayName, String password, Set<Role> roles,
                                String leadUnitCode, boolean sample) {
        return userIfAbsent(username, displayName, () -> hasher.hash(password), roles, leadUnitCode, sample);
    }

    /**
     * As above, with the password hash supplied (and computed only if the user is created): lets demo
     * mode hash its one shared, published password once for all demo users instead of paying bcrypt
     * for each at start-up.
     */
    @Transactional
    public boolean userIfAbsent(String username, String displayName, Supplier<HashedPassword> password,
                                Set<Role> roles, String leadUnitCode, boolean sample) {
        if (findUser(username).isPresent()) {
            return false;
        }
        LeadUnit unit = leadUnitCode == null ? null : findLeadUnit(leadUnitCode)
                .orElseThrow(() -> new IllegalArgumentException("No lead unit " + leadUnitCode));
        em.persist(new AppUser(username, displayName, password.get(), roles, unit, sample));
        return true;
    }

    /** The hash of a password, for {@link #userIfAbsent(String, String, Supplier, Set, String, boolean)}. */
    public HashedPassword hash(String password) {
        return hasher.hash(password);
    }
}
