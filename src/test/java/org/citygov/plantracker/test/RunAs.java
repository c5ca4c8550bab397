package org.citygov.plantracker.test;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/**
 * Runs in-container test code as a given user, authenticated by the application's own security
 * domain (the same realm the login page and REST use), so the service layer sees that user.
 */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T user(String username, String password, Callable<T> work) {
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent()
                    .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
            return identity.runAs(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void user(String username, String password, Runnable work) {
        user(username, password, () -> {
            work.run();
            return null;
        });
    }
}
