package org.citygov.plantracker.interfaces.rest.portfolio;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.project.MilestoneTemplates;
import org.citygov.plantracker.application.project.MilestoneTemplates.TemplateView;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.MilestoneKind;
import org.citygov.plantracker.domain.model.project.MilestoneTemplate.StepDraft;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.interfaces.rest.ErrorDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/** 里程碑模板: the starting milestone plan per project category (read: signed in; replace: ADMIN). */
@Path("/milestone-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "portfolio", description = "Milestone plans and templates, the portfolio workbook")
public class MilestoneTemplatesResource {

    @Inject
    private MilestoneTemplates templates;

    @Schema(description = "A category's template: steps in order, with the version to send when replacing it")
    public record TemplateRequest(
            @Schema(description = "The version you read (0 for a category without a template)", required = true)
            Long version,
            @Schema(description = "The steps, in order", required = true) List<StepRequest> steps) {
    }

    @Schema(description = "A step: names, kind, relative weight and its place in the project's span "
            + "(0 = planned start, 1 = planned finish)")
    public record StepRequest(String nameZh, String nameEn, MilestoneKind kind, BigDecimal weight,
                              BigDecimal spanShare) {
    }

    @GET
    @Operation(summary = "Every category's milestone template")
    public List<TemplateView> all() {
        return templates.all();
    }

    @GET
    @Path("{category}")
    @Operation(summary = "One category's milestone template (CHILDCARE, EDUCATION, …)")
    @APIResponse(responseCode = "404", description = "No such category")
    public TemplateView one(@PathParam("category") String category) {
        return templates.of(category(category));
    }

    @PUT
    @Path("{category}")
    @Operation(summary = "Replace a category's milestone template (ADMIN)",
            description = "Projects the library adds from now on get these steps; existing projects are not changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "400", description = "A step is invalid; violations per field (steps[n].…)",
            content = @Content(schema = @Schema(implementation = ErrorDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Changed by someone else since you read it")
    public TemplateView replace(@PathParam("category") String category, TemplateRequest request) {
        if (request == null || request.steps() == null) {
            throw new RuleViolation(null, "request.bodyRequired", "The request needs a JSON body");
        }
        if (request.version() == null) {
            throw new RuleViolation("version", "request.versionRequired",
                    "Send the version you read (optimistic locking)");
        }
        return templates.replace(category(category), request.version(), request.steps().stream()
                .map(s -> new StepDraft(s.nameZh(), s.nameEn(), s.kind(), s.weight(), s.spanShare())).toList());
    }

    private static Category category(String value) {
        try {
            return Category.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new UnknownEntityException("category", value);
        }
    }
}
