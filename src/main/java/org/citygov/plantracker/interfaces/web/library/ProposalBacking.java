package org.citygov.plantracker.interfaces.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.LibraryProposals;
import org.citygov.plantracker.application.library.ProposalView;
import org.citygov.plantracker.domain.model.library.ReviewDecision;
import org.citygov.plantracker.interfaces.web.common.DisplayFormat;

import java.io.Serializable;

/**
 * One proposal (library/proposal.xhtml?id=…): what it asks, before → after; the city decides it
 * here, its office takes it back or goes on to revise it.
 */
@Named
@ViewScoped
public class ProposalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibraryProposals proposals;

    private Long id;
    private ProposalView proposal;
    private String comment;

    /** f:viewAction: the proposal named by ?id= (another unit's → 403, unknown → 404). */
    public void load() {
        proposal = proposals.detail(id);
    }

    public String approve() {
        return decide(ReviewDecision.APPROVE);
    }

    public String reject() {
        return decide(ReviewDecision.REJECT);
    }

    public String returnForChanges() {
        return decide(ReviewDecision.RETURN);
    }

    private String decide(ReviewDecision decision) {
        proposal = proposals.decide(proposal.id(), proposal.version(), decision, comment);
        LibraryPages.info("library.proposal.decided", DisplayFormat.label(LibraryPages.locale(), proposal.status()));
        return "/library/proposal?faces-redirect=true&id=" + proposal.id();
    }

    /** 撤销同意: the city takes back an approval; the proposal waits for a new decision. */
    public String reopen() {
        proposal = proposals.reopen(proposal.id(), proposal.version(), comment);
        LibraryPages.info("library.proposal.reopened");
        return "/library/proposal?faces-redirect=true&id=" + proposal.id();
    }

    public String cancel() {
        proposal = proposals.cancel(proposal.id(), proposal.version());
        LibraryPages.info("library.proposal.cancelled");
        return "/library/proposal?faces-redirect=true&id=" + proposal.id();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProposalView getProposal() { return proposal; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
