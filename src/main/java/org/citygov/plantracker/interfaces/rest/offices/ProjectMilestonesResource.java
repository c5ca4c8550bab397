package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.offices.MilestoneProgress;
import org.citygov.plantracker.application.offices.MilestoneUpdate;
import org.citygov.plantracker.application.offices.MilestoneView;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
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
}
