package org.citygov.plantracker.test;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.security.Access;
import org.citygov.plantracker.domain.model.user.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * Test deployments only (this package is added by {@link Deployments}): lets a browser test, which
 * runs outside the server, make its own office user and reserve project instead of changing the
 * demo data. Administrators only; hidden from the OpenAPI document.
 */
@Path("/test/library")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LibraryTestResource {

    @Inject
    private Fixtures fixtures;

    @Inject
    private LibraryTestData data;

    @Inject
    private Access access;

    /** A new lead unit (not sample) and its project-office user, password {@link Fixtures#PASSWORD}. */
    @POST
    @Path("office")
    @Operation(hidden = true)
    public Map<String, String> office() {
        access.requireAnyRole(Role.ADMIN);
        String u = Fixtures.unique();
        String unit = fixtures.leadUnit("XL-U-" + u).getCode();
        String user = fixtures.user("xl-office-" + u, Role.PROJECT_OFFICE, unit);
        return Map.of("username", user, "unit", unit, "password", Fixtures.PASSWORD);
    }

    /** A 储备 project of {@code unit} in 金水区 (C1.4, 100 托位 toward C1.4-T9), 3,000,000 yuan. */
    @POST
    @Path("projects")
    @Operation(hidden = true)
    public Map<String, String> project(Map<String, String> body) {
        access.requireAnyRole(Role.ADMIN);
        return Map.of("code", data.reserveProject(body.get("code"), body.get("unit"), "C1.4", "J04", "C1.4-T9",
                "3000000"));
    }
}
