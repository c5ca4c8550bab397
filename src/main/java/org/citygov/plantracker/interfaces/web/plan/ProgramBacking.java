package org.citygov.plantracker.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.plan.PlanQueries;
import org.citygov.plantracker.application.plan.ProgramDetail;

import java.io.Serializable;

/**
 * One 工程 with its targets and stages (plan/program.xhtml?code=C1.4). An unknown code ends in the
 * 404 page (UnknownEntityException through the exception handler).
 */
@Named
@ViewScoped
public class ProgramBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanQueries planQueries;

    @Inject
    private org.citygov.plantracker.application.project.ProjectQueries projectQueries;

    private String code;
    private ProgramDetail program;
    private int filedProjects;
    private String filedTargets;

    /** f:viewAction: reads the program named by ?code=, and the projects only filed under it (issue 16 item 12). */
    public void load() {
        program = planQueries.program(code);
        org.citygov.plantracker.application.project.ProjectQueries.FiledProjects filed = projectQueries.filedChapterTextTargets();
        filedProjects = filed.countFiledUnder(program.code());
        filedTargets = filed.targetsFiledUnder(program.code());
    }

    /** How many projects serve a chapter-text target (CH9-T01) and are only filed under this program. */
    public int getFiledProjects() {
        return filedProjects;
    }

    /** The chapter-text targets those projects serve (CH9-T01 · CH9-T02). */
    public String getFiledTargets() {
        return filedTargets;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ProgramDetail getProgram() {
        return program;
    }
}
