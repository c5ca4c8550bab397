package org.citygov.plantracker.interfaces.rest.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.citygov.plantracker.application.plan.PlanPackagePreview;
import org.citygov.plantracker.application.plan.PlanPackages;
import org.citygov.plantracker.interfaces.rest.RestErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.Locale;

/** Plan packages: a new plan loaded without a release (ADMIN only; issue 14). */
@Path("/admin/plans")
@Tag(name = "admin")
public class AdminPlansResource {

    @Inject
    private PlanPackages packages;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a plan package (dry run or load)",
            description = "The body is a .zip of a plan definition (docs/plan-definition-format.md: plan.yaml and the "
                    + "files it lists, at the top or in one folder; at most 10 MB, 50 entries, 8 MB per file "
                    + "inflated). `dryRun=true` (the default) writes nothing and answers what would be loaded "
                    + "(chapters, 专栏, 工程, targets by kind, indicators, staged schedules, places) and every problem "
                    + "with its file and line, in the caller's language (Accept-Language). `dryRun=false` loads a new "
                    + "plan, all or nothing, and records it in the audit log (201); the same package again changes "
                    + "nothing (200, status UNCHANGED). A package whose `version:` is higher than the loaded plan's "
                    + "revises it in place (dry run: status REVISION with the changes before → after; load: 200, "
                    + "status REVISED, audited change by change); targets, 工程 and indicators keep their codes, so "
                    + "projects' outputs, recorded values and reports stay linked; published reports stay frozen. "
                    + "A revision that removes a target, 工程 or indicator something still points at, removes a "
                    + "chapter or 专栏, moves an entry or changes a staged schedule is refused (409, status "
                    + "REVISION_BLOCKED, `blockers` name what is in the way). A different package of the same or a "
                    + "lower version is refused with the changes before → after (409, status CHANGED); a package "
                    + "with problems is refused (400, status INVALID).")
    @APIResponse(responseCode = "200", description = "Dry run, the package is loaded already (UNCHANGED), or a higher "
            + "version was applied (REVISED)",
            content = @Content(schema = @Schema(implementation = PlanPackageDto.class)))
    @APIResponse(responseCode = "201", description = "Loaded (CREATED)",
            content = @Content(schema = @Schema(implementation = PlanPackageDto.class)))
    @APIResponse(responseCode = "400", description = "Problems or an unsafe/oversized archive; nothing loaded (INVALID)",
            content = @Content(schema = @Schema(implementation = PlanPackageDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Differs from the loaded plan of the same code without a higher "
            + "version (CHANGED), or a higher version that cannot be applied (REVISION_BLOCKED); nothing loaded",
            content = @Content(schema = @Schema(implementation = PlanPackageDto.class)))
    public Response upload(@Parameter(description = "true (default): only show what would be loaded")
                           @QueryParam("dryRun") Boolean dryRun,
                           @Parameter(description = "The package's file name, for messages (default upload.zip)")
                           @QueryParam("fileName") String fileName,
                           InputStream body) {
        Locale locale = RestErrors.locale(headers);
        boolean dry = dryRun == null || dryRun;
        PlanPackagePreview preview = dry ? packages.preview(fileName, body) : packages.load(fileName, body);
        int status = dry ? 200 : switch (preview.status()) {
            case CREATED -> 201;
            case UNCHANGED, REVISED -> 200;
            case CHANGED, REVISION_BLOCKED -> 409;
            default -> 400;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(PlanPackageDto.of(preview, locale)).build();
    }
}
