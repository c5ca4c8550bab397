package org.citygov.plantracker.interfaces.rest.evaluation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.evaluation.EvaluationService;
import org.citygov.plantracker.application.evaluation.EvaluationSettingsService;
import org.citygov.plantracker.application.evaluation.PlaceFiguresService;
import org.citygov.plantracker.application.evaluation.SnapshotService;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.interfaces.rest.QueryParameters;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.service.slippage.Band;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.RowRole;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.HistoryPointDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.IndicatorEvaluationDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.PopulationDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.PopulationUpdateDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.ProjectEvaluationDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.SettingDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.SettingsUpdateDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.SnapshotDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.StockDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.StockUpdateDto;
import org.citygov.plantracker.interfaces.rest.evaluation.EvaluationDtos.TargetEvaluationDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The slippage engine over HTTP: which targets will be missed, where, by how much and why; project
 * ratings; indicators against their straight line; and the figures the evaluation rests on
 * (thresholds, population, existing stock), which only CITY_GOV may change.
 */
@Path("/evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "Slippage and target evaluation (rules 1–7): targets, projects, indicators, "
        + "thresholds, population, existing stock, snapshots")
public class EvaluationResource {

    private static final String AS_OF = "Evaluate as of this day (YYYY-MM-DD); default today in Zhengzhou";

    @Inject
    private EvaluationService evaluation;

    @Inject
    private EvaluationSettingsService settings;

    @Inject
    private PlaceFiguresService figures;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private TargetRowsJson rowsJson;

    @Context
    private HttpHeaders headers;

    @Context
    private Request request;

    /** Kept by the client, asked again every time (never answered from a shared or stale cache). */
    private static final CacheControl REVALIDATE;

    static {
        REVALIDATE = new CacheControl();
        REVALIDATE.setPrivate(true);
        REVALIDATE.setNoCache(true);
    }

    @GET
    @Path("/targets")
    @Operation(summary = "Target evaluation per target and scope unit",
            description = "Required / delivered / forecast / status / shortfall with the projects that cause or would "
                    + "close it. Without `jurisdiction`: official rows (each unit of the target's scope) and roll-ups "
                    + "(coverage above the scope). With `jurisdiction`: every row at that unit, breakdowns included, "
                    + "with all contributing projects. CITY_GOV, ADMIN, FINANCE. The answer carries an `ETag`: a client "
                    + "that sends it back in `If-None-Match` gets 304 without a body while no target row changed (every "
                    + "write committed before the request is taken into account first).")
    @APIResponse(responseCode = "200", description = "Rows, in plan order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TargetEvaluationDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the rows are those of the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such target (in the plan, when given) or jurisdiction")
    public Response targets(
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = "Plan code, e.g. ZZ-PS-14 (default: every plan)") @QueryParam("plan") String plan,
            @Parameter(description = "Target code, e.g. C1.4-T3") @QueryParam("target") String target,
            @Parameter(description = "Jurisdiction code, e.g. J04") @QueryParam("jurisdiction") String jurisdiction) {
        PortfolioEvaluation e = evaluation.evaluate(date(asOf));
        // an unknown code is a mistake to report (404), not a target without rows: [] would read as "nothing to show"
        String planCode = blankToNull(plan);
        String targetCode = blankToNull(target);
        if (targetCode != null && e.target(planCode, targetCode).isEmpty()) {
            throw new UnknownEntityException("target", targetCode);
        }
        String unitCode = blankToNull(jurisdiction);
        if (unitCode != null && e.territory().byCode(unitCode).isEmpty()) {
            throw new UnknownEntityException("jurisdiction", unitCode);
        }
        Locale locale = RestErrors.locale(headers);
        boolean detail = targetCode != null || unitCode != null;
        // the JSON is kept per evaluation and put together from the rows' JSON (TargetRowsJson): the same bytes
        // as serialising the DTOs, without serialising again what no write touched
        TargetRowsJson.Query query = new TargetRowsJson.Query(new TargetRowsJson.Style(e.asOf(), locale, detail),
                planCode, targetCode, unitCode);
        // conditional GET: e includes every write committed before this request, and equal tags mean equal bytes
        EntityTag tag = new EntityTag(TargetRowsJson.etag(e, query));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(REVALIDATE).build();
        }
        byte[] json = rowsJson.answer(e, query, () -> e.targetRows().stream()
                        .filter(r -> planCode == null || r.planCode().equals(planCode))
                        .filter(r -> targetCode == null || r.targetCode().equals(targetCode))
                        .filter(r -> unitCode == null ? r.role() != RowRole.BREAKDOWN : unitCode.equals(r.unitCode()))
                        .toList(),
                (r, facts, parentCode) -> TargetEvaluationDto.of(r, facts, parentCode, detail, locale));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(REVALIDATE).build();
    }

    @GET
    @Path("/projects")
    @Operation(summary = "Project ratings (rules 1–4)",
            description = "Band (worse of milestone delay and SPI(t)), SPI(t), forecast finish vs plan deadline, "
                    + "investment progress and data-quality warnings. A project office sees its own projects only.")
    @APIResponse(responseCode = "200", description = "Projects by code",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectEvaluationDto.class)))
    public List<ProjectEvaluationDto> projects(
            @Parameter(description = AS_OF) @QueryParam("asOf") String asOf,
            @Parameter(description = "Only these bands, comma-separated (RED,AMBER,GREEN,NONE)") @QueryParam("band") String band) {
        Set<Band> bands = bands(band);
        Locale locale = RestErrors.locale(headers);
        return evaluation.projects(date(asOf)).stream().filter(p -> bands.isEmpty() || bands.contains(p.band()))
                .map(p -> ProjectEvaluationDto.of(p, false, locale)).toList();
    }

    @GET
    @Path("/projects/{code}")
    @Operation(summary = "One project's rating with milestone delays and the S-curves (PV and EV)")
    @APIResponse(responseCode = "200", description = "The rating",
            content = @Content(schema = @Schema(implementation = ProjectEvaluationDto.class)))
    @APIResponse(responseCode = "404", description = "No such project")
    public ProjectEvaluationDto project(@PathParam("code") String code,
                                        @Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        return ProjectEvaluationDto.of(evaluation.project(code, date(asOf)), true, RestErrors.locale(headers));
    }

    @GET
    @Path("/indicators")
    @Operation(summary = "Indicators against the straight line from the 2020 baseline to the 2025 target",
            description = "提前 / 符合 / 滞后 for the latest observation up to asOf's year; binding (约束性) first.")
    @APIResponse(responseCode = "200", description = "Indicators",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorEvaluationDto.class)))
    public List<IndicatorEvaluationDto> indicators(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        Locale locale = RestErrors.locale(headers);
        return evaluation.evaluate(date(asOf)).indicators().stream()
                .map(i -> IndicatorEvaluationDto.of(i, locale)).toList();
    }

    @GET
    @Path("/settings")
    @Operation(summary = "The thresholds of the rules, with their defaults")
    @APIResponse(responseCode = "200", description = "Settings",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SettingDto.class)))
    public List<SettingDto> settings() {
        return settings.settings().stream()
                .map(s -> new SettingDto(s.key(), s.value(), s.defaultValue(), s.version())).toList();
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change thresholds (CITY_GOV, audited)",
            description = "Values are checked together (e.g. red delay longer than on-time delay; SPI red ≤ behind ≤ 1 ≤ "
                    + "ahead). Pass the versions read to be told about a concurrent change (409).")
    @APIResponse(responseCode = "200", description = "The settings now in force")
    @APIResponse(responseCode = "400", description = "Inconsistent or unknown thresholds; nothing changed")
    @APIResponse(responseCode = "403", description = "Not CITY_GOV")
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile")
    public List<SettingDto> updateSettings(SettingsUpdateDto body) {
        if (body == null || body.values() == null || body.values().isEmpty()) {
            throw new RuleViolation("values", "slippage.threshold.required", "Give at least one value", "values");
        }
        settings.update(body.values(), body.versions() == null ? Map.of() : body.versions());
        return settings.settings().stream()
                .map(s -> new SettingDto(s.key(), s.value(), s.defaultValue(), s.version())).toList();
    }

    @GET
    @Path("/population")
    @Operation(summary = "Population figures by unit and year")
    @APIResponse(responseCode = "200", description = "Figures",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PopulationDto.class)))
    public List<PopulationDto> population(@QueryParam("jurisdiction") String jurisdiction) {
        return figures.population(blankToNull(jurisdiction)).stream().map(PopulationDto::of).toList();
    }

    @PUT
    @Path("/population/{jurisdiction}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or revise a unit's population for a year (CITY_GOV, audited)")
    @APIResponse(responseCode = "200", description = "The figure stored",
            content = @Content(schema = @Schema(implementation = PopulationDto.class)))
    @APIResponse(responseCode = "400", description = "Not positive, year out of range")
    @APIResponse(responseCode = "403", description = "Not CITY_GOV")
    @APIResponse(responseCode = "404", description = "No such jurisdiction")
    public PopulationDto setPopulation(@PathParam("jurisdiction") String jurisdiction, @PathParam("year") int year,
                                       PopulationUpdateDto body) {
        if (body == null || body.persons() == null) {
            throw new RuleViolation("persons", "slippage.population.positive", "The population must be positive", "");
        }
        return PopulationDto.of(figures.setPopulation(jurisdiction, year, body.persons(), body.source(), body.version()));
    }

    @GET
    @Path("/stock")
    @Operation(summary = "Existing stock by unit, metric and year")
    @APIResponse(responseCode = "200", description = "Stock records",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StockDto.class)))
    public List<StockDto> stock(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("metric") String metric) {
        return figures.stock(blankToNull(jurisdiction), blankToNull(metric)).stream().map(StockDto::of).toList();
    }

    @PUT
    @Path("/stock/{jurisdiction}/{metric}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or revise a unit's existing stock for a metric and year (CITY_GOV, audited)",
            description = "The metric is the target's (childcare_places_per_1000_population counts places; "
                    + "inclusive_childcare_institutions_per_jurisdiction counts qualifying institutions; "
                    + "inclusive_share_of_childcare_places takes inclusive places as quantity and all places as "
                    + "totalQuantity). The evaluation counts the stock at the end of the plan's stock year, the year "
                    + "before the plan starts (2021 for a plan of 2021–2025).")
    @APIResponse(responseCode = "200", description = "The record stored",
            content = @Content(schema = @Schema(implementation = StockDto.class)))
    @APIResponse(responseCode = "400", description = "Negative, total below quantity, no source")
    @APIResponse(responseCode = "403", description = "Not CITY_GOV")
    public StockDto setStock(@PathParam("jurisdiction") String jurisdiction, @PathParam("metric") String metric,
                             @PathParam("year") int year, StockUpdateDto body) {
        if (body == null) {
            throw new RuleViolation("quantity", "slippage.stock.quantityNegative", "The stock quantity must be given");
        }
        return StockDto.of(figures.setStock(jurisdiction, metric, year, body.quantity(), body.totalQuantity(),
                body.source(), body.version()));
    }

    @DELETE
    @Path("/stock/{jurisdiction}/{metric}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a stock record (CITY_GOV, audited)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deleteStock(@PathParam("jurisdiction") String jurisdiction, @PathParam("metric") String metric,
                                @PathParam("year") int year) {
        figures.deleteStock(jurisdiction, metric, year);
        return Response.noContent().build();
    }

    @GET
    @Path("/snapshots")
    @Operation(summary = "Recent snapshots (month-end and on demand)")
    @APIResponse(responseCode = "200", description = "Snapshots, newest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SnapshotDto.class)))
    public List<SnapshotDto> snapshots(@QueryParam("max") String max) {
        return snapshots.recent(QueryParameters.integer("max", max, 1, 500, 50)).stream().map(SnapshotDto::of).toList();
    }

    @POST
    @Path("/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a snapshot now, as of a day (CITY_GOV)")
    @APIResponse(responseCode = "201", description = "Taken",
            content = @Content(schema = @Schema(implementation = SnapshotDto.class)))
    public Response takeSnapshot(@Parameter(description = AS_OF) @QueryParam("asOf") String asOf) {
        return Response.status(Response.Status.CREATED).entity(SnapshotDto.of(snapshots.takeOnDemand(date(asOf)))).build();
    }

    @GET
    @Path("/snapshots/history")
    @Operation(summary = "How one target at one unit moved across the snapshots")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryPointDto.class)))
    public List<HistoryPointDto> history(@QueryParam("plan") String plan, @QueryParam("target") String target,
                                         @QueryParam("jurisdiction") String jurisdiction) {
        if (target == null || target.isBlank()) {
            throw new RuleViolation("target", "slippage.targetRequired", "Name a target", "");
        }
        return snapshots.history(blankToNull(plan), target.trim(), blankToNull(jurisdiction)).stream().map(HistoryPointDto::of).toList();
    }

    /** The evaluation date of a request: ISO, a real day, within the input window ({@link InputPolicy}). */
    static LocalDate date(String asOf) {
        return InputPolicy.parseDate("asOf", asOf);
    }

    private static Set<Band> bands(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        try {
            return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(s -> Band.valueOf(s.toUpperCase(Locale.ROOT))).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("band", "slippage.bandUnknown", "Bands are RED, AMBER, GREEN, NONE: " + list, list);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
