package org.citygov.plantracker.interfaces.rest.finance;

import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the finance API (amounts in yuan, dates ISO-8601). */
public final class FinanceBodies {

    private FinanceBodies() {
    }

    @Schema(description = "A funding request of the project office")
    public record LineRequest(
            @Schema(description = "Funding source code", example = "SPECIAL_BOND", required = true) String source,
            @Schema(description = "Fiscal year, within the project's span", example = "2025", required = true) Integer year,
            @Schema(description = "Requested amount, yuan", example = "3000000", required = true) BigDecimal requested,
            @Schema(description = "What the money is for") String note) {
    }

    @Schema(description = "A funding request over several years of the project's span: one line per year, all or none")
    public record YearlyRequest(
            @Schema(description = "Funding source code", example = "SPECIAL_BOND", required = true) String source,
            @Schema(description = "One amount per year, each year within the project's span (not limited to the plan "
                    + "period) and given once", required = true) List<YearAmount> years,
            @Schema(description = "What the money is for (kept on every line)") String note) {
    }

    @Schema(description = "One year of a yearly request")
    public record YearAmount(
            @Schema(description = "Fiscal year", example = "2026", required = true) Integer year,
            @Schema(description = "Requested amount, yuan", example = "3000000", required = true) BigDecimal requested) {
    }

    @Schema(description = "The office's changed request after the line was returned")
    public record Resubmission(@Schema(required = true) Long version, @Schema(required = true) BigDecimal requested,
                               String note) {
    }

    @Schema(description = "The finance bureau's decision on a pending line")
    public record Review(
            @Schema(description = "The line's version as read", required = true) Long version,
            @Schema(description = "APPROVE, REJECT or RETURN", required = true, enumeration = {"APPROVE", "REJECT", "RETURN"})
            String decision,
            @Schema(description = "Approved amount in yuan (APPROVE only), at most the requested amount") BigDecimal approved,
            @Schema(description = "Required to reject or return") String comment) {
    }

    @Schema(description = "A payment (拨付) against an approved line")
    public record Payment(
            @Schema(description = "The line's version as read", required = true) Long version,
            @Schema(description = "Payment date, not in the future", required = true, example = "2025-03-18") LocalDate paidOn,
            @Schema(description = "Amount in yuan, positive; the line's total may not exceed the approval", required = true)
            BigDecimal amount,
            @Schema(description = "Voucher number (凭证号)", required = true, example = "2025-记-0101") String voucherNo,
            String note) {
    }

    @Schema(description = "A correction (冲销) of a ledger entry by a reversing entry")
    public record Reversal(
            @Schema(description = "The line's version as read", required = true) Long version,
            @Schema(description = "Date of the correction; default today") LocalDate on,
            @Schema(description = "Why the entry is reversed", required = true) String reason) {
    }

    @Schema(description = "A funding source of the catalogue")
    public record Source(
            @Schema(description = "Code (new sources only; upper-case letters, digits, _)", example = "URBAN_RENEWAL_FUND") String code,
            @Schema(required = true) String nameZh, @Schema(required = true) String nameEn,
            @Schema(description = "Government money (财政性资金) rather than market money") Boolean government,
            Integer sortOrder, Boolean active,
            @Schema(description = "Categories it may pay for; empty or absent = any") List<Category> allowedCategories,
            @Schema(description = "Version as read (changes only)") Long version) {
    }

    @Schema(description = "Money-vs-works thresholds")
    public record Thresholds(@Schema(required = true) Long version,
                             @Schema(description = "Points by which the disbursed share may exceed progress", example = "20")
                             BigDecimal aheadPoints,
                             @Schema(description = "Percent of approved money not disbursed that counts as idle", example = "50")
                             BigDecimal idlePercent,
                             @Schema(description = "Window in months", example = "3") Integer stalledMonths,
                             @Schema(description = "Progress gain below which works count as stalled", example = "5")
                             BigDecimal stalledGainPoints) {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new RuleViolation(null, "request.bodyRequired", "The request needs a JSON body");
        }
        return body;
    }

    static long version(Long version) {
        if (version == null) {
            throw new RuleViolation("version", "request.versionRequired",
                    "Send the version you read (optimistic locking)");
        }
        return version;
    }
}
