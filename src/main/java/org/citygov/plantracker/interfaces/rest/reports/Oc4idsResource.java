package org.citygov.plantracker.interfaces.rest.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsExport;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsFilter;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.interfaces.rest.ApiResponses;
import org.citygov.plantracker.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The projects as an OC4IDS 0.9 project package, streamed as it is read (constant memory for any
 * number of projects). For a file in the background, submit an OC4IDS job instead.
 */
@Path("/oc4ids")
@Tag(name = "reports")
@RequestScoped
public class Oc4idsResource {

    @Inject
    private Oc4idsExport export;

    @Context
    private UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All or filtered projects as an OC4IDS project package (streamed)",
            description = "Open Contracting for Infrastructure Data Standard 0.9: status from the stage, budget with a "
                    + "breakdown by funding source, milestones (dueDate, dateMet, status), forecasts vs metrics, "
                    + "approved re-baselines as modifications, policy alignment to the plan's programs. A project office "
                    + "gets only its own projects. 400 when no project matches.")
    @APIResponse(responseCode = "200", description = "The project package",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public Response projects(
            @Parameter(description = "Program (工程) code", example = "C1.4") @QueryParam("program") String program,
            @Parameter(description = "Jurisdiction code, with every unit under it", example = "J04")
            @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Stage", schema = @Schema(type = SchemaType.STRING, implementation = Stage.class))
            @QueryParam("stage") String stage) {
        Oc4idsFilter filter = export.authorize(new Oc4idsFilter(ReportParameters.text(program),
                ReportParameters.text(jurisdiction), QueryParameters.enumValue("stage", stage, Stage.class), null));
        export.count(filter);
        String self = uri.getRequestUri().toString();
        StreamingOutput body = out -> export.write(filter, self, out, p -> { });
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
