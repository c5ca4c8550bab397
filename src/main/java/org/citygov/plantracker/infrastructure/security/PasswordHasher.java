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
