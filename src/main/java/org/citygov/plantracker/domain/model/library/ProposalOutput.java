package org.citygov.plantracker.domain.model.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.citygov.plantracker.domain.model.place.Jurisdiction;
import org.citygov.plantracker.domain.model.plan.Target;

import java.math.BigDecimal;
import java.util.Objects;

/** A planned output in a proposal: toward a plan target, in a place, a quantity (before or after). */
@Entity
@Table(name = "library_proposal_output")
public class ProposalOutput {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 8)
    private OutputSide side;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private Target target;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jurisdiction_id", nullable = false)
    private Jurisdiction jurisdiction;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "unit", length = 60)
    private String unit;

    protected ProposalOutput() {
    }

    ProposalOutput(Proposal proposal, OutputSide side, PlannedOutput output) {
        this.proposal = Objects.requireNonNull(proposal);
        this.side = Objects.requireNonNull(side);
        this.target = output.target();
        this.jurisdiction = output.jurisdiction();
        this.quantity = output.quantity();
        this.unit = output.unit();
    }

    public PlannedOutput toPlanned() {
        return new PlannedOutput(target, jurisdiction, quantity, unit);
    }

    public Long getId() { return id; }
    public Proposal getProposal() { return proposal; }
    public OutputSide getSide() { return side; }
    public Target getTarget() { return target; }
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public BigDecimal getQuantity() { return quantity; }
    public String getUnit() { return unit; }
}
