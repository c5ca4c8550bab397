package org.citygov.plantracker.interfaces.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Text shown to people, from the i18n/messages bundle: Chinese (zh_CN) first, English second.
 * The same bundle ({@link AllMessages}: every context's i18n/*.properties) serves the JSF pages
 * (as #{msg}) and REST error messages (by Accept-Language).
 */
public final class Texts {

    public static final String BUNDLE = "org.citygov.plantracker.interfaces.i18n.AllMessages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Texts() {
    }

    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments == null || arguments.length == 0 ? pattern
                : new MessageFormat(pattern, supported(locale)).format(readable(locale, arguments));
    }

    /**
     * Arguments as a reader sees them: an enum value (a role, a status) by its label
     * ({@code enum.<Type>.<NAME>}), a list or array of them joined (财政局、市政府/发改委), never its code.
     */
    private static Object[] readable(Locale locale, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Enum<?> e) {
                shown[i] = enumLabel(locale, e);
            } else if (shown[i] instanceof Enum<?>[] values) {
                shown[i] = join(locale, java.util.Arrays.asList(values));
            } else if (shown[i] instanceof java.util.Collection<?> values && !values.isEmpty()
                    && values.stream().allMatch(v -> v instanceof Enum<?>)) {
                shown[i] = join(locale, values);
            }
        }
        return shown;
    }

    private static String join(Locale locale, java.util.Collection<?> values) {
        return values.stream().map(v -> enumLabel(locale, (Enum<?>) v))
                .collect(java.util.stream.Collectors.joining(english(locale) ? ", " : "、"));
    }

    private static String enumLabel(Locale locale, Enum<?> value) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        String text = get(locale, key);
        return text.equals(key) ? value.name() : text;
    }

    /**
     * A target's unit in the user's language: the plan files write it in English ("institutions",
     * "places per 1,000 population"); the bundles' {@code unit.*} keys give 家, 个/千人 …; a unit
     * without a key is shown as written.
     */
    public static String unit(Locale locale, String unit) {
        if (unit == null || unit.isBlank()) {
            return unit;
        }
        String key = "unit." + unit.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s,()（）]+", "_");
        try {
            return ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            return unit;
        }
    }

    /**
     * The kind of a thing in the user's language (项目, 资金来源 …) from the bundle's {@code entity.*}
     * keys; "funding source", "fundingSource" and "FundingSource" are the same kind. A kind without a
     * label is named by the generic word (记录 / record), never by its code, so no message mixes languages.
     */
    public static String entity(Locale locale, String kind) {
        if (kind == null || kind.isBlank()) {
            return get(locale, "entity.record");
        }
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : kind.trim().toCharArray()) {
            if (c == ' ' || c == '_' || c == '-') {
                upper = true;
            } else {
                camel.append(camel.length() == 0 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        String key = "entity." + camel;
        String label = get(locale, key);
        return label.equals(key) ? get(locale, "entity.record") : label;
    }

    public static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(supported(locale).getLanguage());
    }
}
