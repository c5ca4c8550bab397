package org.citygov.plantracker.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.project.Page;
import org.citygov.plantracker.application.project.ProjectFilter;
import org.citygov.plantracker.application.project.ProjectQueries;
import org.citygov.plantracker.application.project.ProjectSummary;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.interfaces.rest.dto.ProjectDetailDto;
import org.citygov.plantracker.interfaces.rest.dto.ProjectPageDto;
import org.citygov.plantracker.interfaces.rest.dto.ProjectSummaryDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * 项目库 — the portfolio with the filters of the portfolio page, and one project with its
 * milestones, outputs and funding. A project office sees only its own lead unit's projects.
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
@RequestScoped
public class ProjectsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** Sort keys of the API; each is a sort column of {@link ProjectQueries}. */
    static final List<String> SORTS = List.of("code", "name", "program", "jurisdiction", "stage", "category",
            "leadUnit", "plannedStart", "plannedFinish", "totalInvestment");

    @Inject
    private ProjectQueries projects;

    @GET
    @Operation(summary = "The projects, filtered, sorted and paged",
            description = "The filters of the portfolio page, combined with AND. A project-office user gets only its own "
                    + "lead unit's projects. Page with `offset`/`limit` or with `page`/`size` (page 1 is the first); "
                    + "`total` counts every match.")
    @APIResponse(responseCode = "200", description = "One page of projects")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public ProjectPageDto list(
            @Parameter(description = "Program (工程) code", example = "C1.4") @QueryParam("program") String program,
            @Parameter(description = "Jurisdiction code: the unit and every unit under it (a 区县(市) takes its streets and communities)",
                    example = "J04") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Stage (any case)", schema = @Schema(type = SchemaType.STRING, implementation = Stage.class))
            @QueryParam("stage") String stage,
            @Parameter(description = "Category (any case)", schema = @Schema(type = SchemaType.STRING, implementation = Category.class))
            @QueryParam("category") String category,
            @Parameter(description = "Words in the code, national code or name (zh or en)") @QueryParam("q") String text,
            @Parameter(description = "Lead unit (项目单位) code") @QueryParam("leadUnit") String leadUnit,
            @Parameter(description = "Rows to skip (0 = from the first)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("offset") String offset,
            @Parameter(description = "Rows per page, 1–500, default 50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Page number, 1 = first; an alternative to offset", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Rows per page; the same as limit", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
            @QueryParam("size") String size,
            @Parameter(description = "Sort key, `-` in front for descending (e.g. -totalInvestment); default code",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"code", "name", "program", "jurisdiction",
                            "stage", "category", "leadUnit", "plannedStart", "plannedFinish", "totalInvestment",
                            "-code", "-name", "-program", "-jurisdiction", "-stage", "-category", "-leadUnit",
                            "-plannedStart", "-plannedFinish", "-totalInvestment"}))
            @QueryParam("sort") String sort) {
        ProjectFilter filter = new ProjectFilter(blankToNull(program), blankToNull(jurisdiction),
                QueryParameters.enumValue("stage", stage, Stage.class),
                QueryParameters.enumValue("category", category, Category.class),
                blankToNull(text), blankToNull(leadUnit));

        int rows = pageSize(limit, size);
        int first = firstRow(offset, page, rows);
        boolean descending = sort != null && sort.startsWith("-");
        String key = sort == null || sort.isBlank() ? "code" : QueryParameters.oneOf("sort",
                descending ? sort.substring(1) : sort, SORTS);

        Page<ProjectSummary> result = projects.search(filter, first, rows, key, !descending);
        return new ProjectPageDto(result.total(), first, result.size(),
                result.rows().stream().map(ProjectSummaryDto::of).toList());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One project with its milestones, outputs, funding lines and funding totals",
            description = "A project-office user may read only its own lead unit's projects (403 otherwise).")
    @APIResponse(responseCode = "200", description = "The project")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ProjectDetailDto get(@Parameter(description = "Project code", required = true) @PathParam("code") String code) {
        return ProjectDetailDto.of(projects.detail(code));
    }

    private static int pageSize(String limit, String size) {
        Integer byLimit = QueryParameters.integer("limit", limit, 1, MAX_LIMIT, null);
        Integer bySize = QueryParameters.integer("size", size, 1, MAX_LIMIT, null);
        if (byLimit != null && bySize != null && !byLimit.equals(bySize)) {
            throw conflict("limit", "size");
        }
        return byLimit != null ? byLimit : bySize != null ? bySize : DEFAULT_LIMIT;
    }

    private static int firstRow(String offset, String page, int rows) {
        Integer byOffset = QueryParameters.integer("offset", offset, 0, Integer.MAX_VALUE, null);
        Integer byPage = QueryParameters.integer("page", page, 1, Integer.MAX_VALUE / MAX_LIMIT, null);
        if (byOffset != null && byPage != null) {
            throw conflict("offset", "page");
        }
        return byOffset != null ? byOffset : byPage != null ? (byPage - 1) * rows : 0;
    }

    private static InvalidParameterException conflict(String one, String other) {
        return new InvalidParameterException(other, "api.conflictingParameters",
                "Give either " + one + " or " + other + ", not both", one, other);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
