package org.citygov.plantracker.interfaces.web.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.project.ProjectDetail;
import org.citygov.plantracker.application.project.ProjectQueries;

import java.io.Serializable;

/**
 * A project with its milestones, outputs and funding (projects/project.xhtml?code=…). The service
 * refuses an office user another unit's project; the exception handler then answers 403 with the
 * message, and nothing of the project is rendered.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectQueries projectQueries;

    private String code;
    private ProjectDetail project;

    /** f:viewAction: reads the project named by ?code=, if the user may see it. */
    public void load() {
        project = projectQueries.detail(code == null ? "" : code.trim());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ProjectDetail getProject() {
        return project;
    }
}
