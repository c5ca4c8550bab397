package org.citygov.plantracker.interfaces.i18n;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan-definition problem's wording in the user's language. The reader words its problems in
 * English ({@code target C1.1-T3.scope: unknown scope 'per_block' (expected one of …)}); the common
 * kinds — missing, unknown field, unknown value, not a number or date, duplicate, too long, wrong
 * shape — get the {@code plans.problem.*} text of the locale, with the entry and the values kept as
 * written. A kind without a text stays as the reader wrote it.
 */
public final class PlanProblemTexts {

    private static final Map<Pattern, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put(Pattern.compile("missing"), "plans.problem.kind.missing");
        KINDS.put(Pattern.compile("missing \\(listed in (.+)\\)"), "plans.problem.kind.fileMissing");
        KINDS.put(Pattern.compile("is empty"), "plans.problem.kind.empty");
        KINDS.put(Pattern.compile("unknown field \\(expected one of (.+)\\)"), "plans.problem.kind.unknownField");
        KINDS.put(Pattern.compile("unknown (\\S+) '(.*)' \\(expected one of (.+)\\)"), "plans.problem.kind.unknownValue");
        KINDS.put(Pattern.compile("expected a whole number, got '(.*)'"), "plans.problem.kind.notWhole");
        KINDS.put(Pattern.compile("'(.*)' is not a whole number"), "plans.problem.kind.notWhole");
        KINDS.put(Pattern.compile("expected a number, got '(.*)'"), "plans.problem.kind.notNumber");
        KINDS.put(Pattern.compile("'(.*)' is not a date \\(YYYY-MM-DD\\)"), "plans.problem.kind.notDate");
        KINDS.put(Pattern.compile("expected true or false, got '(.*)'"), "plans.problem.kind.notBoolean");
        KINDS.put(Pattern.compile("longer than (\\d+) characters.*"), "plans.problem.kind.tooLong");
        KINDS.put(Pattern.compile("expected a list"), "plans.problem.kind.notList");
        KINDS.put(Pattern.compile("expected a mapping"), "plans.problem.kind.notMapping");
        KINDS.put(Pattern.compile("not UTF-8 text"), "plans.problem.kind.notUtf8");
        KINDS.put(Pattern.compile("not valid YAML: (.+)"), "plans.problem.kind.notYaml");
        KINDS.put(Pattern.compile("duplicate (.+)"), "plans.problem.kind.duplicate");
    }

    private PlanProblemTexts() {
    }

    /** {@code detail} (the problem without its file name) in the locale's language. */
    public static String detail(Locale locale, String detail) {
        if (detail == null || Texts.english(locale)) {
            return detail;
        }
        int colon = detail.indexOf(": ");
        String where = colon < 0 ? "" : detail.substring(0, colon);
        String message = colon < 0 ? detail : detail.substring(colon + 2);
        for (Map.Entry<Pattern, String> kind : KINDS.entrySet()) {
            Matcher m = kind.getKey().matcher(message);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                String text = Texts.get(locale, kind.getValue(), groups);
                return where.isEmpty() ? text : where + "：" + text;
            }
        }
        return detail;
    }
}
