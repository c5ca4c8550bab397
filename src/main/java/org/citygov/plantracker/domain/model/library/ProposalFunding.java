package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citygov.plantracker.domain.model.funding.FundingSource;

import java.math.BigDecimal;
import java.util.Objects;

/** Funding a proposed new project foresees: a source, a year and an amount (yuan). */
@Entity
@Table(name = "library_proposal_funding")
public class ProposalFunding {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private FundingSource source;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected ProposalFunding() {
    }

    ProposalFunding(Proposal proposal, ForeseenFunding funding) {
        this.proposal = Objects.requireNonNull(proposal);
        this.source = funding.source();
        this.fiscalYear = funding.fiscalYear();
        this.amount = funding.amount();
    }

    public ForeseenFunding toForeseen() {
        return new ForeseenFunding(source, fiscalYear, amount);
    }

    public Long getId() { return id; }
    public Proposal getProposal() { return proposal; }
    public FundingSource getSource() { return source; }
    public int getFiscalYear() { return fiscalYear; }
    public BigDecimal getAmount() { return amount; }
}
