package org.citygov.plantracker.interfaces.rest;

/**
 * A query or path parameter the API cannot use (an unknown enum value, a page size out of range).
 * Answered 400 with the parameter named, never 404 or 500.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidParameterException(String parameter, String messageKey, String english, Object... arguments) {
        super(english);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getParameter() { return parameter; }
    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }
}
