package org.citygov.plantracker.interfaces.rest.finance;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.funding.DashboardFilter;
import org.citygov.plantracker.application.funding.FundingDashboard;
import org.citygov.plantracker.application.funding.Totals;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Money totals by source, year, source × year, 区县(市), program or chapter. */
@Path("/funding/totals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "finance")
public class FundingTotalsResource {

    @Inject
    private FundingDashboard dashboard;

    @Schema(description = "One row of totals, yuan. Line sums: requested (not rejected), pending, approved, disbursed. "
            + "Project sums (jurisdiction, program, chapter and the portfolio): projects, totalInvestment, unsecured.")
    public record Row(String key, String nameZh, String nameEn, Integer year, Long projects, BigDecimal totalInvestment,
                      BigDecimal requested, BigDecimal pending, BigDecimal approved, BigDecimal disbursed,
                      BigDecimal unsecured) {
    }

    @Schema(description = "Totals grouped as asked, with the whole (filtered) portfolio")
    public record TotalsDto(String by, Row portfolio, List<Row> rows) {
    }

    @GET
    @Operation(summary = "Funding totals",
            description = "FINANCE, CITY_GOV or ADMIN. `by`: source, year, source-year, jurisdiction (区县(市)), program "
                    + "or chapter. The unsecured gap (未落实) is summed project by project and has no source or year, so "
                    + "it appears on project groupings and the portfolio row. Filters narrow the projects counted.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TotalsDto.class)))
    @APIResponse(responseCode = "400", description = "Unknown grouping or category")
    @APIResponse(responseCode = "403", description = "Not finance, the city government or an administrator")
    public TotalsDto totals(
            @Parameter(description = "Grouping", schema = @Schema(type = SchemaType.STRING, enumeration = {"source",
                    "year", "source-year", "jurisdiction", "program", "chapter"})) @QueryParam("by") String by,
            @Parameter(description = "Jurisdiction code: the unit and all under it") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Program (工程) code") @QueryParam("program") String program,
            @Parameter(description = "Chapter number") @QueryParam("chapter") Integer chapter,
            @Parameter(description = "Project category") @QueryParam("category") String category) {
        DashboardFilter filter = new DashboardFilter(jurisdiction, program, chapter, category(category));
        String grouping = by == null || by.isBlank() ? "source-year" : by.trim().toLowerCase(Locale.ROOT);
        Row portfolio = group(dashboard.portfolio(filter));
        List<Row> rows = new ArrayList<>();
        switch (grouping) {
            case "source-year" -> dashboard.bySourceAndYear(filter).forEach(c -> rows.add(line(c.sourceCode(),
                    c.nameZh(), c.nameEn(), c.fiscalYear(), c.amounts())));
            case "source" -> dashboard.sourceYearGrid(filter).rows().forEach(r -> rows.add(line(r.sourceCode(),
                    r.nameZh(), r.nameEn(), null, r.total())));
            case "year" -> dashboard.sourceYearGrid(filter).yearTotals().forEach((year, amounts) ->
                    rows.add(line(null, null, null, year, amounts)));
            case "jurisdiction" -> dashboard.by(FundingDashboard.Dimension.DISTRICT, filter).forEach(g -> rows.add(group(g)));
            case "program" -> dashboard.by(FundingDashboard.Dimension.PROGRAM, filter).forEach(g -> rows.add(group(g)));
            case "chapter" -> dashboard.by(FundingDashboard.Dimension.CHAPTER, filter).forEach(g -> rows.add(group(g)));
            default -> throw new RuleViolation("by", "funding.groupingUnknown",
                    "Group by source, year, source-year, jurisdiction, program or chapter", by);
        }
        return new TotalsDto(grouping, portfolio, rows);
    }

    private static Row line(String key, String zh, String en, Integer year, Totals.Amounts a) {
        return new Row(key, zh, en, year, null, null, a.requested(), a.pending(), a.approved(), a.disbursed(), null);
    }

    private static Row group(Totals.Group g) {
        Totals.Amounts a = g.amounts();
        return new Row(g.key(), g.nameZh(), g.nameEn(), null, g.projects(), g.totalInvestment(), a.requested(),
                a.pending(), a.approved(), a.disbursed(), g.unsecured());
    }

    private static Category category(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(category.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("category", "funding.categoryUnknown", "Unknown category " + category, category);
        }
    }
}
