package org.citygov.plantracker.interfaces.rest.library;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.citygov.plantracker.application.library.LibraryProposals;
import org.citygov.plantracker.application.library.LibraryRounds;
import org.citygov.plantracker.application.library.ProposalRow;
import org.citygov.plantracker.application.library.RoundOpening;
import org.citygov.plantracker.application.library.RoundView;
import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.DeadlineRequest;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.ProposalDto;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.ProposalRequest;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.RoundRequest;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.VersionRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Rounds of the rolling project library and the proposals submitted in them. */
@Path("/library/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "library", description = "The rolling project library (滚动项目储备库): rounds, proposals, review, "
        + "readiness gates, snapshots and diffs, the three-year rolling investment plan, carry-over to a new plan")
public class LibraryRoundsResource {

    @Inject
    private LibraryRounds rounds;

    @Inject
    private LibraryProposals proposals;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "All rounds, newest first", description = "With the proposal counts per status "
            + "(a project office sees its own unit's counts).")
    public List<RoundView> list() {
        return rounds.list();
    }

    @POST
    @Operation(summary = "Open a round (CITY_GOV)", description = "Project offices may submit proposals until the "
            + "end of the deadline day (Asia/Shanghai).")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "400", description = "Invalid (code taken, deadline in the past …)",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not the city government")
    public Response open(RoundRequest request) {
        RoundRequest r = Bodies.required(request);
        RoundView view = rounds.open(new RoundOpening(r.code(), r.nameZh(), r.nameEn(), r.fiscalYear(),
                r.submissionDeadline(), r.planCode()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build()).entity(view).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One round")
    @APIResponse(responseCode = "404", description = "No such round")
    public RoundView get(@PathParam("code") String code) {
        return rounds.detail(code);
    }

    @PUT
    @Path("{code}/deadline")
    @Operation(summary = "Move the submission deadline (CITY_GOV)")
    @APIResponse(responseCode = "409", description = "The round changed since you read it")
    public RoundView moveDeadline(@PathParam("code") String code, DeadlineRequest request) {
        DeadlineRequest r = Bodies.required(request);
        return rounds.moveDeadline(code, Bodies.version(r.version()), r.submissionDeadline());
    }

    @POST
    @Path("{code}/close")
    @Operation(summary = "Close the round (CITY_GOV)", description = "Refused (400) while proposals wait for a decision. "
            + "Applies every approved proposal and freezes a snapshot in one transaction: if any proposal can no "
            + "longer be applied, nothing changes and the answer names it.")
    @APIResponse(responseCode = "200", description = "Closed; snapshotId names the frozen snapshot")
    @APIResponse(responseCode = "400", description = "Pending proposals, or a proposal that cannot be applied",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public RoundView close(@PathParam("code") String code, VersionRequest request) {
        return rounds.close(code, Bodies.version(Bodies.required(request).version()));
    }

    @GET
    @Path("{code}/proposals")
    @Operation(summary = "The round's proposals", description = "A project office sees only its own unit's.")
    public List<ProposalRow> proposals(@PathParam("code") String code, @QueryParam("status") ProposalStatus status,
                                       @QueryParam("kind") ProposalKind kind) {
        return proposals.list(code, status, kind);
    }

    @POST
    @Path("{code}/proposals")
    @Operation(summary = "Submit a proposal (PROJECT_OFFICE, own unit)", description = "Refused after the deadline, "
            + "for another unit's project, while the project has another proposal in play, and for START while a "
            + "readiness gate (用地, 环评, 可研批复, funding share) is unmet — one violation per unmet gate.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken; violations per field",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not a project office, or another unit's project")
    public Response submit(@PathParam("code") String code, ProposalRequest request) {
        ProposalDto dto = ProposalDto.of(proposals.submit(Bodies.required(request).toDraft(code)));
        return Response.created(uri.getBaseUriBuilder().path("library/proposals").path(String.valueOf(dto.id())).build())
                .entity(dto).build();
    }
}
