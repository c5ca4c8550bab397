package org.citygov.plantracker.application.offices;

import java.io.Serializable;

import java.time.LocalDateTime;

/**
 * One recorded change of a project: who, when, what (action, the thing changed and its field),
 * before → after, with an optional comment. {@code subjectZh}/{@code subjectEn} name the thing
 * (a milestone's name, a report's month, an output's target). A value that is a record recorded by its
 * code (a lead unit, a place, a plan, a program) is given by its names: {@code before}/{@code after} in
 * Chinese and {@code beforeEn}/{@code afterEn} in English (null: the same as the Chinese).
 */
public record HistoryEntry(Long id, LocalDateTime occurredAt, String username, String action, String entityType,
                           Long entityId, String subjectZh, String subjectEn, String field, String before,
                           String after, String comment, String beforeEn, String afterEn) implements Serializable {

    /** Before, for a reader of English or Chinese. */
    public String before(boolean english) {
        return english && beforeEn != null ? beforeEn : before;
    }

    /** After, for a reader of English or Chinese. */
    public String after(boolean english) {
        return english && afterEn != null ? afterEn : after;
    }
}
