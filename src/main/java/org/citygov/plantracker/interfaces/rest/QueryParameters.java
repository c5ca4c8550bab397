package org.citygov.plantracker.interfaces.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters the way the API documents them. Enum values are taken by name, in any
 * case ({@code district} = {@code DISTRICT}); a value the API does not know is a 400 naming the
 * parameter and the values it accepts — JAX-RS would otherwise answer a failed conversion with 404.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The constant named {@code value}, or null when the parameter is absent or blank. */
    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> {
                    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                            .collect(Collectors.joining(", "));
                    return new InvalidParameterException(parameter, "api.invalidValue",
                            "Invalid value '" + value + "' for parameter " + parameter + "; allowed: " + allowed,
                            parameter, value, allowed);
                });
    }

    /** A whole number within [{@code min}, {@code max}], or {@code fallback} when absent. */
    public static Integer integer(String parameter, String value, int min, int max, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, "api.notANumber",
                    "Parameter " + parameter + " must be a whole number, got '" + value + "'", parameter, value);
        }
        if (number < min || number > max) {
            throw new InvalidParameterException(parameter, "api.outOfRange",
                    "Parameter " + parameter + " must be between " + min + " and " + max + ", got " + number,
                    parameter, String.valueOf(min), String.valueOf(max), String.valueOf(number));
        }
        return (int) number;
    }

    /** One value of a whitelist, or the given error when it is not in it. */
    public static String oneOf(String parameter, String value, java.util.Collection<String> allowed) {
        if (!allowed.contains(value)) {
            String list = String.join(", ", allowed);
            throw new InvalidParameterException(parameter, "api.invalidValue",
                    "Invalid value '" + value + "' for parameter " + parameter + "; allowed: " + list,
                    parameter, value, list);
        }
        return value;
    }
}
