package org.citygov.plantracker.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.plan.ProgramQueries;
import org.citygov.plantracker.interfaces.rest.dto.ProgramDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** 工程 — the programs of the plan's 专栏, with their targets. */
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plan")
@RequestScoped
public class ProgramsResource {

    @Inject
    private ProgramQueries programs;

    @GET
    @Operation(summary = "The programs of a plan with their targets",
            description = "专栏 by number, programs by their number in the box, targets in plan order. Each program "
                    + "carries its 专栏 (printed title, with an ambiguity note where the print misleads), its chapter "
                    + "and, where the plan stages it, its schedule (五年三跨越 for C1.4).")
    @APIResponse(responseCode = "200", description = "The programs")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<ProgramDto> list(
            @Parameter(description = "Plan code (see /plans); the current plan when absent", example = "ZZ-PS-14")
            @QueryParam("plan") String plan,
            @Parameter(description = "Only the programs of this 专栏 (its number)", example = "1")
            @QueryParam("column") String column) {
        Integer box = QueryParameters.integer("column", column, 1, 999, null);
        return programs.programs(plan, box).stream().map(ProgramDto::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One program with its targets and staged schedule")
    @APIResponse(responseCode = "200", description = "The program")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ProgramDto get(
            @Parameter(description = "Program code", example = "C1.4", required = true) @PathParam("code") String code,
            @Parameter(description = "Plan code; the current plan when absent") @QueryParam("plan") String plan) {
        return ProgramDto.of(programs.program(plan, code));
    }
}
