package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.offices.BaselineComparison;
import org.citygov.plantracker.application.offices.Rebaselining;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every approved baseline of a project, next to the plan's deadline and the forecast. */
@Path("/projects/{code}/baselines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "offices")
public class ProjectBaselinesResource {

    @Inject
    private Rebaselining rebaselining;

    @GET
    @Operation(summary = "A project's baselines",
            description = "The plan's deadline, the original baseline, each approved revision, the current baseline "
                    + "and the forecast, per milestone and for the whole project.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BaselineComparison.class)))
    public BaselineComparison baselines(@PathParam("code") String code) {
        return rebaselining.baselines(code);
    }
}
