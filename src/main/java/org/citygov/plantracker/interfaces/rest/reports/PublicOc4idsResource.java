package org.citygov.plantracker.interfaces.rest.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.reports.oc4ids.Oc4idsExport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 公开数据 — the OC4IDS package of the projects the city has made public, for everyone, without signing in. */
@Path("/public/oc4ids")
@Tag(name = "public")
@RequestScoped
public class PublicOc4idsResource {

    @Inject
    private Oc4idsExport export;

    @Context
    private UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open data: the public projects as an OC4IDS project package (no sign-in)",
            description = "The projects the city has made public — by default every project from 新开工 on, never a "
                    + "储备 one — as an OC4IDS 0.9 project package, without internal fields: no recorded reasons "
                    + "(withdrawal, re-baselines), only approved funding lines.")
    @APIResponse(responseCode = "200", description = "The project package (possibly without projects)")
    @APIResponse(responseCode = "404", description = "No project is public yet (an OC4IDS package needs one)")
    public Response projects() {
        if (export.countOpenData() == 0) {
            throw new UnknownEntityException("project", "open data");
        }
        String self = uri.getRequestUri().toString();
        StreamingOutput body = out -> export.writeOpenData(self, out);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
