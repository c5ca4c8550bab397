package org.citygov.plantracker.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.citygov.plantracker.application.security.CurrentUser;
import org.citygov.plantracker.domain.model.audit.AuditEntry;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Records every change (who, when, what, before → after) in the caller's transaction, so a change
 * and its audit entry are written together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    /** One changed field; nothing is recorded when before and after are equal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fieldChanged(String entityType, Long entityId, String projectCode, String action, String field,
                             Object before, Object after) {
        if (!Objects.equals(text(before), text(after))) {
            em.persist(new AuditEntry(LocalDateTime.now(clock), currentUser.actorName(), entityType, entityId,
                    projectCode, action, field, before, after, null));
        }
    }

    /** An event without a field (created, approved, withdrawn …), with an optional comment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void event(String entityType, Long entityId, String projectCode, String action, String comment) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), currentUser.actorName(), entityType, entityId,
                projectCode, action, null, null, null, comment));
    }

    /** A project's history, newest first. */
    public List<AuditEntry> projectHistory(String projectCode) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.projectCode = :c ORDER BY a.occurredAt DESC, a.id DESC",
                AuditEntry.class).setParameter("c", projectCode).getResultList();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString()
                : value.toString();
    }
}
