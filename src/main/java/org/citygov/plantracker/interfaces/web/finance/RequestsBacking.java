package org.citygov.plantracker.interfaces.web.finance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.funding.FundingQueries;
import org.citygov.plantracker.application.funding.LineFilter;
import org.citygov.plantracker.application.funding.LineRow;
import org.citygov.plantracker.application.project.ProjectFilter;
import org.citygov.plantracker.application.project.ProjectQueries;
import org.citygov.plantracker.application.project.ProjectSummary;

import java.io.Serializable;
import java.util.List;

/**
 * finance/requests.xhtml — a project office's funding requests across its unit's projects (returned
 * ones first), and its projects to request money for.
 */
@Named
@ViewScoped
public class RequestsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FundingQueries queries;

    @Inject
    private ProjectQueries projects;

    private List<LineRow> lines;
    private List<ProjectSummary> myProjects;

    public void load() {
        lines = queries.myLines(LineFilter.none()).stream()
                .sorted(java.util.Comparator.comparing((LineRow l) -> l.status() == org.citygov.plantracker.domain.model.funding.FundingLineStatus.RETURNED ? 0 : 1)
                        .thenComparing(LineRow::projectCode))
                .toList();
        myProjects = projects.search(ProjectFilter.none(), 0, 500, "code", true).rows();
    }

    public List<LineRow> getLines() { return lines; }
    public List<ProjectSummary> getMyProjects() { return myProjects; }
}
