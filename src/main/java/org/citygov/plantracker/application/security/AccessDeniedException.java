package org.citygov.plantracker.application.security;

import jakarta.ejb.ApplicationException;

/** The signed-in user may not do this. Mapped to HTTP 403 by REST and to a message by the web pages. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    /** A key in the messages bundle, with its arguments, so each interface can say it in the user's language. */
    private final String messageKey;
    private final transient Object[] arguments;

    public AccessDeniedException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /**
     * What a project office is told when it names a project that does not exist: the same refusal as
     * for another unit's project (issue 15), so that an office cannot learn which codes exist by
     * telling 403 from 404. Anyone else gets the plain "not found". Empty when the thing unknown is
     * no project.
     */
    public static java.util.Optional<AccessDeniedException> hidingExistence(
            org.citygov.plantracker.application.UnknownEntityException unknown, boolean projectOffice) {
        if (!projectOffice || !"project".equals(unknown.getKind())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new AccessDeniedException("access.otherUnit",
                "Project " + unknown.getKey() + " belongs to another lead unit", unknown.getKey()));
    }

    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }
}
