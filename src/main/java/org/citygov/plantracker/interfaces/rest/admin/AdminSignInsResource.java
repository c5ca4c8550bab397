package org.citygov.plantracker.interfaces.rest.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.user.AdminViews.SignInEventView;
import org.citygov.plantracker.application.user.AdminViews.SignInLockView;
import org.citygov.plantracker.application.user.SignInAdministration;
import org.citygov.plantracker.domain.model.user.SignInMethod;
import org.citygov.plantracker.domain.model.user.SignInOutcome;
import org.citygov.plantracker.interfaces.rest.InvalidParameterException;
import org.citygov.plantracker.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Sign-in locks and the sign-in log (ADMIN only). */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminSignInsResource {

    @Inject
    private SignInAdministration signIns;

    @GET
    @Path("sign-in-locks")
    @Operation(summary = "Failed sign-ins per username and client address",
            description = "`lockedUntil` is set while sign-in from that address is locked.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SignInLockView.class)))
    public List<SignInLockView> locks() {
        return signIns.locks();
    }

    @DELETE
    @Path("sign-in-locks/{username}")
    @Operation(summary = "Clear a username's locks and failure counts (every address); audited")
    @APIResponse(responseCode = "200", description = "How many were cleared: {\"cleared\": n}")
    public Map<String, Integer> clear(@PathParam("username") String username) {
        return Map.of("cleared", signIns.clearLock(username));
    }

    @GET
    @Path("sign-in-log")
    @Operation(summary = "The sign-in log, newest first (at most 500 lines)",
            description = "Sign-ins, failures, locks, token use: user, time (city time), client address, method "
                    + "(FORM, BASIC, TOKEN), outcome. Never a password.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SignInEventView.class)))
    @APIResponse(responseCode = "400", description = "An unknown outcome or method, or a date that is not yyyy-MM-dd")
    public List<SignInEventView> log(@QueryParam("username") String username,
                                     @Parameter(description = "SIGNED_IN, FAILED, LOCKED, REFUSED_LOCKED, LOCK_CLEARED, TOKEN_USED, TOKEN_REFUSED")
                                     @QueryParam("outcome") String outcome,
                                     @Parameter(description = "FORM, BASIC or TOKEN") @QueryParam("method") String method,
                                     @QueryParam("from") String from, @QueryParam("to") String to) {
        return signIns.events(username, QueryParameters.enumValue("outcome", outcome, SignInOutcome.class),
                QueryParameters.enumValue("method", method, SignInMethod.class),
                date("from", from), date("to", to));
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "admin.badDate",
                    "Parameter " + parameter + " must be a date YYYY-MM-DD, got '" + value + "'", parameter, value);
        }
    }
}
