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
import org.citygov.plantracker.application.user.AdminViews.LeadUnitChange;
import org.citygov.plantracker.application.user.AdminViews.LeadUnitView;
import org.citygov.plantracker.application.user.AdminViews.NewLeadUnit;
import org.citygov.plantracker.application.user.UserAdministration;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Lead units 项目单位 (ADMIN only). */
@Path("/admin/lead-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminLeadUnitsResource {

    @Inject
    private UserAdministration administration;

    @GET
    @Operation(summary = "Every lead unit", description = "Code, names zh/en, 区县(市), retired, number of users, version.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LeadUnitView.class)))
    public List<LeadUnitView> list() {
        return administration.leadUnits();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One lead unit")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LeadUnitView.class)))
    @APIResponse(responseCode = "404", description = "No such lead unit")
    public LeadUnitView get(@PathParam("code") String code) {
        return administration.leadUnit(code);
    }

    @POST
    @Operation(summary = "Create a lead unit", description = "Code (its identity), Chinese name (required), English name, "
            + "the code of the 区县(市) it belongs to (optional).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LeadUnitView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public Response create(NewLeadUnit body) {
        return Response.status(201).entity(administration.createLeadUnit(body)).build();
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Rename, place or retire a lead unit",
            description = "Renaming keeps the unit (its code, projects and users). A retired unit keeps its projects and "
                    + "history, but its users can no longer sign in. Omitted fields keep their value; an empty "
                    + "`nameEn` or `district` clears it. Send the version you read (409 otherwise).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LeadUnitView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "404", description = "No such lead unit")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public LeadUnitView update(@PathParam("code") String code, LeadUnitChange body) {
        return administration.updateLeadUnit(code, body);
    }
}
