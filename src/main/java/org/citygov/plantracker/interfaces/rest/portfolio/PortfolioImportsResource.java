package org.citygov.plantracker.interfaces.rest.portfolio;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.portfolio.PortfolioImport;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 项目组合工作簿导入任务 — the portfolio import jobs started by {@code POST /portfolio/workbook?dryRun=false}. */
@Path("/portfolio/imports")
@Tag(name = "portfolio")
public class PortfolioImportsResource {

    @Inject
    private PortfolioImport imports;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A portfolio import job: its progress and, once ended, its result",
            description = "The owner (or ADMIN). status QUEUED → RUNNING → DONE (imported) or FAILED (nothing imported; "
                    + "the result lists the problems).")
    public ImportPreviewDto.JobDto job(@PathParam("id") long id) {
        return ImportPreviewDto.JobDto.of(imports.job(id), RestErrors.locale(headers), uri.getBaseUri().toString());
    }
}
