package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.offices.MilestoneWorkbooks;
import org.citygov.plantracker.application.offices.WorkbookImport;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import org.citygov.plantracker.interfaces.rest.offices.OfficesDtos.WorkbookResultDto;
import org.citygov.plantracker.interfaces.i18n.WorkbookMessages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** The milestone workbook round trip over the API (the same as on the "my projects" page). */
@Path("/milestones/workbook")
@Tag(name = "offices")
public class MilestoneWorkbookResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private MilestoneWorkbooks workbooks;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(XLSX)
    @Operation(summary = "Download your milestones as an Excel workbook",
            description = "One row per milestone of your unit's projects under way; edit forecast, actual date, "
                    + "percent and note, then PUT it back. Headers follow Accept-Language.")
    @APIResponse(responseCode = "200", description = "The workbook")
    public Response download() {
        Locale locale = RestErrors.locale(headers);
        byte[] workbook = workbooks.export(key -> Texts.get(locale, key), Texts.english(locale));
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"milestones.xlsx\"").build();
    }

    @PUT
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload an edited milestone workbook",
            description = "All or nothing: every row is checked; if any fails nothing is written and the answer "
                    + "(400) lists every problem with its cell (e.g. K12) in the caller's language.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkbookResultDto.class)))
    @APIResponse(responseCode = "400", description = "Nothing written; violations per cell",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    public Response upload(InputStream body) {
        Locale locale = RestErrors.locale(headers);
        WorkbookImport result = workbooks.upload(body, null);
        if (result.accepted()) {
            return Response.ok(new WorkbookResultDto(result.rowsRead(), result.rowsChanged()))
                    .type(MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<ErrorDto.FieldError> errors = result.errors().stream()
                .map(e -> new ErrorDto.FieldError(WorkbookMessages.cell(e), e.messageKey(),
                        WorkbookMessages.message(locale, e))).toList();
        String summary = Texts.get(locale, "workbook.rejected", result.errors().size(), result.rowsRead());
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorDto(400, "invalid", summary, errors)).build();
    }
}
