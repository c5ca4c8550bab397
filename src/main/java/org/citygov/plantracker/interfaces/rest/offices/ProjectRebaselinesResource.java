package org.citygov.plantracker.interfaces.rest.offices;

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
import org.citygov.plantracker.application.offices.RebaselineDecision;
import org.citygov.plantracker.application.offices.RebaselineProposal;
import org.citygov.plantracker.application.offices.RebaselineView;
import org.citygov.plantracker.application.offices.Rebaselining;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.DecisionDto;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.RebaselineRequestDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Re-baseline requests of a project: an office asks, the city government decides. */
@Path("/projects/{code}/rebaselines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "offices")
public class ProjectRebaselinesResource {

    @Inject
    private Rebaselining rebaselining;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "A project's re-baseline requests, newest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RebaselineView.class)))
    public List<RebaselineView> list(@PathParam("code") String code) {
        return rebaselining.requests(code);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One re-baseline request")
    public RebaselineView one(@PathParam("code") String code, @PathParam("id") Long id) {
        return rebaselining.requestOf(code, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a re-baseline",
            description = "New baseline dates for open milestones, with a reason. The approved baseline stays frozen "
                    + "until the city government approves; one pending request per project.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RebaselineView.class)))
    @APIResponse(responseCode = "400", description = "No reason, no change, a done milestone, already pending …",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Another unit's project")
    public Response request(@PathParam("code") String code, RebaselineRequestDto request) {
        RebaselineRequestDto body = Requests.body(request);
        RebaselineView filed = rebaselining.request(new RebaselineProposal(code, body.reason(),
                body.milestones() == null ? List.of() : body.milestones().stream()
                        .map(m -> new RebaselineProposal.ProposedDate(m.milestoneId(), m.newBaseline())).toList()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(filed.id())).build())
                .entity(filed).build();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject a re-baseline request (CITY_GOV)",
            description = "Approval moves the milestones' current baseline and records a new baseline revision "
                    + "(the original is kept as revision 0). Rejection needs a comment. Nobody decides their own request.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RebaselineView.class)))
    @APIResponse(responseCode = "403", description = "Not CITY_GOV")
    @APIResponse(responseCode = "409", description = "The request changed since you read it")
    public RebaselineView decide(@PathParam("code") String code, @PathParam("id") Long id, DecisionDto request) {
        DecisionDto body = Requests.body(request);
        if (body.approve() == null) {
            throw new RuleViolation("approve", "rebaseline.decisionRequired", "Say approve: true or false");
        }
        return rebaselining.decide(new RebaselineDecision(code, id, Requests.version(body.version()), body.approve(),
                body.comment()));
    }
}
