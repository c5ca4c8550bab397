package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.offices.EvidenceContent;
import org.citygov.plantracker.application.offices.EvidenceUpload;
import org.citygov.plantracker.application.offices.MonthlyReports;
import org.citygov.plantracker.application.offices.ReportOverview;
import org.citygov.plantracker.application.offices.ReportSubmission;
import org.citygov.plantracker.application.offices.MonthlyReportView;
import org.citygov.plantracker.domain.model.progress.CoordinationRequest;
import org.citygov.plantracker.domain.model.progress.ProgressReport;
import org.citygov.plantracker.domain.model.progress.MonthlyReportContent;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.web.reports.ContentDisposition;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.ReportRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Monthly progress reports (月度调度) of a project, with evidence files. */
@Path("/projects/{code}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "offices")
public class ProjectReportsResource {

    @Inject
    private MonthlyReports reports;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "A project's monthly reports and reporting calendar",
            description = "Every filed report, and every month the project is expected to report with its status: "
                    + "ON_TIME, LATE (filed after the 5th of the next month), MISSING or DUE.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportOverview.class)))
    public ReportOverview list(@PathParam("code") String code) {
        return reports.overview(code);
    }

    @GET
    @Path("{month}")
    @Operation(summary = "One monthly report")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MonthlyReportView.class)))
    @APIResponse(responseCode = "404", description = "No report for that month")
    public MonthlyReportView one(@PathParam("code") String code, @PathParam("month") String month) {
        return reports.report(code, month);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a monthly report",
            description = "One per project per month; the month must have begun. The cumulative investment may not "
                    + "go down from the month before without a correction note. Add photos or PDFs afterwards with "
                    + "POST …/reports/{month}/evidence.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the report",
            content = @Content(schema = @Schema(implementation = MonthlyReportView.class)))
    @APIResponse(responseCode = "400", description = "A rule is broken (duplicate month, amounts, progress …)",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Another unit's project")
    public Response submit(@PathParam("code") String code, ReportRequest request) {
        ReportRequest body = Requests.body(request);
        List<CoordinationRequest> coordination = body.coordination() == null ? List.of()
                : body.coordination().stream().map(c -> new CoordinationRequest(c.department(), c.request())).toList();
        MonthlyReportView filed = reports.submit(new ReportSubmission(code, new MonthlyReportContent(month(body.month()),
                body.investmentThisMonth(), body.cumulativeInvestment(), body.correctionNote(),
                body.physicalProgress(), body.problems(), coordination), List.of()));
        return Response.created(uri.getAbsolutePathBuilder().path(filed.month()).build()).entity(filed).build();
    }

    @POST
    @Path("{month}/evidence")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach a photo or PDF to a filed report",
            description = "The body is the file (JPEG, PNG or PDF, told by its content; at most 10 MB; at most 10 "
                    + "files per report). Stored outside the web root.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MonthlyReportView.Evidence.class)))
    @APIResponse(responseCode = "400", description = "Not a photo or PDF, empty, too large, too many files")
    public Response addEvidence(@PathParam("code") String code, @PathParam("month") String month,
                                @Parameter(description = "The file's name") @QueryParam("filename") String fileName,
                                @Context HttpHeaders headers, InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) ProgressReport.MAX_EVIDENCE_BYTES + 1);
        String name = fileName != null ? fileName : "evidence";
        MonthlyReportView.Evidence stored = reports.addEvidence(code, month, new EvidenceUpload(name, content));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(stored.id())).build())
                .entity(stored).build();
    }

    @GET
    @Path("{month}/evidence/{id}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @Operation(summary = "Download an evidence file")
    @APIResponse(responseCode = "200", description = "The file")
    public Response evidence(@PathParam("code") String code, @PathParam("month") String month,
                             @PathParam("id") Long id) {
        EvidenceContent file = reports.evidence(code, id);
        StreamingOutput stream = out -> {
            try (InputStream in = file.opener().open()) {
                in.transferTo(out);
            }
        };
        return Response.ok(stream, file.contentType())
                .header("Content-Disposition", ContentDisposition.inline(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (!text.trim().matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-MM", text, 0);
            }
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("month", "report.monthFormat", "The month is written yyyy-MM", text);
        }
    }
}
