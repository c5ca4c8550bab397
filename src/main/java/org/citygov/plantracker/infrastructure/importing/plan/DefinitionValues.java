package org.citygov.plantracker.infrastructure.importing.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How the definition files spell codes and enumerated values (lower-case snake_case). */
final class DefinitionValues {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern ENUM_SPELLING = Pattern.compile("[a-z][a-z_]*");

    private DefinitionValues() {
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String spelling) {
        if (!ENUM_SPELLING.matcher(spelling).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, spelling.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> String unknownEnum(String key, String spelling, Class<E> type) {
        return "unknown " + key + " '" + spelling + "' (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(DefinitionValues::lower)
                .collect(Collectors.joining(", ")) + ")";
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
