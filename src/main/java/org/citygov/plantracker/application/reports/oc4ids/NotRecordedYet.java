package org.citygov.plantracker.application.reports.oc4ids;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Dated disbursements before the finance context records them: none (the disbursed totals of the
 * funding lines still appear). Replaced by a reader of the disbursement ledger when it lands.
 */
@ApplicationScoped
public class NotRecordedYet implements ProjectPayments {

    @Override
    public Map<Long, List<Oc4idsProject.Payment>> paymentsFor(Collection<Long> projectIds) {
        return Map.of();
    }
}
