package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.offices.OutputConfirmation;
import org.citygov.plantracker.application.offices.OutputView;
import org.citygov.plantracker.application.offices.StageChanges;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.OutputConfirmationDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Confirming a project's outputs at completion. */
@Path("/projects/{code}/outputs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "offices")
public class ProjectOutputsResource {

    @Inject
    private StageChanges stages;

    @PUT
    @Path("{id}/confirmation")
    @Operation(summary = "Confirm an output's actual quantity",
            description = "Only confirmed outputs count toward plan targets; 竣工 needs every output confirmed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OutputView.class)))
    public OutputView confirm(@PathParam("code") String code, @PathParam("id") Long id, OutputConfirmationDto request) {
        OutputConfirmationDto body = Requests.body(request);
        return stages.confirmOutput(new OutputConfirmation(code, id, Requests.version(body.version()),
                body.actualQuantity()));
    }
}
