package org.citygov.plantracker.application.reports;

/**
 * A report file could not be made for a reason an operator can fix (a missing font, a full disk).
 * Carries a message key so the job's failure is told in the user's language.
 */
public class RenderingException extends RuntimeException {

    private final String messageKey;

    public RenderingException(String messageKey, String englishMessage, Throwable cause) {
        super(englishMessage, cause);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
