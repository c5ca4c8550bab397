package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import java.time.LocalDateTime;

/**
 * One recorded change of a project: who, when, what (action, the thing changed and its field),
 * before → after, with an optional comment. {@code subjectZh}/{@code subjectEn} name the thing
 * (a milestone's name, a report's month, an output's target).
 */
public record HistoryEntry(Long id, LocalDateTime occurredAt, String username, String action, String entityType,
                           Long entityId, String subjectZh, String subjectEn, String field, String before,
                           String after, String comment) implements Serializable {
}
