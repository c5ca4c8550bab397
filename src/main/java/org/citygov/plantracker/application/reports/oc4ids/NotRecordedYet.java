package org.citygov.plantracker.application.reports.oc4ids;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Re-baselines and dated disbursements before the offices and finance contexts record them: none.
 * Replaced by readers of their tables as those land.
 */
@ApplicationScoped
public class NotRecordedYet implements ProjectModifications, ProjectPayments {

    @Override
    public Map<Long, List<Oc4idsProject.Modification>> modificationsFor(Collection<Long> projectIds) {
        return Map.of();
    }

    @Override
    public Map<Long, List<Oc4idsProject.Payment>> paymentsFor(Collection<Long> projectIds) {
        return Map.of();
    }
}
