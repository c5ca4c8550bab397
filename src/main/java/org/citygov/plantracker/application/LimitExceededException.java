package org.citygov.plantracker.application;

/**
 * A user asked for more of a bounded resource than one user may have at a time (background report
 * jobs, whole-portfolio evaluations of new dates). Nothing was done; trying again later works. The
 * API answers 429, the pages show the message.
 */
public class LimitExceededException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public LimitExceededException(String messageKey, String english, Object... arguments) {
        super(english);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }
}
