package org.citygov.plantracker.interfaces.web.offices;

import org.citygov.plantracker.application.offices.HistoryEntry;
import org.citygov.plantracker.interfaces.i18n.HistoryLabels;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Locale;

/** One line of a project's history tab, in the reader's language. */
public record HistoryRow(LocalDateTime occurredAt, String username, String action, String subject, String field,
                         String before, String after, String comment) implements Serializable {

    static HistoryRow of(HistoryEntry e, Locale locale) {
        return new HistoryRow(e.occurredAt(), e.username(), HistoryLabels.action(locale, e.action()),
                Texts.english(locale) ? e.subjectEn() : e.subjectZh(), HistoryLabels.field(locale, e.field()),
                HistoryLabels.value(locale, e.entityType(), e.field(), e.before(Texts.english(locale))),
                HistoryLabels.value(locale, e.entityType(), e.field(), e.after(Texts.english(locale))),
                e.comment());
    }

    /** Before → after, or the comment for events without a field. */
    public boolean isFieldChange() {
        return field != null;
    }
}
