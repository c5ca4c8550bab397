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

    private String code;
    private ProgramDetail program;

    /** f:viewAction: reads the program named by ?code=. */
    public void load() {
        program = planQueries.program(code);
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
