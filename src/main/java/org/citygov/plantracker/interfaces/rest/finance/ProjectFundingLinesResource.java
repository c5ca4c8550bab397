package org.citygov.plantracker.interfaces.rest.finance;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.funding.FundingCommands;
import org.citygov.plantracker.application.funding.FundingQueries;
import org.citygov.plantracker.application.funding.FundingWorkflow;
import org.citygov.plantracker.application.funding.LineView;
import org.citygov.plantracker.application.funding.ProjectFunding;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A project's funding lines: read them with the derived figures, or request a new one (the project office). */
@Path("/projects/{code}/funding-lines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "finance")
public class ProjectFundingLinesResource {

    @Inject
    private FundingQueries queries;

    @Inject
    private FundingWorkflow workflow;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "A project's funding lines with ledgers, derived figures and money vs works",
            description = "`position`: requested, pending, approved (secured), disbursed, unsecured (未落实 = total "
                    + "investment − approved), shares and the split by source. `assessment`: the money-vs-works flags. "
                    + "An office reads only its own unit's projects.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProjectFunding.class)))
    @APIResponse(responseCode = "403", description = "Another unit's project")
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectFunding list(@PathParam("code") String code) {
        return queries.project(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request funding (the project office)",
            description = "The project's own office (or an administrator). The source must be active and allowed for the "
                    + "project's category, the year within the project's span, the amount positive. The line waits for "
                    + "the finance bureau's review (status REQUESTED).")
    @APIResponse(responseCode = "201", description = "Requested; Location names the line",
            content = @Content(schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not this project's office")
    public Response request(@PathParam("code") String code, FinanceBodies.LineRequest body) {
        FinanceBodies.LineRequest b = FinanceBodies.body(body);
        Long id = workflow.request(code, new FundingCommands.Request(b.source(), b.year(), b.requested(), b.note()));
        return Response.created(uri.getBaseUriBuilder().path("funding/lines").path(String.valueOf(id)).build())
                .entity(queries.line(id)).build();
    }

    @POST
    @Path("/yearly")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request funding over several years (the project office)",
            description = "One line per year from one source, across the project's span (a project running 2024–2027 "
                    + "may ask for each of the four years; the plan period does not limit it). Each year within the span, "
                    + "given once, its amount positive; any fault refuses the whole request (400, every fault listed) "
                    + "and stores nothing. Each line then waits for the finance bureau's review on its own.")
    @APIResponse(responseCode = "201", description = "Requested; the new lines in year order",
            content = @Content(schema = @Schema(implementation = LineView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not this project's office")
    public Response requestYears(@PathParam("code") String code, FinanceBodies.YearlyRequest body) {
        FinanceBodies.YearlyRequest b = FinanceBodies.body(body);
        List<Long> ids = workflow.requestYears(code, new FundingCommands.YearlyRequest(b.source(),
                b.years() == null ? null : b.years().stream()
                        .map(y -> y == null ? null : new FundingCommands.YearAmount(y.year(), y.requested())).toList(),
                b.note()));
        return Response.created(uri.getBaseUriBuilder().path("projects").path(code).path("funding-lines").build())
                .entity(ids.stream().map(queries::line).toList()).build();
    }
}
