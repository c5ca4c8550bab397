package org.citygov.plantracker.interfaces.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.citygov.plantracker.application.ConcurrentEditException;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.application.security.AccessDeniedException;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

/** Test-only page bean (test/failures.xhtml): actions that fail the way application services do. */
@Named
@RequestScoped
public class FailureProbeBacking {

    private String probe;

    public void refuse() {
        throw new AccessDeniedException("access.otherUnit", "Project P-PROBE belongs to another lead unit", "P-PROBE");
    }

    public void breakRule() {
        throw new RuleViolation("probeInput", "access.role", "Needs ADMIN", "ADMIN");
    }

    public void conflict() {
        throw new ConcurrentEditException("P-PROBE");
    }

    public void unknown() {
        throw new UnknownEntityException("project", "P-NONE");
    }

    public void bug() {
        throw new IllegalStateException("a bug, not the user's business");
    }

    public String getProbe() {
        return probe;
    }

    public void setProbe(String probe) {
        this.probe = probe;
    }
}
