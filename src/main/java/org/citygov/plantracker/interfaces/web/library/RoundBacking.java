package org.citygov.plantracker.interfaces.web.library;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.library.LibraryOptions;
import org.citygov.plantracker.application.library.LibraryProposals;
import org.citygov.plantracker.application.library.LibraryRounds;
import org.citygov.plantracker.application.library.ProposalRow;
import org.citygov.plantracker.application.library.RoundView;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.library.ProposalStatus;
import org.citygov.plantracker.domain.model.user.Role;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One round (library/round.xhtml?code=…): its state and proposals; offices start proposals from
 * here, the city moves the deadline and closes the round.
 */
@Named
@ViewScoped
public class RoundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibraryRounds rounds;

    @Inject
    private LibraryProposals proposals;

    @Inject
    private LibraryOptions options;

    @Inject
    private CurrentUser currentUser;

    private String code;
    private RoundView round;
    private List<ProposalRow> rows;
    private ProposalStatus status;
    private ProposalKind kind;
    private boolean city;
    private boolean office;
    private List<LibraryOptions.Option> ownProjects;
    private String project;
    private ProposalKind projectKind = ProposalKind.ADJUST;
    private LocalDate deadline;

    /** f:viewAction: the round named by ?code= (unknown → 404). */
    public void load() {
        round = rounds.detail(code == null ? "" : code.trim());
        city = currentUser.hasRole(Role.CITY_GOV);
        office = currentUser.hasRole(Role.PROJECT_OFFICE);
        ownProjects = office ? options.officeProjects() : List.of();
        deadline = round.submissionDeadline();
        filter();
    }

    public void filter() {
        rows = proposals.list(round.code(), status, kind);
    }

    public String close() {
        RoundView closed = rounds.close(round.code(), round.version());
        LibraryPages.info("library.round.closed.message", closed.code());
        return "/library/round?faces-redirect=true&code=" + closed.code();
    }

    public String moveDeadline() {
        round = rounds.moveDeadline(round.code(), round.version(), deadline);
        LibraryPages.info("library.round.deadlineMoved", round.submissionDeadline().toString());
        return "/library/round?faces-redirect=true&code=" + round.code();
    }

    /** To the form for a proposal about one of the office's projects. */
    public String proposeAbout() {
        return "/library/proposal-form?faces-redirect=true&round=" + round.code() + "&kind=" + projectKind.name()
                + "&project=" + (project == null ? "" : project);
    }

    public List<ProposalKind> getProjectKinds() {
        return List.of(ProposalKind.ADJUST, ProposalKind.START, ProposalKind.WITHDRAW);
    }

    public List<ProposalStatus> getStatuses() {
        return List.of(ProposalStatus.values());
    }

    public List<ProposalKind> getKinds() {
        return List.of(ProposalKind.values());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public RoundView getRound() { return round; }
    public List<ProposalRow> getRows() { return rows; }
    public ProposalStatus getStatus() { return status; }
    public void setStatus(ProposalStatus status) { this.status = status; }
    public ProposalKind getKind() { return kind; }
    public void setKind(ProposalKind kind) { this.kind = kind; }
    public boolean isCity() { return city; }
    public boolean isOffice() { return office; }
    public List<LibraryOptions.Option> getOwnProjects() { return ownProjects; }
    public String getProject() { return project; }
    public void setProject(String project) { this.project = project; }
    public ProposalKind getProjectKind() { return projectKind; }
    public void setProjectKind(ProposalKind projectKind) { this.projectKind = projectKind; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
}
