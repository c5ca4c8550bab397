package org.citygov.plantracker.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.place.JurisdictionQueries;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.interfaces.rest.dto.JurisdictionDetailDto;
import org.citygov.plantracker.interfaces.rest.dto.JurisdictionDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** 行政区划 — the city, its 16 区县(市) and the streets, townships and communities under them. */
@Path("/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "places")
@RequestScoped
public class JurisdictionsResource {

    @Inject
    private JurisdictionQueries jurisdictions;

    @GET
    @Operation(summary = "The jurisdictions, as a flat list with parent code and level",
            description = "Without `level` the list reads as the hierarchy does: each unit followed by the units under it. "
                    + "`level=DISTRICT` gives the 16 区县(市).")
    @APIResponse(responseCode = "200", description = "The units")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public List<JurisdictionDto> list(
            @Parameter(description = "Only units of this level (any case)",
                    schema = @Schema(type = SchemaType.STRING, implementation = JurisdictionLevel.class))
            @QueryParam("level") String level,
            @Parameter(description = "Only the units directly under this unit code (e.g. ZZ, J04)")
            @QueryParam("parent") String parent) {
        JurisdictionLevel wanted = QueryParameters.enumValue("level", level, JurisdictionLevel.class);
        return jurisdictions.list(wanted, parent).stream().map(JurisdictionDto::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One jurisdiction with its parent, children and population by year")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public JurisdictionDetailDto get(
            @Parameter(description = "Unit code, e.g. J04 (金水区)", required = true) @PathParam("code") String code) {
        return JurisdictionDetailDto.of(jurisdictions.detail(code));
    }
}
