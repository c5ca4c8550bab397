package org.citygov.plantracker.interfaces.rest;

/** Names of the reusable error responses declared on {@link RestApplication}, for {@code @APIResponse(ref = …)}. */
public final class ApiResponses {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";

    private ApiResponses() {
    }
}
