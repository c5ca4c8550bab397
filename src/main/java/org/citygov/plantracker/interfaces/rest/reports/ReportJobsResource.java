package org.citygov.plantracker.interfaces.rest.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.reports.JobFile;
import org.citygov.plantracker.application.reports.JobRequest;
import org.citygov.plantracker.application.reports.ReportJobs;
import org.citygov.plantracker.application.reports.ReportRequest;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsFilter;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.report.JobType;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.ApiResponses;
import org.citygov.plantracker.interfaces.rest.QueryParameters;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Background jobs that make files: the follow-the-plan report or a saved report as PDF or Excel, an
 * OC4IDS package. Submit, poll, download. Only the job's owner sees it.
 */
@Path("/reports/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@RequestScoped
public class ReportJobsResource {

    @Inject
    private ReportJobs jobs;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @Schema(name = "NewReportJob", description = "PLAN_PDF / PLAN_XLSX take asOf, chapter, jurisdiction, status; "
            + "REPORT_PDF / REPORT_XLSX take reportId; OC4IDS takes program, jurisdiction, stage. language: zh (default) or en.")
    public record NewJob(@Schema(implementation = JobType.class) String type, LocalDate asOf, Integer chapter,
                         String jurisdiction, @Schema(implementation = TargetState.class) String status, Long reportId,
                         String language, String program, @Schema(implementation = Stage.class) String stage) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a job that makes a file", description = "Answers 202 at once with the job; poll `self` "
            + "until status is DONE, then GET `file`. A project office's OC4IDS package holds only its own projects.")
    @APIResponse(responseCode = "202", description = "The job, queued")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response submit(NewJob body) {
        JobType type = body == null ? null : QueryParameters.enumValue("type", body.type(), JobType.class);
        if (type == null) {
            throw new RuleViolation("type", "report.unknownJobType", "Say which file to make", "null");
        }
        String language = "en".equalsIgnoreCase(body.language()) ? "en" : "zh";
        JobRequest request = switch (type) {
            case PLAN_PDF, PLAN_XLSX -> JobRequest.plan(type, ReportRequest.followThePlan(
                    body.asOf() == null ? LocalDate.now(clock) : body.asOf(), body.chapter(), body.jurisdiction(),
                    QueryParameters.enumValue("status", body.status(), TargetState.class)), language);
            case REPORT_PDF, REPORT_XLSX -> JobRequest.report(type, body.reportId() == null ? -1 : body.reportId(),
                    language);
            case OC4IDS -> JobRequest.oc4ids(new Oc4idsFilter(body.program(), body.jurisdiction(),
                    QueryParameters.enumValue("stage", body.stage(), Stage.class), null),
                    uri.getBaseUriBuilder().path("oc4ids").build().toString());
            case PORTFOLIO_IMPORT -> throw new RuleViolation("type", "report.unknownJobType",
                    "A portfolio import is started by POST /portfolio/workbook", type.name());
        };
        JobDto job = JobDto.of(jobs.submit(request), RestErrors.locale(headers), base());
        return Response.accepted(job).location(java.net.URI.create(job.self())).build();
    }

    @GET
    @Operation(summary = "My recent jobs, newest first")
    @APIResponse(responseCode = "200", description = "The jobs")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public List<JobDto> mine() {
        return jobs.mine().stream().map(j -> JobDto.of(j, RestErrors.locale(headers), base())).toList();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A job: status, progress, and the failure reason or the file link")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public JobDto get(@PathParam("id") long id) {
        return JobDto.of(jobs.status(id), RestErrors.locale(headers), base());
    }

    @GET
    @Path("{id: \\d+}/file")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the file of a finished job")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response file(@PathParam("id") long id) {
        JobFile file = jobs.file(id);
        return Downloads.file(file.path(), file.fileName(), file.contentType());
    }

    private String base() {
        return uri.getBaseUri().toString();
    }
}
