package org.citygov.plantracker.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.plan.PlanRef;
import org.citygov.plantracker.application.plan.PlanSelection;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.interfaces.rest.dto.PlanDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** The loaded plans, so clients know what the {@code plan} parameter of the plan resources accepts. */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plan")
@RequestScoped
public class PlansResource {

    @Inject
    private PlanSelection plans;

    @Inject
    private Access access;

    @GET
    @Operation(summary = "The loaded plans",
            description = "Oldest period first. `current` marks the plan read when no `plan` parameter is given "
                    + "(the one whose period started last, as on the pages).")
    @APIResponse(responseCode = "200", description = "The plans")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public List<PlanDto> list() {
        access.requireSignedIn();
        Optional<String> current = plans.select(null).map(PlanRef::code);
        return plans.all().stream().map(p -> PlanDto.of(p, current.filter(p.code()::equals).isPresent())).toList();
    }
}
