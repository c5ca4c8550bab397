package org.citygov.plantracker.interfaces.rest.finance;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.citygov.plantracker.application.funding.DashboardFilter;
import org.citygov.plantracker.application.funding.MoneyVsWorksReview;
import org.citygov.plantracker.application.funding.MoneyVsWorksSettings;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/** Money vs works (资金与工程进度匹配): the flagged projects and the thresholds. */
@Path("/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "finance")
public class MoneyVsWorksResource {

    @Inject
    private MoneyVsWorksReview review;

    @Inject
    private MoneyVsWorksSettings settings;

    @Schema(description = "One project's money against its works")
    public record FlagDto(String project, String nameZh, String nameEn, boolean sample, String jurisdictionCode,
                          BigDecimal totalInvestment, BigDecimal approved, BigDecimal disbursed,
                          MoneyVsWorks.Assessment assessment) {
    }

    @GET
    @Path("money-vs-works")
    @Operation(summary = "Projects whose money runs ahead of or behind the works",
            description = "FINANCE, CITY_GOV or ADMIN. Flags: MONEY_AHEAD_OF_PROGRESS, MONEY_AHEAD_OF_INVESTMENT, "
                    + "WORKS_STALLED_MONEY_IDLE, under the stored thresholds. `all=true` lists unflagged projects too.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FlagDto.class)))
    public List<FlagDto> flagged(@QueryParam("jurisdiction") String jurisdiction, @QueryParam("program") String program,
                                 @QueryParam("all") Boolean all) {
        return review.review(new DashboardFilter(jurisdiction, program, null, null), !Boolean.TRUE.equals(all)).stream()
                .map(r -> new FlagDto(r.project().code(), r.project().nameZh(), r.project().nameEn(),
                        r.project().sample(), r.project().districtCode(), r.project().totalInvestment(),
                        r.project().amounts().approved(), r.project().amounts().disbursed(), r.assessment()))
                .toList();
    }

    @GET
    @Path("thresholds")
    @Operation(summary = "The money-vs-works thresholds")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MoneyVsWorksSettings.View.class)))
    public MoneyVsWorksSettings.View thresholds() {
        return settings.current();
    }

    @PUT
    @Path("thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the money-vs-works thresholds",
            description = "FINANCE only; audited. Points and percents 0–100, window 1–24 months.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MoneyVsWorksSettings.View.class)))
    @APIResponse(responseCode = "403", description = "Not the finance bureau")
    public MoneyVsWorksSettings.View change(FinanceBodies.Thresholds body) {
        FinanceBodies.Thresholds b = FinanceBodies.body(body);
        return settings.change(FinanceBodies.version(b.version()), b.aheadPoints(), b.idlePercent(), b.stalledMonths(),
                b.stalledGainPoints());
    }
}
