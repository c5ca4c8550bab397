package org.citygov.plantracker.interfaces.rest.library;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.library.CarryOverPreview;
import org.citygov.plantracker.application.library.CarryOverRequest;
import org.citygov.plantracker.application.library.CarryOverRow;
import org.citygov.plantracker.application.library.CarryOvers;
import org.citygov.plantracker.application.library.LibraryHistory;
import org.citygov.plantracker.application.library.LibraryReadiness;
import org.citygov.plantracker.application.library.ProjectLibraryHistory;
import org.citygov.plantracker.application.library.ReadinessView;
import org.citygov.plantracker.application.library.RollingPlanView;
import org.citygov.plantracker.application.library.RollingPlans;
import org.citygov.plantracker.domain.model.library.ReadinessGate;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.EvidenceRequest;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.SettingsRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The library around the rounds: a project's readiness gates and history, the settings, the
 * three-year rolling investment plan, carry-overs into a new plan.
 */
@Path("/library")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "library")
public class LibraryPlanningResource {

    @Inject
    private LibraryReadiness readiness;

    @Inject
    private LibraryHistory history;

    @Inject
    private RollingPlans rollingPlans;

    @Inject
    private CarryOvers carryOvers;

    @GET
    @Path("projects/{code}/readiness")
    @Operation(summary = "A project's readiness for 新开工", description = "用地, 环评, 可研批复 (document reference and "
            + "date) and the approved funding against the required share.")
    @APIResponse(responseCode = "403", description = "Another unit's project")
    public ReadinessView readiness(@PathParam("code") String code) {
        return readiness.readiness(code);
    }

    @PUT
    @Path("projects/{code}/readiness/{gate}")
    @Operation(summary = "Record a readiness document (the project's office or CITY_GOV)",
            description = "gate: LAND, ENVIRONMENT or FEASIBILITY. Replaces the previous document (kept in the history).")
    @APIResponse(responseCode = "400", description = "No reference, date in the future, FUNDING (derived, not recorded)",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "409", description = "The document changed since you read it")
    public ReadinessView record(@PathParam("code") String code, @PathParam("gate") ReadinessGate gate,
                                EvidenceRequest request) {
        EvidenceRequest r = Bodies.required(request);
        return readiness.record(code, gate, r.documentRef(), r.documentDate(), r.note(), r.version());
    }

    @GET
    @Path("projects/{code}/history")
    @Operation(summary = "A project's history across rounds", description = "Its proposals in every round, the "
            + "snapshots it appears in, carry-overs and the recorded changes.")
    public ProjectLibraryHistory history(@PathParam("code") String code) {
        return history.of(code);
    }

    @GET
    @Path("settings")
    @Operation(summary = "The library's settings: the approved-funding share required before a new start (0–1)")
    public LibraryReadiness.SettingsView settings() {
        return readiness.settings();
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Change the settings (CITY_GOV or ADMIN)")
    public LibraryReadiness.SettingsView changeSettings(SettingsRequest request) {
        SettingsRequest r = Bodies.required(request);
        return readiness.changeSettings(r.startFundingShare(), Bodies.version(r.version()));
    }

    @GET
    @Path("rolling-plan")
    @Operation(summary = "三年滚动投资计划", description = "Planned investment (funding lines not rejected, of projects "
            + "not withdrawn) for three years by program × 区县(市) × source, with totals; and per target of the plan "
            + "what share the library's planned outputs deliver (unserved targets have projects = 0). "
            + "CITY_GOV, FINANCE, ADMIN.")
    public RollingPlanView rollingPlan(@QueryParam("firstYear") Integer firstYear, @QueryParam("plan") String plan) {
        return rollingPlans.plan(firstYear, plan);
    }

    @GET
    @Path("carry-overs")
    @Operation(summary = "Carry-overs done")
    public List<CarryOverRow> carryOvers() {
        return carryOvers.list();
    }

    @POST
    @Path("carry-overs/preview")
    @Operation(summary = "Preview carrying unfinished projects into a new plan (CITY_GOV)", description = "Shows the "
            + "projects, the mapping with same-code suggestions filled in (null = unmapped), the new plan's codes and "
            + "the problems left.")
    public CarryOverPreview preview(CarryOverRequest request) {
        return carryOvers.preview(Bodies.required(request));
    }

    @POST
    @Path("carry-overs")
    @Operation(summary = "Carry unfinished projects into a new plan (CITY_GOV)", description = "All or nothing; "
            + "refused while a program or target in use is unmapped.")
    @APIResponse(responseCode = "400", description = "Unmapped codes", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public CarryOverRow carryOver(CarryOverRequest request) {
        return carryOvers.execute(Bodies.required(request));
    }
}
