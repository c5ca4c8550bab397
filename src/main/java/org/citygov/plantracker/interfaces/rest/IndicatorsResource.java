package org.citygov.plantracker.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.plan.IndicatorQueries;
import org.citygov.plantracker.interfaces.rest.dto.IndicatorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** 主要发展指标 — the plan's indicator table. */
@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plan")
@RequestScoped
public class IndicatorsResource {

    @Inject
    private IndicatorQueries indicators;

    @GET
    @Operation(summary = "The indicator table of a plan",
            description = "In table order, each row with its baseline and target as printed, binding/expected, "
                    + "cumulative (〔 〕) and the values observed since.")
    @APIResponse(responseCode = "200", description = "The rows of the indicator table")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<IndicatorDto> list(
            @Parameter(description = "Plan code (see /plans); the current plan when absent", example = "ZZ-PS-14")
            @QueryParam("plan") String plan) {
        return indicators.indicators(plan).stream().map(IndicatorDto::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One row of the indicator table")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public IndicatorDto get(
            @Parameter(description = "Indicator code", example = "IND-04", required = true) @PathParam("code") String code,
            @Parameter(description = "Plan code; the current plan when absent") @QueryParam("plan") String plan) {
        return IndicatorDto.of(indicators.indicator(plan, code));
    }
}
