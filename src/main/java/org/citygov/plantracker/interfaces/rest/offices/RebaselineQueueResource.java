package org.citygov.plantracker.interfaces.rest.offices;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.offices.RebaselineView;
import org.citygov.plantracker.application.offices.Rebaselining;
import org.citygov.plantracker.domain.model.project.RebaselineStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Re-baseline requests across projects: the city government's review queue. */
@Path("/rebaselines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "offices")
public class RebaselineQueueResource {

    @Inject
    private Rebaselining rebaselining;

    @GET
    @Operation(summary = "Re-baseline requests across the projects you may see",
            description = "Newest first; an office sees its own unit's, the city government all.")
    public List<RebaselineView> list(@Parameter(description = "PENDING (default), APPROVED, REJECTED or ALL")
                                     @QueryParam("status") String status) {
        RebaselineStatus wanted = status == null || status.isBlank() ? RebaselineStatus.PENDING
                : "ALL".equalsIgnoreCase(status) ? null : RebaselineStatus.valueOf(status.trim().toUpperCase());
        return rebaselining.requestsWithStatus(wanted);
    }
}
