package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.offices.MilestonePlanView;
import org.citygov.plantracker.application.offices.MilestonePlans;
import org.citygov.plantracker.application.offices.MilestoneProgress;
import org.citygov.plantracker.application.offices.MilestoneUpdate;
import org.citygov.plantracker.application.offices.MilestoneView;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.MilestonePlanRequest;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.MilestonePositionRequest;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.MilestoneUpdateRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Milestone updates by project offices. */
@Path("/projects/{code}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "offices", description = "Project offices: milestones, monthly reports, baselines, stages, history")
public class ProjectMilestonesResource {

    @Inject
    private MilestoneProgress progress;

    @Inject
    private MilestonePlans plans;

    @GET
    @Operation(summary = "A project's milestones with their versions",
            description = "Original baseline, current baseline, forecast, actual date, percent, note and the "
                    + "version to send with an update.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public List<MilestoneView> list(@PathParam("code") String code) {
        return progress.milestones(code);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a milestone",
            description = "Percent complete, forecast, actual date and note of one milestone. Send the version you "
                    + "read: if someone saved the milestone since, the answer is 409 and nothing changes. "
                    + "A project office may only update its own lead unit's projects (else 403).")
    @APIResponse(responseCode = "200", description = "Updated; the body has the new version",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken; violations per field",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Another unit's project, or a role that may not edit")
    @APIResponse(responseCode = "404", description = "No such project or milestone")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public MilestoneView update(@PathParam("code") String code, @PathParam("id") Long id,
                                MilestoneUpdateRequest request) {
        MilestoneUpdateRequest body = Requests.body(request);
        return progress.update(new MilestoneUpdate(code, id, Requests.version(body.version()), body.percentComplete(),
                body.forecast(), body.actual(), body.note()));
    }

    @GET
    @Path("plan")
    @Operation(summary = "A project's milestone plan",
            description = "The steps with their share of the total weight (weights are relative), whether the plan "
                    + "is still open (储备/前期) and whether you may edit it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MilestonePlanView.class)))
    public MilestonePlanView plan(@PathParam("code") String code) {
        return plans.plan(code);
    }

    @POST
    @Operation(summary = "Add a milestone to the plan (储备/前期 only)",
            description = "Names, kind, relative weight and baseline date; position (1-based) places it, else it "
                    + "goes last. Refused (400) once works have started: the plan is then the frozen original baseline.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken; violations per field",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Another unit's project, or a role that may not edit")
    public Response add(@PathParam("code") String code, MilestonePlanRequest request) {
        MilestonePlanRequest body = Requests.body(request);
        MilestoneView added = plans.add(code, body.item(), body.position());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("{id}/plan")
    @Operation(summary = "Change a planned milestone (储备/前期 only)",
            description = "Names, kind, weight and baseline date of one step, with the version you read (409 if stale).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken, or the plan is frozen",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public MilestoneView replan(@PathParam("code") String code, @PathParam("id") Long id, MilestonePlanRequest request) {
        MilestonePlanRequest body = Requests.body(request);
        return plans.change(code, id, Requests.version(body.version()), body.item());
    }

    @PUT
    @Path("{id}/position")
    @Operation(summary = "Move a planned milestone (储备/前期 only)",
            description = "To position (1-based); the others are renumbered. With the version you read (409 if stale).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public MilestoneView move(@PathParam("code") String code, @PathParam("id") Long id,
                              MilestonePositionRequest request) {
        MilestonePositionRequest body = Requests.body(request);
        return plans.move(code, id, Requests.version(body.version()), body.position() == null ? 1 : body.position());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a planned milestone (储备/前期 only; not one already done)",
            description = "With the version you read as ?version= (409 if stale).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "The plan is frozen, the milestone is done, or no version")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public Response remove(@PathParam("code") String code, @PathParam("id") Long id,
                           @QueryParam("version") Long version) {
        plans.remove(code, id, Requests.version(version));
        return Response.noContent().build();
    }
}
