package org.citygov.plantracker.interfaces.rest.library;

import org.citygov.plantracker.domain.model.shared.RuleViolation;

/** Checks of request bodies that come before any business rule. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation(null, "request.bodyRequired", "The request needs a JSON body");
        }
        return body;
    }

    static long version(Long version) {
        if (version == null) {
            throw new RuleViolation("version", "request.versionRequired", "Send the version you read (optimistic locking)");
        }
        return version;
    }
}
