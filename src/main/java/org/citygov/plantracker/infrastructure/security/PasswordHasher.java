package org.citygov.plantracker.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.citygov.plantracker.domain.model.user.AppUser.HashedPassword;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Hashes passwords with bcrypt through Elytron's own password API, so the jdbc-realm
 * (bcrypt-mapper) verifies exactly what we store.
 */
@ApplicationScoped
public class PasswordHasher {

    /** bcrypt cost factor (2^10 rounds). */
    static final int COST = 10;
    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private final SecureRandom random = new SecureRandom();

    /**
     * A bcrypt check of the same cost against a fixed hash, whose result is thrown away: what a
     * sign-in of an unknown user does, so that it takes as long as a wrong password of a real one.
     */
    public void verifyDummy(String password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            factory.verify(dummy(), (password == null ? "" : password).toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Whether a password matches a stored bcrypt hash. */
    public boolean matches(HashedPassword stored, String password) {
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword hashed = (BCryptPassword) factory.generatePassword(new org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec(
                    base64.decode(stored.hash()), base64.decode(stored.salt()), stored.iterations()));
            return factory.verify(hashed, (password == null ? "" : password).toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private volatile BCryptPassword dummy;

    private BCryptPassword dummy() throws GeneralSecurityException {
        if (dummy == null) {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            random.nextBytes(salt);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            dummy = (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(
                    ("unknown-" + random.nextLong()).toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
        }
        return dummy;
    }

    public HashedPassword hash(String password) {
        if (password == null || password.length() < 6) {
            throw new IllegalArgumentException("Password must have at least 6 characters");
        }
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        random.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword hashed = (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(
                    password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            Base64.Encoder base64 = Base64.getEncoder();
            return new HashedPassword(base64.encodeToString(hashed.getHash()),
                    base64.encodeToString(hashed.getSalt()), hashed.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }
}
