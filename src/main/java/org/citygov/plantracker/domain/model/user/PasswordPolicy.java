package org.citygov.plantracker.domain.model.user;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not the username, not one of
 * the most common passwords. Pure; the list of common passwords is handed in (see
 * {@code infrastructure.security.CommonPasswords}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Predicate<String> common;

    /** @param common whether a password (lower case) is one of the most common passwords */
    public PasswordPolicy(Predicate<String> common) {
        this.common = common;
    }

    /** The rules the password breaks, each with its own message; empty when it is acceptable. */
    public List<Violation> violations(String field, String username, String password) {
        List<Violation> broken = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            broken.add(new Violation(field, "password.tooShort",
                    "The password needs at least " + MIN_LENGTH + " characters", MIN_LENGTH));
            if (password == null) {
                return broken;
            }
        }
        if (password.length() > MAX_LENGTH) {
            broken.add(new Violation(field, "password.tooLong",
                    "The password has at most " + MAX_LENGTH + " characters", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add(new Violation(field, "password.containsUsername", "The password must not contain the username"));
        }
        if (common.test(lower) || common.test(lower.strip())) {
            broken.add(new Violation(field, "password.common",
                    "This is one of the most common passwords; choose another"));
        }
        return broken;
    }

    /** Throws a {@link RuleViolation} naming every broken rule. */
    public void check(String field, String username, String password) {
        List<Violation> broken = violations(field, username, password);
        if (!broken.isEmpty()) {
            throw new RuleViolation(broken);
        }
    }
}
