package org.citygov.plantracker.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API, JSON under /plantracker/api/v1, HTTP Basic with the application's users. OpenAPI at /openapi. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "plan-tracker API", version = "1",
                description = "Plan targets ← project outputs ← projects with milestones ← funding by source. "
                        + "Amounts are in yuan; dates ISO-8601. Errors are JSON {status, error, message, violations}, "
                        + "the message in the language of Accept-Language (zh default, en). "
                        + "Plan resources read the current plan unless `plan` names another (see /plans)."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")},
        tags = {
                @Tag(name = "plan", description = "The plan as issued: indicators, 专栏 and 工程 with their targets"),
                @Tag(name = "places", description = "The city's jurisdictions and their populations"),
                @Tag(name = "projects", description = "The project portfolio: milestones, outputs, funding"),
                @Tag(name = "account", description = "The caller's own account: password and personal API tokens (Bearer)"),
                @Tag(name = "admin", description = "Administration (ADMIN only): users, lead units, sign-in locks and the sign-in log")
        },
        components = @Components(responses = {
                @APIResponse(name = ApiResponses.BAD_REQUEST, responseCode = "400",
                        description = "A parameter the API cannot use (unknown enum value, number out of range); "
                                + "`violations[0].field` names it",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class))),
                @APIResponse(name = ApiResponses.UNAUTHORIZED, responseCode = "401",
                        description = "No or wrong HTTP Basic credentials",
                        headers = @Header(name = "WWW-Authenticate", description = "Basic realm=\"plantracker\"",
                                schema = @Schema(implementation = String.class)),
                        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class))),
                @APIResponse(name = ApiResponses.FORBIDDEN, responseCode = "403",
                        description = "Signed in, but not allowed (e.g. a project office asking for another unit's project)",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class))),
                @APIResponse(name = ApiResponses.NOT_FOUND, responseCode = "404",
                        description = "No such code",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErrorDto.class)))
        }))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token created under /account/tokens (or on the My account page)")
public class RestApplication extends Application {
}
