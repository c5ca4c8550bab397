package org.citygov.plantracker.application.portfolio;

import org.citygov.plantracker.domain.model.audit.AuditEntry;

import java.time.LocalDateTime;
import java.util.function.Supplier;

/**
 * One entry of a project's history that a portfolio import writes, the way a change by hand writes it:
 * the thing changed (its type and id, known once written), the field and its value before → after as
 * recorded (codes, enum names, yuan — the history names them in the reader's language), or an event
 * without a field for a record the import creates. Never a sentence.
 */
record ImportAudit(String projectCode, String entityType, Supplier<Long> entityId, String action, String field,
                   String before, String after, String comment) {

    static final String CREATED = "portfolio.import.created";
    static final String CHANGED = "portfolio.import.changed";

    static ImportAudit changed(String projectCode, String entityType, Supplier<Long> entityId, String field,
                               String before, String after) {
        return new ImportAudit(projectCode, entityType, entityId, CHANGED, field, before, after, null);
    }

    static ImportAudit created(String projectCode, String entityType, Supplier<Long> entityId, String comment) {
        return new ImportAudit(projectCode, entityType, entityId, CREATED, null, null, null, comment);
    }

    /** The entry, once the import's writes are flushed (a created record has its id by then). */
    AuditEntry entry(LocalDateTime at, String username) {
        return new AuditEntry(at, username, entityType, entityId.get(), projectCode, action, field, before, after, comment);
    }
}
