package org.citygov.plantracker.application.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the pages and the API ask the funding workflow to do. Amounts in yuan. */
public final class FundingCommands {

    private FundingCommands() {
    }

    /** The project office asks for money from one source in one year. */
    public record Request(String sourceCode, Integer fiscalYear, BigDecimal requested, String note) {
    }

    /**
     * The project office asks for money from one source over several years of the project's span (2024–2027):
     * one line per year, each reviewed on its own (issue 16 item 16).
     */
    public record YearlyRequest(String sourceCode, java.util.List<YearAmount> years, String note) {
    }

    /** One year's amount of a {@link YearlyRequest}, yuan. */
    public record YearAmount(Integer fiscalYear, BigDecimal requested) {
    }

    /** The office changes a returned request and sends it again. */
    public record Resubmission(long version, BigDecimal requested, String note) {
    }

    public enum Decision {
        /** 批准, possibly for less than requested */
        APPROVE,
        /** 不予批准 */
        REJECT,
        /** 退回修改 */
        RETURN
    }

    /** The finance bureau's decision; {@code approved} only for APPROVE; a comment is required to reject or return. */
    public record Review(long version, Decision decision, BigDecimal approved, String comment) {
    }

    /** 拨付 — a payment against an approved line. */
    public record Payment(long version, LocalDate paidOn, BigDecimal amount, String voucherNo, String note) {
    }

    /** 冲销 — a correction of a ledger entry; {@code on} defaults to today. */
    public record Reversal(long version, LocalDate on, String reason) {
    }
}
