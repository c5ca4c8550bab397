package org.citygov.plantracker.interfaces.rest.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.plan.IndicatorGridImport;
import org.citygov.plantracker.application.plan.IndicatorGridWorkbooks;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.i18n.WorkbookMessages;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** The indicator grid's Excel round trip over the API (the same as on plan/indicators.xhtml). */
@Path("/indicators/workbook")
@Tag(name = "plan")
@RequestScoped
public class IndicatorGridWorkbookResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private IndicatorGridWorkbooks workbooks;

    @Context
    private HttpHeaders headers;

    /** A changed cell of the preview. */
    @Schema(name = "IndicatorGridChange")
    public record ChangeDto(String cell, String indicator, int year, String before, String after) {
    }

    /** What an upload did (or, in a dry run, would do). */
    @Schema(name = "IndicatorGridResult")
    public record ResultDto(int rowsRead, boolean applied, boolean dryRun, List<ChangeDto> changes) {
    }

    @GET
    @Produces(XLSX)
    @Operation(summary = "Download the indicator grid as an Excel workbook",
            description = "One row per indicator (unit, kind, baseline, target), one column per year 2021–2025 to fill, "
                    + "a source, an evidence (word targets) and a note column. Headers follow Accept-Language.")
    @APIResponse(responseCode = "200", description = "The workbook")
    public Response download(@Parameter(description = "Plan code; the current plan when absent")
                             @QueryParam("plan") String plan) {
        Locale locale = RestErrors.locale(headers);
        byte[] workbook = workbooks.export(plan, key -> Texts.get(locale, key), unit -> Texts.unit(locale, unit),
                Texts.english(locale));
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"indicators.xlsx\"").build();
    }

    @POST
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a filled indicator grid (CITY_GOV): dry run or apply, all or nothing, audited",
            description = "Every changed cell is checked as PUT /indicators/{code}/observations/{year} checks it. "
                    + "dryRun=true (the default) writes nothing and lists the changes (before → after); dryRun=false "
                    + "writes them all, or nothing when any cell has a problem (400, every problem with its cell). "
                    + "A cell changed by someone else since the download is reported, never overwritten.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ResultDto.class)))
    @APIResponse(responseCode = "400", description = "Nothing written; problems per cell",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not CITY_GOV")
    public Response upload(@Parameter(description = "true: only check and preview (default); false: apply")
                           @QueryParam("dryRun") String dryRun,
                           @Parameter(description = "Plan code; the current plan when absent")
                           @QueryParam("plan") String plan, InputStream body) {
        Locale locale = RestErrors.locale(headers);
        boolean preview = dryRun == null || dryRun.isBlank() || parseBoolean(dryRun);
        IndicatorGridImport result = workbooks.upload(plan, body, preview);
        if (result.accepted()) {
            return Response.ok(new ResultDto(result.rowsRead(), result.applied(), preview, result.changes().stream()
                    .map(c -> new ChangeDto(c.cell(), c.indicatorCode(), c.year(), c.before(), c.after())).toList()))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<ErrorDto.FieldError> errors = result.errors().stream()
                .map(e -> new ErrorDto.FieldError(WorkbookMessages.cell(e), e.messageKey(),
                        WorkbookMessages.message(locale, e))).toList();
        String summary = Texts.get(locale, "monitoring.workbook.rejected", result.errors().size());
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorDto(400, "invalid", summary, errors)).build();
    }

    private static boolean parseBoolean(String text) {
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RuleViolation("dryRun", "monitoring.workbook.dryRunValue",
                    "dryRun is true or false, not " + text, text);
        };
    }
}
