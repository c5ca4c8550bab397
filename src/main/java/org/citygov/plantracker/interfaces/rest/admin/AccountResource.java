package org.citygov.plantracker.interfaces.rest.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.user.AccountService;
import org.citygov.plantracker.application.user.AccountService.AccountView;
import org.citygov.plantracker.application.user.AccountService.NewToken;
import org.citygov.plantracker.application.user.AccountService.TokenView;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The caller's own account: who, password, personal API tokens. */
@Path("/account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "account", description = "The caller's own account: password and personal API tokens (Bearer)")
public class AccountResource {

    @Inject
    private AccountService account;

    @Schema(name = "PasswordChange")
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Schema(name = "TokenRequest")
    public record TokenRequest(String name, @Schema(description = "Last day the token works: after today, at most a year ahead (yyyy-MM-dd)")
                               String expiresOn) {
    }

    @GET
    @Operation(summary = "Who the caller is: username, name, roles, lead unit, whether a password change is due")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountView.class)))
    public AccountView me() {
        return account.me();
    }

    @POST
    @Path("password")
    @Operation(summary = "Change the own password",
            description = "The current password and a new one: at least 12 characters, not containing the username, "
                    + "not one of the most common passwords. Also the way out of a one-time password.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Current password wrong, or a rule the new one breaks (each named)",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public Response changePassword(PasswordChange body) {
        if (body == null) {
            throw new RuleViolation("newPassword", "password.tooShort", "The password needs at least 12 characters", 12);
        }
        account.changePassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "The caller's API tokens (never their secrets)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenView.class)))
    public List<TokenView> tokens() {
        return account.tokens();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create a personal API token",
            description = "The answer's `secret` is shown only once: send it as `Authorization: Bearer <secret>`. The token "
                    + "acts with the caller's roles and stops working when revoked, expired or the user is disabled.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = NewToken.class)))
    @APIResponse(responseCode = "400", description = "No name, or an expiry in the past or more than a year ahead",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public Response create(TokenRequest body) {
        LocalDate expires;
        try {
            expires = body == null || body.expiresOn() == null ? null : LocalDate.parse(body.expiresOn().trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("expiresOn", "token.expiry.past", "The expiry date must be after today");
        }
        return Response.status(201).entity(account.createToken(body == null ? null : body.name(), expires)).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens (it stops working at once)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "404", description = "No such token of the caller")
    public TokenView revoke(@PathParam("id") long id) {
        return account.revokeToken(id);
    }
}
