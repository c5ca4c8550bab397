package org.citygov.plantracker.interfaces.web.common;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.shared.Money;
import org.citygov.plantracker.interfaces.i18n.Texts;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the pages (and their exports) write dates, amounts, figures and enum values: dates
 * yyyy-MM-dd, amounts in 万元 with 2 decimals, enum values in the page language. Pure functions of
 * the value and the locale; {@link Formats} offers them to the pages as {@code #{fmt}}.
 */
public final class DisplayFormat {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private static final Map<Class<?>, Optional<Method[]>> LABEL_METHODS = new ConcurrentHashMap<>();

    private DisplayFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A span of two dates, 2023-03-01 – 2025-06-30; either end may be missing. */
    public static String span(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        return date(from) + " – " + date(to);
    }

    /** Yuan shown as 万元, 2 decimals, thousands grouped: 1,234.50 (the unit is in the column header). */
    public static String wanYuan(BigDecimal yuan) {
        return yuan == null ? "" : decimal("#,##0.00").format(Money.toWanYuan(yuan));
    }

    /** A quantity or a figure without needless zeros: 300000, 98, 1.5 (grouped: 300,000). */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        return decimal(plain.scale() > 0 ? "#,##0." + "#".repeat(plain.scale()) : "#,##0").format(plain);
    }

    /** A percentage 0–100 with at most one decimal: 62.5%. */
    public static String percent(BigDecimal value) {
        return value == null ? "" : decimal("0.#").format(value) + "%";
    }

    /**
     * A target's figure: ≥ 98 %, ≤ 5, ≈ 81, 1–2, 保持 98 … in the page language; empty when the target
     * has no figure (qualitative).
     */
    public static String figure(Locale locale, Comparison comparison, BigDecimal value, BigDecimal min,
                                BigDecimal max, String unit) {
        if (comparison == null) {
            return "";
        }
        String amount = switch (comparison) {
            case RANGE -> min == null || max == null ? "" : number(min) + "–" + number(max);
            case QUALITATIVE -> "";
            default -> value == null ? "" : number(value);
        };
        if (amount.isEmpty()) {
            return "";
        }
        String operator = switch (comparison) {
            case AT_LEAST -> "≥ ";
            case AT_MOST -> "≤ ";
            case APPROXIMATELY -> "≈ ";
            case MAINTAIN -> Texts.get(locale, "enum.Comparison.MAINTAIN") + " ";
            default -> "";
        };
        return operator + amount + (unit == null || unit.isBlank() ? "" : " " + Texts.unit(locale, unit));
    }

    /**
     * An enum value in the page language: the bundle's {@code enum.<Type>.<NAME>} where there is one,
     * else the value's own zh()/en() (Stage, Category …), else its name.
     */
    public static String label(Locale locale, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        try {
            return ResourceBundle.getBundle(Texts.BUNDLE, Texts.supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            // not in the bundle: the enum may name itself
        }
        Optional<Method[]> methods = LABEL_METHODS.computeIfAbsent(value.getDeclaringClass(), DisplayFormat::labelMethods);
        if (methods.isPresent()) {
            try {
                return (String) methods.get()[Texts.english(locale) ? 1 : 0].invoke(value);
            } catch (ReflectiveOperationException e) {
                return value.name();
            }
        }
        return value.name();
    }

    private static Optional<Method[]> labelMethods(Class<?> type) {
        try {
            Method zh = type.getMethod("zh");
            Method en = type.getMethod("en");
            return zh.getReturnType() == String.class && en.getReturnType() == String.class
                    ? Optional.of(new Method[]{zh, en}) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static DecimalFormat decimal(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
