package org.citygov.plantracker.interfaces.rest.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.plan.IndicatorObservations;
import org.citygov.plantracker.application.plan.IndicatorObservations.ObservationInput;
import org.citygov.plantracker.interfaces.rest.ApiResponses;
import org.citygov.plantracker.interfaces.rest.dto.IndicatorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;

/** 指标监测 — the yearly value of an indicator, recorded by the city (CITY_GOV), audited. */
@Path("/indicators/{code}/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plan")
@RequestScoped
public class IndicatorObservationsResource {

    @Inject
    private IndicatorObservations observations;

    @Schema(name = "ObservationUpdate", description = "A year's figure. `value` in the indicator's unit (a 〔 〕 "
            + "cumulative indicator: the running total since the plan's first year); for a word target (应保尽保) "
            + "`met` and `evidence` (the value is optional); `source` is required; `version` as read, to be told "
            + "about a concurrent change (409)")
    public record ObservationUpdateDto(@Schema(example = "3.2") BigDecimal value, Boolean met, String evidence,
                                       @Schema(example = "2023年郑州市国民经济和社会发展统计公报") String source,
                                       String note, Long version) {
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or revise an indicator's value for a year (CITY_GOV, audited)",
            description = "Checked against the indicator's unit and kind: a percentage 0–100 (higher only when the "
                    + "plan's own figure is), no negative counts, a cumulative total that never falls, a word target "
                    + "met / not met with evidence. The evaluation (rule 6) and the reports use it at once.")
    @APIResponse(responseCode = "200", description = "The observation stored",
            content = @Content(schema = @Schema(implementation = IndicatorDto.Observation.class)))
    @APIResponse(responseCode = "400", description = "Out of range, missing source or evidence; nothing changed")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not CITY_GOV")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile")
    public IndicatorDto.Observation put(
            @Parameter(description = "Indicator code", example = "IND-04") @PathParam("code") String code,
            @Parameter(description = "Year", example = "2023") @PathParam("year") int year,
            @Parameter(description = "Plan code; the current plan when absent") @QueryParam("plan") String plan,
            ObservationUpdateDto body) {
        ObservationUpdateDto in = body == null ? new ObservationUpdateDto(null, null, null, null, null, null) : body;
        return IndicatorDto.Observation.of(observations.record(plan, code, year,
                new ObservationInput(in.value(), in.met(), in.evidence(), in.source(), in.note(), in.version())));
    }

    @DELETE
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove an indicator's value for a year (CITY_GOV, audited with the reason)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not CITY_GOV")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile")
    public Response delete(@PathParam("code") String code, @PathParam("year") int year,
                           @QueryParam("plan") String plan,
                           @Parameter(description = "Why the figure is removed", required = true)
                           @QueryParam("reason") String reason,
                           @Parameter(description = "The version read") @QueryParam("version") Long version) {
        observations.remove(plan, code, year, reason, version);
        return Response.noContent().build();
    }
}
