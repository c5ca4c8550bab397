package org.citygov.plantracker.domain.model.shared;

import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The bounds every input of the application is held to, in one place, whatever way it comes in
 * (REST body or parameter, page field or view parameter, workbook cell): dates within a sane
 * window, amounts of money with at most two decimals and below a hard ceiling, text without
 * control characters. Domain rules (a forecast not before today, a request within the project's
 * span) come on top of these; these keep absurd values (year +999999999, 1e308 yuan, a NUL byte)
 * from reaching the rules, the arithmetic and the database.
 * <p>
 * Every check answers a {@link Violation} with a message key of the {@code i18n/security} bundle,
 * or nothing when the value is fine; {@code null} is always fine here (required is the rule's call).
 */
public final class InputPolicy {

    /** The earliest date any input may carry (the plan era starts in 2021; history goes back a little). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
    /** The latest date any input may carry. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /**
     * 1 万亿元 (10^12 yuan): above any single amount of a city's plan (the whole portfolio of the
     * 十四五 plan is in the hundreds of 亿). A larger figure is a typo or an attack, never a budget.
     */
    public static final BigDecimal MAX_YUAN = new BigDecimal("1000000000000");
    /** Amounts are kept to the fen (分): more decimals would be rounded away silently. */
    public static final int MONEY_SCALE = 2;

    private InputPolicy() {
    }

    public static boolean withinWindow(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE));
    }

    /** A date outside 1990-01-01 … 2100-12-31. */
    public static Optional<Violation> date(String field, LocalDate date) {
        if (withinWindow(date)) {
            return Optional.empty();
        }
        return Optional.of(new Violation(field, "input.dateOutOfRange",
                field + " must lie between " + EARLIEST_DATE + " and " + LATEST_DATE + ", got " + date,
                label(field), date.toString(), EARLIEST_DATE.toString(), LATEST_DATE.toString()));
    }

    public static Optional<Violation> month(String field, YearMonth month) {
        return month == null ? Optional.empty() : date(field, month.atDay(1)).or(() -> date(field, month.atEndOfMonth()));
    }

    /**
     * A date given as text (a query or view parameter): ISO {@code yyyy-MM-dd}, a real day, within
     * the window. Blank gives {@code null}.
     *
     * @throws RuleViolation naming {@code field} when the text is not such a date
     */
    public static LocalDate parseDate(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // strip(), not trim(): trim() would also cut a NUL or other control character off the end
        String trimmed = text.strip();
        LocalDate date;
        try {
            // LocalDate.parse accepts +999999999-12-31; the window below refuses it, but only a
            // plain four-digit year is a date a person typed
            if (!trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-MM-dd", trimmed, 0);
            }
            date = LocalDate.parse(trimmed);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "input.dateFormat",
                    field + " must be a date yyyy-MM-dd (a real day), got '" + printable(trimmed) + "'",
                    label(field), printable(trimmed));
        }
        date(field, date).ifPresent(v -> {
            throw new RuleViolation(java.util.List.of(v));
        });
        return date;
    }

    /** An amount in yuan: at most two decimals, not above {@link #MAX_YUAN} in size. */
    public static Optional<Violation> amount(String field, BigDecimal yuan) {
        if (yuan == null) {
            return Optional.empty();
        }
        if (yuan.abs().compareTo(MAX_YUAN) > 0) {
            return Optional.of(new Violation(field, "input.amountTooLarge",
                    field + " is above the ceiling of " + MAX_YUAN.toPlainString() + " yuan",
                    label(field), MAX_YUAN.toPlainString()));
        }
        if (yuan.stripTrailingZeros().scale() > MONEY_SCALE) {
            return Optional.of(new Violation(field, "input.amountPrecision",
                    field + " has more than two decimals (fen): " + shown(yuan),
                    label(field), shown(yuan)));
        }
        return Optional.empty();
    }

    /** A figure kept with {@code scale} decimals (a percentage: 2) given with more, which would be rounded away. */
    public static Optional<Violation> decimals(String field, BigDecimal value, int scale) {
        if (value == null || value.stripTrailingZeros().scale() <= scale) {
            return Optional.empty();
        }
        return Optional.of(new Violation(field, "input.tooManyDecimals",
                field + " has more than " + scale + " decimals: " + shown(value), label(field), shown(value), scale));
    }

    /** Text with a control character other than tab and line breaks (NUL, ESC …). */
    public static Optional<Violation> text(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isForbiddenControl(c)) {
                return Optional.of(new Violation(field, "input.controlCharacter",
                        field + " contains the control character U+" + String.format("%04X", (int) c),
                        label(field), String.format("U+%04X", (int) c)));
            }
        }
        return Optional.empty();
    }

    public static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c < 0xA0)
                || c == '\uFFFE' || c == '\uFFFF';
    }

    /** Throws the first violation of any of the checks given. */
    @SafeVarargs
    public static void require(Optional<Violation>... checks) {
        java.util.List<Violation> problems = new java.util.ArrayList<>();
        for (Optional<Violation> check : checks) {
            check.ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }

    /** The field's name as it goes into a message; the bundle's {@code field.<name>} gives the words. */
    private static String label(String field) {
        return field == null ? "" : field;
    }

    private static String shown(BigDecimal number) {
        return number.scale() > 20 ? number.toString() : number.toPlainString();
    }

    /** The first 40 characters of a refused value, control characters shown as '?'. */
    private static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder out = new StringBuilder(shown.length());
        for (char c : shown.toCharArray()) {
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
