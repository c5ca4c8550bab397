package org.citygov.plantracker.application.reports.oc4ids;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The finance bureau's disbursement ledger (拨付) as OC4IDS transactions: each payment with its date,
 * amount and source; a correction is the reversing entry it is in the ledger (a negative amount).
 * Voucher numbers and notes are internal and stay out. One query per page of projects.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LedgerPayments implements ProjectPayments {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, List<Oc4idsProject.Payment>> paymentsFor(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Oc4idsProject.Payment>> byProject = new HashMap<>();
        em.createQuery("SELECT l.project.id, d.id, d.paidOn, d.amount, s.code, s.nameZh FROM Disbursement d "
                        + "JOIN d.line l JOIN l.source s WHERE l.project.id IN :ids ORDER BY d.paidOn, d.id", Object[].class)
                .setParameter("ids", projectIds).getResultList()
                .forEach(r -> byProject.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                        new Oc4idsProject.Payment("disbursement-" + r[1], (LocalDate) r[2], (BigDecimal) r[3],
                                (String) r[4], (String) r[5])));
        return byProject;
    }
}
