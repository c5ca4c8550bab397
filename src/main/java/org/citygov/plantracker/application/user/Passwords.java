package org.citygov.plantracker.application.user;

import org.citygov.plantracker.domain.model.user.PasswordPolicy;
import org.citygov.plantracker.infrastructure.security.CommonPasswords;

/** The one password policy of the application, with the shipped list of common passwords. */
public final class Passwords {

    public static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords::contains);

    private Passwords() {
    }
}
