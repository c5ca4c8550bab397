package org.citygov.plantracker.interfaces.rest.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.application.reports.ReportRequest;
import org.citygov.plantracker.application.reports.ReportService;
import org.citygov.plantracker.application.reports.ReportSummary;
import org.citygov.plantracker.application.reports.ReportView;
import org.citygov.plantracker.domain.model.report.ReportKind;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.ApiResponses;
import org.citygov.plantracker.interfaces.rest.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reports: the follow-the-plan view computed on request, and the saved reports (年度报告,
 * 中期评估, 对照规划) — drafts whose narrative CITY_GOV writes, published revisions frozen.
 * Files (PDF, Excel) come from background jobs: see {@link ReportJobsResource}.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Follow-the-plan report, annual report, mid-term evaluation; background jobs for files")
@RequestScoped
public class ReportsResource {

    @Inject
    private ReportService reports;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @GET
    @Path("plan")
    @Operation(summary = "The follow-the-plan report (对照规划) as of a date",
            description = "Chapter by chapter, program by program, every target with the plan's promise, its status as "
                    + "of `asOf` (the slippage engine's verdict), the units below it, the projects behind it and the "
                    + "shortfall; the indicators; late projects; counts 提前/符合/滞后. Computed now, not saved.")
    @APIResponse(responseCode = "200", description = "The report's content")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ReportContent plan(
            @Parameter(description = "Evaluation date, default today", example = "2023-06-30") @QueryParam("asOf") String asOf,
            @Parameter(description = "Chapter number", example = "3") @QueryParam("chapter") String chapter,
            @Parameter(description = "区县(市) code", example = "J04") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Only targets in this status",
                    schema = @Schema(type = SchemaType.STRING, implementation = TargetState.class))
            @QueryParam("status") String status) {
        return reports.followThePlan(ReportRequest.followThePlan(ReportParameters.date("asOf", asOf, LocalDate.now(clock)),
                ReportParameters.chapter(chapter), ReportParameters.text(jurisdiction),
                QueryParameters.enumValue("status", status, TargetState.class)));
    }

    @GET
    @Operation(summary = "Every saved report, newest first (drafts and published revisions)")
    @APIResponse(responseCode = "200", description = "The reports")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public List<ReportSummary> list() {
        return reports.list();
    }

    /**
     * A new draft. {@code kind} ANNUAL needs {@code year}; MID_TERM and FOLLOW_THE_PLAN need {@code asOf};
     * FINAL (总结评估) is as of the plan's last day unless a later {@code asOf} is given.
     */
    @Schema(name = "NewReport")
    public record NewReport(@Schema(implementation = ReportKind.class) String kind, Integer year, LocalDate asOf,
                            Integer chapter, String jurisdiction, String titleZh, String titleEn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft report (CITY_GOV)",
            description = "ANNUAL for a year (asOf defaults to 31 December of it), MID_TERM or FOLLOW_THE_PLAN as of a date, "
                    + "FINAL (the final evaluation) as of the plan's last day or a later day. "
                    + "The draft's figures are live until it is published.")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public Response create(NewReport body) {
        ReportKind kind = body == null ? null : QueryParameters.enumValue("kind", body.kind(), ReportKind.class);
        if (kind == null) {
            throw new RuleViolation("kind", "report.kindRequired", "Say which kind of report to create");
        }
        ReportSummary created = switch (kind) {
            case ANNUAL -> {
                if (body.year() == null) {
                    throw new RuleViolation("year", "report.yearRequired", "An annual report needs its year");
                }
                yield reports.createAnnual(body.year(), body.asOf(), body.titleZh(), body.titleEn());
            }
            case MID_TERM -> reports.createMidTerm(body.asOf(), body.titleZh(), body.titleEn());
            case FOLLOW_THE_PLAN -> reports.createFollowThePlan(body.asOf(), body.chapter(), body.jurisdiction(),
                    body.titleZh(), body.titleEn());
            case FINAL -> reports.createFinal(body.asOf(), body.titleZh(), body.titleEn());
        };
        return Response.created(uri.getBaseUriBuilder().path("reports/" + created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One report with its narrative sections (and their versions) and its content",
            description = "A draft's content is computed now; a published revision's content is the frozen one.")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ReportView get(@PathParam("id") long id) {
        return reports.view(id);
    }

    @Schema(name = "SectionText", description = "A narrative section's text and the version it was read at")
    public record SectionBody(String text, long version) {
    }

    @PUT
    @Path("{id: \\d+}/sections/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one narrative section of a draft (CITY_GOV)",
            description = "`version` is the section's version when read; if someone saved it since, 409 and nothing "
                    + "changes. A published report is frozen (400).")
    @APIResponse(responseCode = "200", description = "The saved section with its new version")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Someone else saved the section since it was read")
    public ReportView.SectionRow saveSection(@PathParam("id") long id, @PathParam("key") String key, SectionBody body) {
        return reports.saveSection(id, key, body == null ? null : body.text(), body == null ? -1 : body.version());
    }

    @Schema(name = "Version", description = "The version of the report as read")
    public record VersionBody(long version) {
    }

    @POST
    @Path("{id: \\d+}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a draft (CITY_GOV): its figures and narrative are frozen and shown on the public page",
            description = "Annual reports and mid-term evaluations need every section written. A previously published "
                    + "revision of the same report is superseded.")
    @APIResponse(responseCode = "200", description = "The published report")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "The report changed since it was read")
    public ReportSummary publish(@PathParam("id") long id, VersionBody body) {
        return reports.publish(id, body == null ? -1 : body.version());
    }

    @POST
    @Path("{id: \\d+}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a corrected revision of a published report (CITY_GOV): a new draft with the same narrative")
    @APIResponse(responseCode = "201", description = "The new draft")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    public Response revise(@PathParam("id") long id) {
        ReportSummary next = reports.revise(id);
        return Response.created(uri.getBaseUriBuilder().path("reports/" + next.id()).build()).entity(next).build();
    }
}
