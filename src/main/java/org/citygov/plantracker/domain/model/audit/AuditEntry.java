package org.citygov.plantracker.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One recorded change: who, when, what, before → after. Append-only; never edited.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    private static final int MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "project_code")
    private String projectCode;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "field_name")
    private String fieldName;

    @Column(name = "before_value", length = MAX)
    private String beforeValue;

    @Column(name = "after_value", length = MAX)
    private String afterValue;

    @Column(name = "comment_text", length = MAX)
    private String comment;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String username, String entityType, Long entityId,
                      String projectCode, String action, String fieldName, Object before, Object after,
                      String comment) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.username = Objects.requireNonNull(username);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = entityId;
        this.projectCode = projectCode;
        this.action = Objects.requireNonNull(action);
        this.fieldName = fieldName;
        this.beforeValue = text(before);
        this.afterValue = text(after);
        this.comment = clip(comment);
    }

    private static String text(Object value) {
        return value == null ? null : clip(value.toString());
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX ? s : s.substring(0, MAX - 1) + "…";
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getUsername() { return username; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getProjectCode() { return projectCode; }
    public String getAction() { return action; }
    public String getFieldName() { return fieldName; }
    public String getBeforeValue() { return beforeValue; }
    public String getAfterValue() { return afterValue; }
    public String getComment() { return comment; }
}
