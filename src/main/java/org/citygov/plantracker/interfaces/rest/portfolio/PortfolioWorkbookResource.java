package org.citygov.plantracker.interfaces.rest.portfolio;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.portfolio.PortfolioExport;
import org.citygov.plantracker.application.portfolio.PortfolioImport;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayOutputStream;

/** 项目组合工作簿 — the portfolio workbook over the API. */
@Path("/portfolio/workbook")
@Tag(name = "portfolio")
public class PortfolioWorkbookResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private PortfolioExport export;

    @Inject
    private PortfolioImport imports;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @POST
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a portfolio workbook (dry run first)",
            description = "CITY_GOV and ADMIN. dryRun=true: the preview at once (200) — every problem with sheet, row, "
                    + "column and a message in the caller's language, the lead units and places to be created, per "
                    + "project created / changed (before → after) / unchanged; nothing is written. dryRun=false: the "
                    + "import as a background job (202, Location: /portfolio/imports/{id}); all or nothing, history dates "
                    + "as written, matched by codes (the same file twice changes nothing the second time).")
    @APIResponse(responseCode = "200", description = "The dry run's preview")
    @APIResponse(responseCode = "202", description = "The import job, queued")
    @APIResponse(responseCode = "403", description = "Not CITY_GOV or ADMIN")
    public Response upload(@QueryParam("dryRun") String dryRun, InputStream body) {
        boolean dry;
        if ("true".equals(dryRun)) {
            dry = true;
        } else if ("false".equals(dryRun)) {
            dry = false;
        } else {
            throw new RuleViolation("dryRun", "portfolio.import.dryRunParameter",
                    "Say dryRun=true (preview) or dryRun=false (import)", String.valueOf(dryRun));
        }
        if (dry) {
            return Response.ok(ImportPreviewDto.of(imports.dryRun(body), RestErrors.locale(headers)),
                    MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
        }
        long id = imports.submit(body).id();
        ImportPreviewDto.JobDto job = ImportPreviewDto.JobDto.of(imports.job(id), RestErrors.locale(headers),
                uri.getBaseUri().toString());
        return Response.accepted(job).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .location(java.net.URI.create(job.self())).build();
    }


    @GET
    @Produces(XLSX)
    @Operation(summary = "Download the portfolio workbook",
            description = "Everything the evaluation reads: lead units, places, projects, milestones, approved "
                    + "re-baselines, outputs, funding lines, disbursements, monthly reports, population and existing "
                    + "stock. Chinese headers with English below them, real dates, amounts in 万元. CITY_GOV and ADMIN "
                    + "get every project, a PROJECT_OFFICE its own unit's.")
    @APIResponse(responseCode = "200", description = "The workbook (.xlsx)")
    @APIResponse(responseCode = "403", description = "A role without a portfolio (FINANCE)")
    public Response download() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(out);
        return Response.ok(out.toByteArray(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"portfolio.xlsx\"").build();
    }

    @GET
    @Path("template")
    @Produces(XLSX)
    @Operation(summary = "The empty portfolio workbook (template)",
            description = "The same sheets, headers, drop-down lists and instructions, without rows.")
    @APIResponse(responseCode = "200", description = "The template (.xlsx)")
    public Response template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.template(out);
        return Response.ok(out.toByteArray(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"portfolio-template.xlsx\"").build();
    }
}
