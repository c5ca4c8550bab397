package org.citygov.plantracker.interfaces.rest.portfolio;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.portfolio.PortfolioExport;
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
