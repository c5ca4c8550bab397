package org.citygov.plantracker.interfaces.rest.finance;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.funding.FundingCatalogue;
import org.citygov.plantracker.application.funding.SourceView;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The funding-source catalogue (中央预算内投资, 专项债券, 社会资本/PPP …). */
@Path("/funding/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "finance")
public class FundingSourcesResource {

    @Inject
    private FundingCatalogue catalogue;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The funding sources", description = "Any signed-in user. `allowedCategories` empty = any category.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SourceView.class)))
    public List<SourceView> list(@QueryParam("active") Boolean activeOnly) {
        return catalogue.sources(Boolean.TRUE.equals(activeOnly));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One funding source")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "404", description = "No such source")
    public SourceView one(@PathParam("code") String code) {
        return catalogue.source(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a funding source", description = "FINANCE or ADMIN. Audited.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not finance or an administrator")
    public Response add(FinanceBodies.Source body) {
        FinanceBodies.Source b = FinanceBodies.body(body);
        SourceView added = catalogue.add(form(b.code(), b));
        return Response.created(uri.getAbsolutePathBuilder().path(added.code()).build()).entity(added).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a funding source",
            description = "FINANCE or ADMIN: names, government flag, order, active, allowed categories. Send the version "
                    + "you read; every changed field is audited. A retired source (active=false) takes no new requests.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SourceView.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else since read")
    public SourceView change(@PathParam("code") String code, FinanceBodies.Source body) {
        FinanceBodies.Source b = FinanceBodies.body(body);
        FinanceBodies.version(b.version());
        return catalogue.change(form(code, b));
    }

    private static SourceView.Form form(String code, FinanceBodies.Source b) {
        return new SourceView.Form(code, b.nameZh(), b.nameEn(), Boolean.TRUE.equals(b.government()),
                b.sortOrder() == null ? 100 : b.sortOrder(), b.active() == null || b.active(),
                b.allowedCategories() == null ? List.of() : b.allowedCategories(), b.version());
    }
}
