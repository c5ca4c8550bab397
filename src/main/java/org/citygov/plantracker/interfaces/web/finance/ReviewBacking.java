package org.citygov.plantracker.interfaces.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.funding.FundingAccess;
import org.citygov.plantracker.application.funding.FundingCommands;
import org.citygov.plantracker.application.funding.FundingCommands.Decision;
import org.citygov.plantracker.application.funding.FundingQueries;
import org.citygov.plantracker.application.funding.FundingWorkflow;
import org.citygov.plantracker.application.funding.LineFilter;
import org.citygov.plantracker.application.funding.LineRow;
import org.citygov.plantracker.domain.model.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * finance/review.xhtml — 待审核: the pending requests, oldest first; the finance bureau approves
 * (possibly less, in 万元), rejects or returns each with a comment.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundingQueries queries;

    @Inject
    private FundingWorkflow workflow;

    @Inject
    private FundingAccess access;

    private List<LineRow> queue;
    private LineRow selected;
    private Decision decision = Decision.APPROVE;
    private BigDecimal approvedWan;
    private String comment;
    /** The approved amount (yuan) the user was warned to be beyond the project's unfunded amount. */
    private BigDecimal warnedFor;

    public void load() {
        queue = queries.reviewQueue(LineFilter.pending());
    }

    /** Opens the decision form for one pending line, prefilled with the requested amount. */
    public void select(LineRow row) {
        selected = row;
        decision = Decision.APPROVE;
        approvedWan = Money.toWanYuanExact(row.requested());
        comment = null;
        warnedFor = null;
    }

    public void decide() {
        if (decision == Decision.APPROVE && approvedWan != null) {
            BigDecimal approved = Money.fromWanYuan(approvedWan);
            org.citygov.plantracker.domain.service.funding.FundingPosition position =
                    queries.project(selected.projectCode()).position();
            if (!FinanceFaces.beyondUnfundedConfirmed(approved, position.unsecured(), position.totalInvestment(),
                    position.approved(), warnedFor, "reviewDialogForm:approved")) {
                warnedFor = approved;
                return;
            }
        }
        workflow.review(selected.id(), new FundingCommands.Review(selected.version(), decision,
                decision == Decision.APPROVE ? Money.fromWanYuan(approvedWan) : null, comment));
        FinanceFaces.info("fin.review.done", selected.projectCode() + " / "
                + FinanceFaces.text("enum.Decision." + decision.name()));
        selected = null;
        load();
    }

    public BigDecimal getPendingTotal() {
        return queue.stream().map(LineRow::requested).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isFinance() {
        return access.isFinance();
    }

    public Decision[] getDecisions() { return Decision.values(); }
    public List<LineRow> getQueue() { return queue; }
    public LineRow getSelected() { return selected; }
    public Decision getDecision() { return decision; }
    public void setDecision(Decision decision) { this.decision = decision; }
    public BigDecimal getApprovedWan() { return approvedWan; }
    public void setApprovedWan(BigDecimal approvedWan) { this.approvedWan = approvedWan; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
