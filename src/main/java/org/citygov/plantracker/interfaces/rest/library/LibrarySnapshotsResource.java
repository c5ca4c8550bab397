package org.citygov.plantracker.interfaces.rest.library;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.library.DiffView;
import org.citygov.plantracker.application.library.LibrarySnapshots;
import org.citygov.plantracker.application.library.LibrarySnapshotRow;
import org.citygov.plantracker.infrastructure.export.LibraryDiffWorkbook;
import org.citygov.plantracker.interfaces.i18n.Texts;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.BaselineRequest;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.DiffDto;
import org.citygov.plantracker.interfaces.rest.library.LibraryDtos.SnapshotDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** Snapshots (库版本) of the library and the diff of two. For CITY_GOV, FINANCE and ADMIN. */
@Path("/library")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "library")
public class LibrarySnapshotsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private LibrarySnapshots snapshots;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("snapshots")
    @Operation(summary = "Every snapshot, oldest first", description = "One per closed round, plus baselines.")
    @APIResponse(responseCode = "403", description = "A project office")
    public List<LibrarySnapshotRow> list() {
        return snapshots.list();
    }

    @POST
    @Path("snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a baseline snapshot of the library now (CITY_GOV)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LibrarySnapshotRow.class)))
    public Response baseline(BaselineRequest request) {
        BaselineRequest r = Bodies.required(request);
        return Response.status(201).entity(snapshots.takeBaseline(r.labelZh(), r.labelEn())).build();
    }

    @GET
    @Path("snapshots/{id}")
    @Operation(summary = "One snapshot with the projects it froze (outputs and funding lines included)")
    @APIResponse(responseCode = "404", description = "No such snapshot")
    public SnapshotDto get(@PathParam("id") long id) {
        return new SnapshotDto(snapshots.get(id), snapshots.projects(id));
    }

    @GET
    @Path("diff")
    @Operation(summary = "Compare two snapshots field by field", description = "Projects added, withdrawn and changed "
            + "(each changed field before → after), program × 区县(市) groups with investment totals, and planned "
            + "outputs per target. Add the same parameters to /library/diff/workbook for an Excel file.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DiffDto.class)))
    @APIResponse(responseCode = "400", description = "from or to missing, or the same snapshot")
    public DiffDto diff(@Parameter(description = "The earlier snapshot id", required = true) @QueryParam("from") Long from,
                        @Parameter(description = "The later snapshot id", required = true) @QueryParam("to") Long to) {
        return DiffDto.of(view(from, to));
    }

    @GET
    @Path("diff/workbook")
    @Produces(XLSX)
    @Operation(summary = "The diff of two snapshots as an Excel workbook", description = "Sheets: summary, groups, "
            + "changes (one row per changed field), outputs. Headers in the language of Accept-Language; amounts in 万元.")
    @APIResponse(responseCode = "200", description = "The workbook")
    public Response workbook(@QueryParam("from") Long from, @QueryParam("to") Long to) {
        Locale locale = RestErrors.locale(headers);
        byte[] file = new LibraryDiffWorkbook(key -> Texts.get(locale, key), Texts.english(locale)).write(view(from, to));
        return Response.ok(file, XLSX).header("Content-Disposition",
                "attachment; filename=\"library-diff-" + from + "-" + to + ".xlsx\"").build();
    }

    private DiffView view(Long from, Long to) {
        return snapshots.diff(from, to);
    }
}
