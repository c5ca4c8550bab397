package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.offices.StageChange;
import org.citygov.plantracker.application.offices.StageChanges;
import org.citygov.plantracker.application.offices.StageView;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.StageChangeDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's stage. */
@Path("/projects/{code}/stage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "offices")
public class ProjectStageResource {

    @Inject
    private StageChanges stages;

    @PUT
    @Operation(summary = "Change a project's stage",
            description = "Works may not start (新开工/续建) before every preparation milestone is done; 竣工 needs every "
                    + "milestone done (actual date) and every output confirmed with its actual quantity; 调出 needs a reason.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StageView.class)))
    @APIResponse(responseCode = "400", description = "Not allowed now; violations say what is missing",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "409", description = "The project changed since you read it")
    public StageView change(@PathParam("code") String code, StageChangeDto request) {
        StageChangeDto body = Requests.body(request);
        return stages.change(new StageChange(code, Requests.version(body.version()), body.stage(), body.reason()));
    }
}
