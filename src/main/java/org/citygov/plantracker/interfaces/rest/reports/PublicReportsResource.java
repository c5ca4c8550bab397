package org.citygov.plantracker.interfaces.rest.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.reports.PublicReports;
import org.citygov.plantracker.application.reports.PublishedReport;
import org.citygov.plantracker.application.reports.ReportContent;
import org.citygov.plantracker.application.reports.ReportFormat;
import org.citygov.plantracker.interfaces.rest.ApiResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * Published reports for everyone, without sign-in: the list, the public version of each (no internal
 * reasons, no authors) and its PDF and workbook. {@code sample} says when a report holds sample data.
 */
@Path("/public/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public", description = "Published reports, open to everyone (no sign-in)")
@RequestScoped
public class PublicReportsResource {

    @Inject
    private PublicReports reports;

    @GET
    @Operation(summary = "The published reports, newest first")
    @APIResponse(responseCode = "200", description = "The reports")
    public List<PublishedReport> list() {
        return reports.published();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A published report's frozen content, public version")
    @APIResponse(responseCode = "200", description = "The content")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ReportContent get(@PathParam("id") long id) {
        return reports.content(id);
    }

    @GET
    @Path("{id: \\d+}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A published report as PDF")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response pdf(@PathParam("id") long id,
                        @Parameter(description = "zh (default) or en") @QueryParam("lang") String language) {
        return file(id, ReportFormat.PDF, language);
    }

    @GET
    @Path("{id: \\d+}/xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "A published report as an Excel workbook")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response xlsx(@PathParam("id") long id,
                         @Parameter(description = "zh (default) or en") @QueryParam("lang") String language) {
        return file(id, ReportFormat.XLSX, language);
    }

    private Response file(long id, ReportFormat format, String language) {
        Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return Downloads.file(reports.file(id, format, locale), reports.fileName(id, format), format.contentType());
    }
}
