package org.citygov.plantracker.interfaces.rest.library;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.library.LibraryProposals;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.DecisionRequest;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.ProposalDto;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.ProposalRequest;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.ReopenRequest;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.VersionRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One proposal: read it, decide it (the city), revise or take it back (its office). */
@Path("/library/proposals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "library")
public class LibraryProposalsResource {

    @Inject
    private LibraryProposals proposals;

    @GET
    @Operation(summary = "One proposal", description = "Field by field before → after; for START the readiness gates.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(responseCode = "403", description = "Another unit's proposal")
    @APIResponse(responseCode = "404", description = "No such proposal")
    public ProposalDto get(@PathParam("id") Long id) {
        return ProposalDto.of(proposals.detail(id));
    }

    @POST
    @Path("decision")
    @Operation(summary = "Approve, reject or return a proposal (CITY_GOV)", description = "A comment is required to "
            + "reject or return. Approving a move to 新开工 re-checks the readiness gates. Audited; approved "
            + "proposals apply when the round closes.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(responseCode = "400", description = "Not submitted, no comment, gates unmet. To change the decision on "
            + "an approved proposal, reopen it first (POST …/reopen)",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not the city government (e.g. a project office)")
    @APIResponse(responseCode = "409", description = "The proposal changed since you read it")
    public ProposalDto decide(@PathParam("id") Long id, DecisionRequest request) {
        DecisionRequest r = Bodies.required(request);
        return ProposalDto.of(proposals.decide(id, Bodies.version(r.version()), r.decision(), r.comment()));
    }

    @POST
    @Path("reopen")
    @Operation(summary = "Take back the approval of a proposal (CITY_GOV)", description = "撤销同意: while the round "
            + "is open, an APPROVED proposal is set back to SUBMITTED with a required comment and waits for a new "
            + "decision (approve, reject or return). Use it when an approved proposal can no longer be applied and "
            + "blocks the close. Audited.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(responseCode = "400", description = "Not approved, no comment, or the round is closed",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not the city government (e.g. a project office)")
    @APIResponse(responseCode = "409", description = "The proposal changed since you read it")
    public ProposalDto reopen(@PathParam("id") Long id, ReopenRequest request) {
        ReopenRequest r = Bodies.required(request);
        return ProposalDto.of(proposals.reopen(id, Bodies.version(r.version()), r.comment()));
    }

    @PUT
    @Operation(summary = "Revise and resubmit a returned proposal (its office)", description = "Same body as a "
            + "submission, with the version you read; the kind cannot change. Allowed until the round closes.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(responseCode = "409", description = "The proposal changed since you read it")
    public ProposalDto revise(@PathParam("id") Long id, ProposalRequest request) {
        ProposalRequest r = Bodies.required(request);
        return ProposalDto.of(proposals.revise(id, Bodies.version(r.version()), r.toDraft(null)));
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Take back a proposal not yet decided (its office)")
    public ProposalDto cancel(@PathParam("id") Long id, VersionRequest request) {
        return ProposalDto.of(proposals.cancel(id, Bodies.version(Bodies.required(request).version())));
    }
}
