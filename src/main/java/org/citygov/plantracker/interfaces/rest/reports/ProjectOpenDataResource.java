package org.citygov.plantracker.interfaces.rest.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.project.ProjectOpenData;
import org.citygov.plantracker.interfaces.rest.ApiResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 公开 — whether a project is in the public open-data feed (/api/v1/public/oc4ids). */
@Path("/projects/{code}/open-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
@RequestScoped
public class ProjectOpenDataResource {

    @Inject
    private ProjectOpenData openData;

    @Schema(name = "OpenDataDecision", description = "`open`: true publishes, false withholds, null returns to the "
            + "default (public from 新开工 on; a 储备 project is never public)")
    public record OpenDataDto(Boolean open) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a project as open data or withhold it (CITY_GOV, audited)")
    @APIResponse(responseCode = "200", description = "The project's open-data state now")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not CITY_GOV")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ProjectOpenData.OpenDataState decide(@PathParam("code") String code, OpenDataDto body) {
        return openData.decide(code, body == null ? null : body.open());
    }
}
