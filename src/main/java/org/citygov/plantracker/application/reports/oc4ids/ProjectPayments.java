package org.citygov.plantracker.application.reports.oc4ids;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Dated disbursements (拨付) of projects, which OC4IDS publishes as transactions. The finance
 * context records them; until it does, there are none (the disbursed totals still appear).
 */
public interface ProjectPayments {

    /** By project id; projects without any are absent. */
    Map<Long, List<Oc4idsProject.Payment>> paymentsFor(Collection<Long> projectIds);
}
