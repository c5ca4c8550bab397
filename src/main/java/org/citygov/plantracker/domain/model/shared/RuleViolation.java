package org.citygov.plantracker.domain.model.shared;

import java.util.List;

/**
 * Input that breaks a business rule. Carries one {@link Violation} per offending field, each with a
 * message key (resolved in the user's language by the interfaces) and an English fallback.
 * Thrown before anything is changed, so the caller's transaction rolls back with nothing written.
 */
public class RuleViolation extends RuntimeException {

    private final List<Violation> violations;

    public RuleViolation(List<Violation> violations) {
        super(violations.isEmpty() ? "Invalid input" : violations.get(0).english());
        this.violations = List.copyOf(violations);
    }

    public RuleViolation(String field, String messageKey, String english, Object... arguments) {
        this(List.of(new Violation(field, messageKey, english, arguments)));
    }

    public List<Violation> getViolations() {
        return violations;
    }

    /**
     * @param field      the input the rule is about (e.g. "percentComplete"), or null for the whole input
     * @param messageKey a key of the i18n/messages bundle
     * @param english    the English message, used where no bundle is at hand (logs, tests)
     * @param arguments  {0}, {1} … of the message
     */
    public record Violation(String field, String messageKey, String english, Object... arguments) {
    }
}
