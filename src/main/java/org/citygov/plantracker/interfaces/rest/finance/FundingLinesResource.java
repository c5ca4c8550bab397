package org.citygov.plantracker.interfaces.rest.finance;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.funding.FundingCommands;
import org.citygov.plantracker.application.funding.FundingQueries;
import org.citygov.plantracker.application.funding.FundingWorkflow;
import org.citygov.plantracker.application.funding.LineFilter;
import org.citygov.plantracker.application.funding.LineRow;
import org.citygov.plantracker.application.funding.LineView;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** Funding lines across projects: lists, the review queue, review, resubmission and disbursement. */
@Path("/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "finance")
public class FundingLinesResource {

    @Inject
    private FundingQueries queries;

    @Inject
    private FundingWorkflow workflow;

    @Context
    private UriInfo uri;

    @GET
    @Path("lines")
    @Operation(summary = "Funding lines, filtered", description = "FINANCE, CITY_GOV or ADMIN. Filters combine with AND.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LineRow.class)))
    public List<LineRow> lines(@QueryParam("status") String status, @QueryParam("source") String source,
                               @QueryParam("year") Integer year, @QueryParam("jurisdiction") String jurisdiction,
                               @QueryParam("program") String program, @QueryParam("chapter") Integer chapter,
                               @QueryParam("project") String project) {
        return queries.lines(new LineFilter(status(status), source, year, jurisdiction, program, chapter, project));
    }

    @GET
    @Path("review-queue")
    @Operation(summary = "The review queue: pending requests, oldest first", description = "FINANCE, CITY_GOV or ADMIN.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LineRow.class)))
    public List<LineRow> queue(@QueryParam("source") String source, @QueryParam("year") Integer year,
                               @QueryParam("jurisdiction") String jurisdiction) {
        return queries.reviewQueue(new LineFilter(null, source, year, jurisdiction, null, null, null));
    }

    @GET
    @Path("lines/{id}")
    @Operation(summary = "One funding line with its disbursement ledger")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "404", description = "No such line")
    public LineView line(@PathParam("id") Long id) {
        return queries.line(id);
    }

    @POST
    @Path("lines/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review a pending line (the finance bureau)",
            description = "FINANCE only. APPROVE for the requested amount or less; REJECT or RETURN with a comment. "
                    + "Audited. Send the version you read.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not the finance bureau")
    @APIResponse(responseCode = "409", description = "Changed by someone else since read")
    public LineView review(@PathParam("id") Long id, FinanceBodies.Review body) {
        FinanceBodies.Review b = FinanceBodies.body(body);
        workflow.review(id, new FundingCommands.Review(FinanceBodies.version(b.version()), decision(b.decision()),
                b.approved(), b.comment()));
        return queries.line(id);
    }

    @POST
    @Path("lines/{id}/resubmission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a returned request and send it again (the project office)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LineView.class)))
    public LineView resubmit(@PathParam("id") Long id, FinanceBodies.Resubmission body) {
        FinanceBodies.Resubmission b = FinanceBodies.body(body);
        workflow.resubmit(id, new FundingCommands.Resubmission(FinanceBodies.version(b.version()), b.requested(), b.note()));
        return queries.line(id);
    }

    @POST
    @Path("lines/{id}/disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a disbursement (拨付) against an approved line",
            description = "FINANCE only. Positive amount, date not in the future, voucher number; the line's total "
                    + "disbursed may not exceed its approval. The ledger is append-only.")
    @APIResponse(responseCode = "201", description = "Recorded; the line with its ledger",
            content = @Content(schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not the finance bureau")
    @APIResponse(responseCode = "409", description = "Changed by someone else since read")
    public Response disburse(@PathParam("id") Long id, FinanceBodies.Payment body) {
        FinanceBodies.Payment b = FinanceBodies.body(body);
        Long entry = workflow.disburse(id, new FundingCommands.Payment(FinanceBodies.version(b.version()), b.paidOn(),
                b.amount(), b.voucherNo(), b.note()));
        return Response.created(uri.getBaseUriBuilder().path("funding/disbursements").path(String.valueOf(entry)).build())
                .entity(queries.line(id)).build();
    }

    @POST
    @Path("disbursements/{entryId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a disbursement by a reversing entry (冲销)",
            description = "FINANCE only. The entry is never edited: a new entry of the opposite amount names it. An entry "
                    + "is reversed at most once; a reversing entry is never reversed. Send the line's version.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public Response reverse(@PathParam("entryId") Long entryId, FinanceBodies.Reversal body) {
        FinanceBodies.Reversal b = FinanceBodies.body(body);
        Long reversal = workflow.reverse(entryId, new FundingCommands.Reversal(FinanceBodies.version(b.version()),
                b.on(), b.reason()));
        Long lineId = queries.lineOfEntry(reversal);
        return Response.created(uri.getBaseUriBuilder().path("funding/disbursements").path(String.valueOf(reversal))
                .build()).entity(queries.line(lineId)).build();
    }

    private static FundingLineStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return FundingLineStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("status", "funding.statusUnknown", "Unknown status " + status, status);
        }
    }

    private static FundingCommands.Decision decision(String decision) {
        if (decision == null || decision.isBlank()) {
            return null;
        }
        try {
            return FundingCommands.Decision.valueOf(decision.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("decision", "funding.decisionRequired", "Choose APPROVE, REJECT or RETURN");
        }
    }
}
