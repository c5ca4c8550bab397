package org.citygov.plantracker.interfaces.i18n;

import org.citygov.plantracker.domain.model.project.Stage;

import java.util.Locale;

/**
 * Words for the audit trail in the reader's language: an action ({@code history.action.<action>}),
 * a field ({@code history.field.<field>}) and a recorded value (stages by name, yes/no). Unknown
 * keys show as recorded.
 */
public final class HistoryLabels {

    private HistoryLabels() {
    }

    public static String action(Locale locale, String action) {
        return lookup(locale, "history.action." + action, action);
    }

    public static String field(Locale locale, String field) {
        return field == null ? null : lookup(locale, "history.field." + field, field);
    }

    public static String value(Locale locale, String field, String value) {
        if (value == null) {
            return null;
        }
        if ("stage".equals(field)) {
            try {
                Stage stage = Stage.valueOf(value);
                return Texts.english(locale) ? stage.en() : stage.zh();
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        if ("true".equals(value) || "false".equals(value)) {
            return Texts.get(locale, "true".equals(value) ? "common.yes" : "common.no");
        }
        return value;
    }

    private static String lookup(Locale locale, String key, String fallback) {
        String text = Texts.get(locale, key);
        return text.equals(key) ? fallback : text;
    }
}
