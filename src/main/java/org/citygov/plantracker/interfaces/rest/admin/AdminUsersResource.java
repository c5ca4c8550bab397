package org.citygov.plantracker.interfaces.rest.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.user.AdminViews.NewUser;
import org.citygov.plantracker.application.user.AdminViews.UserChange;
import org.citygov.plantracker.application.user.AdminViews.UserView;
import org.citygov.plantracker.application.user.AdminViews.UserWithOneTimePassword;
import org.citygov.plantracker.application.user.UserAdministration;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Users (ADMIN only): create, change, one-time passwords. */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Administration (ADMIN only): users, lead units, sign-in locks and the sign-in log; every change audited")
public class AdminUsersResource {

    @Inject
    private UserAdministration users;

    @GET
    @Operation(summary = "Every user", description = "Username, display name, roles, lead unit, enabled, version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<UserView> list() {
        return users.users();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView get(@PathParam("username") String username) {
        return users.user(username);
    }

    @POST
    @Operation(summary = "Create a user",
            description = "Roles: any of CITY_GOV, FINANCE, PROJECT_OFFICE, ADMIN (none: the user may sign in but sees nothing). "
                    + "A lead unit is required for PROJECT_OFFICE and refused for the others. The answer carries a "
                    + "one-time password, shown only here; the user must change it at the first sign-in.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = UserWithOneTimePassword.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken (username taken or invalid, lead unit missing …)",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response create(NewUser body) {
        return Response.status(201).entity(users.create(body)).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Change a user",
            description = "Display name, roles, lead unit, enabled (omitted fields keep their value; `leadUnit: \"\"` removes "
                    + "the unit). Send the version you "
                    + "read: 409 if someone changed the user since. The last enabled administrator cannot be disabled or "
                    + "lose the role ADMIN (400).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public UserView update(@PathParam("username") String username, UserChange body) {
        return users.update(username, body);
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(summary = "Give a user a new one-time password",
            description = "Returned once in this answer. Until the user changes it, the pages show only the password "
                    + "change and the API answers 403 passwordChangeRequired.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserWithOneTimePassword.class)))
    @APIResponse(responseCode = "404", description = "No such user")
    public UserWithOneTimePassword resetPassword(@PathParam("username") String username) {
        return users.resetPassword(username);
    }
}
