package org.citygov.plantracker.interfaces.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.funding.FundingAccess;
import org.citygov.plantracker.application.funding.FundingCatalogue;
import org.citygov.plantracker.application.funding.FundingCommands;
import org.citygov.plantracker.application.funding.FundingCommands.Decision;
import org.citygov.plantracker.application.funding.FundingQueries;
import org.citygov.plantracker.application.funding.FundingWorkflow;
import org.citygov.plantracker.application.funding.LineView;
import org.citygov.plantracker.application.funding.ProjectFunding;
import org.citygov.plantracker.application.funding.SourceView;
import org.citygov.plantracker.domain.model.shared.Money;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * finance/project.xhtml?code=… — one project's money: the derived figures, the money-vs-works
 * assessment, the lines with their ledgers, and the actions each role may take: the office requests
 * (and resubmits returned lines); the finance bureau reviews, disburses and reverses. The services
 * check every action again.
 */
@Named
@ViewScoped
public class ProjectFundingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundingQueries queries;

    @Inject
    private Clock clock;

    @Inject
    private FundingWorkflow workflow;

    @Inject
    private FundingCatalogue catalogue;

    @Inject
    private FundingAccess access;

    private String code;
    private ProjectFunding funding;
    private boolean mayRequest;
    private List<SourceView> sources;

    /** The line an action (review, payment, resubmission) is about, and the entry to reverse. */
    private LineView line;
    private LineView.Entry entry;

    private String sourceCode;
    private List<YearAmount> requestYears = List.of();
    private BigDecimal amountWan;
    private String note;
    private Decision decision = Decision.APPROVE;
    private LocalDate date;
    private String voucherNo;
    /** The approved amount (yuan) the user was warned to be beyond the project's unfunded amount. */
    private BigDecimal warnedFor;

    public void load() {
        funding = queries.project(code == null ? "" : code.trim());
        mayRequest = queries.mayRequest(funding.code());
        if (sources == null) {
            sources = catalogue.sources(true);
        }
    }

    /** The request form: one amount input per year of the project's span (2024–2027), all blank. */
    public void startRequest() {
        sourceCode = null;
        requestYears = funding.years().stream().map(YearAmount::new).toList();
        amountWan = null;
        note = null;
    }

    /** One line per year with an amount, all or none (issue 16 item 16); blank years are not asked for. */
    public void request() {
        List<FundingCommands.YearAmount> asked = requestYears.stream().filter(y -> y.getAmountWan() != null)
                .map(y -> new FundingCommands.YearAmount(y.getYear(), Money.fromWanYuan(y.getAmountWan()))).toList();
        workflow.requestYears(funding.code(), new FundingCommands.YearlyRequest(sourceCode, asked, note));
        FinanceFaces.info("fin.request.done");
        load();
    }

    /** A year of the request form and the amount typed for it (万元, blank for none). */
    public static final class YearAmount implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int year;
        private BigDecimal amountWan;

        YearAmount(int year) {
            this.year = year;
        }

        public int getYear() { return year; }
        public BigDecimal getAmountWan() { return amountWan; }
        public void setAmountWan(BigDecimal amountWan) { this.amountWan = amountWan; }
    }

    public List<YearAmount> getRequestYears() {
        return requestYears;
    }

    public void startReview(LineView l) {
        line = l;
        decision = Decision.APPROVE;
        amountWan = Money.toWanYuanExact(l.requested());
        note = null;
        warnedFor = null;
    }

    public void review() {
        if (decision == Decision.APPROVE && amountWan != null) {
            BigDecimal approved = Money.fromWanYuan(amountWan);
            if (!FinanceFaces.beyondUnfundedConfirmed(approved, funding.position().unsecured(),
                    funding.position().totalInvestment(), funding.position().approved(), warnedFor, "reviewForm:approved")) {
                warnedFor = approved;
                return;
            }
        }
        workflow.review(line.id(), new FundingCommands.Review(line.version(), decision,
                decision == Decision.APPROVE ? Money.fromWanYuan(amountWan) : null, note));
        FinanceFaces.info("fin.review.done", FinanceFaces.text("enum.Decision." + decision.name()));
        load();
    }

    public void startPayment(LineView l) {
        line = l;
        date = LocalDate.now(clock);
        amountWan = Money.toWanYuanExact(l.undisbursed());
        voucherNo = null;
        note = null;
    }

    public void pay() {
        BigDecimal yuan = Money.fromWanYuan(amountWan);
        workflow.disburse(line.id(), new FundingCommands.Payment(line.version(), date, yuan, voucherNo, note));
        FinanceFaces.info("fin.disburse.done", org.citygov.plantracker.interfaces.web.common.DisplayFormat.wanYuan(yuan));
        load();
    }

    public void startReversal(LineView l, LineView.Entry e) {
        line = l;
        entry = e;
        date = LocalDate.now(clock);
        note = null;
    }

    public void reverse() {
        workflow.reverse(entry.id(), new FundingCommands.Reversal(line.version(), date, note));
        FinanceFaces.info("fin.reverse.done");
        load();
    }

    public void startResubmission(LineView l) {
        line = l;
        amountWan = Money.toWanYuanExact(l.requested());
        note = l.requestNote();
    }

    public void resubmit() {
        workflow.resubmit(line.id(), new FundingCommands.Resubmission(line.version(), Money.fromWanYuan(amountWan), note));
        FinanceFaces.info("fin.resubmit.done");
        load();
    }

    /** A flag of the assessment, said with its figures. */
    public String flagText(MoneyVsWorks.Flag flag) {
        MoneyVsWorks.Assessment a = funding.assessment();
        return FinanceFlags.text(flag, a);
    }

    /** A source's name in the page language, from the project's own lines. */
    public String sourceName(String sourceCode) {
        boolean english = org.citygov.plantracker.interfaces.i18n.Texts.english(FinanceFaces.locale());
        return funding.lines().stream().filter(l -> l.sourceCode().equals(sourceCode)).findFirst()
                .map(l -> english ? l.sourceNameEn() : l.sourceNameZh()).orElse(sourceCode);
    }

    public boolean isFinance() {
        return access.isFinance();
    }

    public Decision[] getDecisions() { return Decision.values(); }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ProjectFunding getFunding() { return funding; }
    public boolean isMayRequest() { return mayRequest; }
    public List<SourceView> getSources() {
        return sources.stream().filter(s -> funding == null || s.allows(funding.category())).toList();
    }
    public LineView getLine() { return line; }
    public LineView.Entry getEntry() { return entry; }
    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
    public BigDecimal getAmountWan() { return amountWan; }
    public void setAmountWan(BigDecimal amountWan) { this.amountWan = amountWan; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Decision getDecision() { return decision; }
    public void setDecision(Decision decision) { this.decision = decision; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getVoucherNo() { return voucherNo; }
    public void setVoucherNo(String voucherNo) { this.voucherNo = voucherNo; }
}
