package org.citygov.plantracker.interfaces.web.offices;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.offices.MilestoneProgress;
import org.citygov.plantracker.application.offices.MilestoneView;
import org.citygov.plantracker.application.offices.RebaselineProposal;
import org.citygov.plantracker.application.offices.RebaselineView;
import org.citygov.plantracker.application.offices.Rebaselining;
import org.citygov.plantracker.application.project.ProjectDetail;
import org.citygov.plantracker.application.project.ProjectQueries;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Asking for a re-baseline (offices/rebaseline.xhtml?code=…): new dates for open milestones and
 * the reason. The frozen baseline changes only when the city government approves.
 */
@Named
@ViewScoped
public class RebaselineRequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Rebaselining rebaselining;

    @Inject
    private MilestoneProgress progress;

    @Inject
    private ProjectQueries projectQueries;

    private String code;
    private ProjectDetail project;
    private List<Line> lines = List.of();
    private List<RebaselineView> requests = List.of();
    private String reason;

    /** A milestone and the new baseline asked for it (empty: unchanged). */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final MilestoneView milestone;
        private LocalDate newBaseline;

        Line(MilestoneView milestone) {
            this.milestone = milestone;
        }

        public MilestoneView getMilestone() { return milestone; }
        public boolean isOpen() { return milestone.actual() == null; }
        public LocalDate getNewBaseline() { return newBaseline; }
        public void setNewBaseline(LocalDate newBaseline) { this.newBaseline = newBaseline; }
    }

    @PostConstruct
    void init() {
        code = OfficePages.parameter("code");
        if (code == null) {
            return;
        }
        project = projectQueries.detail(code);
        lines = progress.milestones(code).stream().map(Line::new).toList();
        requests = rebaselining.requests(code);
    }

    /** A request is already waiting for the city's decision: say so before the form is filled. */
    public boolean isPending() {
        return requests.stream().anyMatch(r -> r.status() == org.citygov.plantracker.domain.model.project.RebaselineStatus.PENDING);
    }

    public String submit() {
        RebaselineView filed = rebaselining.request(new RebaselineProposal(code, reason, lines.stream()
                .filter(l -> l.getNewBaseline() != null)
                .map(l -> new RebaselineProposal.ProposedDate(l.getMilestone().id(), l.getNewBaseline())).toList()));
        OfficePages.info("offices.rebaseline.filedMessage", filed.items().size());
        return "/projects/project?faces-redirect=true&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ProjectDetail getProject() { return project; }
    public List<Line> getLines() { return lines; }
    public List<RebaselineView> getRequests() { return requests; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
