package org.citygov.plantracker.interfaces.rest.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a JSON request body against the Java type it is to become, before JSON-B reads it, so that
 * nothing is guessed: JSON-B (Yasson) would otherwise take {@code "5"} for a number and {@code 5}
 * for a text, wrap {@code 4294969321} into an {@code int}, let a later duplicate key win, ignore
 * unknown fields and decode invalid UTF-8 into replacement characters. Here each of these is a
 * violation naming the field:
 * <ul>
 *   <li>the bytes must be valid UTF-8 and at most {@link #MAX_BODY_BYTES};</li>
 *   <li>no key twice in an object, no key the type does not have;</li>
 *   <li>an object where the type is a record or class, an array where it is a list, a string for
 *       text, dates and enum names, a number for numbers, {@code true}/{@code false} for booleans;</li>
 *   <li>whole numbers within the range of their Java type; decimals at most {@value #MAX_SCALE}
 *       places and at most {@link InputPolicy#MAX_YUAN} in size;</li>
 *   <li>dates ISO {@code yyyy-MM-dd} within {@link InputPolicy}'s window; text without control
 *       characters (tab and line breaks allowed) and at most {@value #MAX_STRING} characters.</li>
 * </ul>
 * Pure: no JAX-RS, testable without a server ({@link StrictJsonReader} applies it to requests).
 */
public final class StrictJson {

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** The longest text any field takes (a report's narrative section). */
    public static final int MAX_STRING = 16_000;
    public static final int MAX_ARRAY = 10_000;
    /** Quantities are stored with 4 decimals (DECIMAL(19,4)); more would be rounded away. */
    public static final int MAX_SCALE = 4;
    private static final int MAX_DEPTH = 32;

    /** Jackson's streaming parser only (no data binding): the body is read by JSON-B afterwards. */
    private static final JsonFactory FACTORY = new JsonFactory();

    private final List<Violation> problems = new ArrayList<>();
    private JsonParser parser;

    private StrictJson() {
    }

    /** The text of a UTF-8 body, or a violation when the bytes are not UTF-8. */
    public static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation(null, "input.invalidUtf8", "The request body is not valid UTF-8");
        }
    }

    /**
     * Checks {@code body} against {@code type}.
     *
     * @throws RuleViolation with every problem found (at most 20), before anything is read into objects
     */
    public static void check(byte[] body, Type type) {
        if (body.length > MAX_BODY_BYTES) {
            throw new RuleViolation(null, "input.bodyTooLarge",
                    "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB", MAX_BODY_BYTES / 1024);
        }
        check(decode(body), type);
    }

    public static void check(String text, Type type) {
        if (text.isBlank()) {
            return; // no body: the resource says whether it needs one
        }
        StrictJson check = new StrictJson();
        try (JsonParser parser = FACTORY.createParser(text)) {
            check.parser = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return;
            }
            check.value(first, type, "", 0);
            if (parser.nextToken() != null) {
                check.add(null, "input.malformedJson", "Text after the end of the JSON value");
            }
        } catch (JsonProcessingException e) {
            check.add(null, "input.malformedJson", "Not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            check.add(null, "input.malformedJson", "Not valid JSON");
        } catch (TooMany stop) {
            // enough said
        }
        if (!check.problems.isEmpty()) {
            throw new RuleViolation(check.problems);
        }
    }

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    private void add(String field, String key, String english, Object... arguments) {
        problems.add(new Violation(field, key, english, arguments));
        if (problems.size() >= 20) {
            throw new TooMany();
        }
    }

    private void value(JsonToken event, Type type, String path, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            add(field(path), "input.tooDeep", "The JSON is nested too deeply");
            throw new TooMany();
        }
        Class<?> raw = raw(type);
        if (event == JsonToken.VALUE_NULL) {
            if (raw != null && raw.isPrimitive()) {
                add(field(path), "input.required", name(path) + " may not be null", name(path));
            }
            return;
        }
        if (raw == null || raw == Object.class || raw.getName().startsWith("jakarta.json.")) {
            anything(event, path, depth);
            return;
        }
        if (raw == String.class || raw == Character.class || raw == char.class) {
            if (expect(event, JsonToken.VALUE_STRING, "text", path)) {
                text(parser.getText(), path);
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (event != JsonToken.VALUE_TRUE && event != JsonToken.VALUE_FALSE) {
                wrongType(event, "boolean", path);
            }
        } else if (isWhole(raw)) {
            if (expectNumber(event, "wholeNumber", path)) {
                whole(parser.getDecimalValue(), raw, path);
            }
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            if (expectNumber(event, "number", path)) {
                decimal(parser.getDecimalValue(), path);
            }
        } else if (raw == LocalDate.class || raw == YearMonth.class || raw == LocalDateTime.class) {
            if (expect(event, JsonToken.VALUE_STRING, "date", path)) {
                date(parser.getText(), raw, path);
            }
        } else if (raw.isEnum()) {
            if (expect(event, JsonToken.VALUE_STRING, "text", path)) {
                enumValue(parser.getText(), raw, path);
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expect(event, JsonToken.START_ARRAY, "array", path)) {
                array(elementType(type, raw), path, depth);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(event, JsonToken.START_OBJECT, "object", path)) {
                object(null, typeArgument(type, 1), path, depth);
            }
        } else {
            if (expect(event, JsonToken.START_OBJECT, "object", path)) {
                object(properties(raw), null, path, depth);
            }
        }
    }

    /** A value of no declared shape: still no control characters, no duplicate keys, bounded sizes. */
    private void anything(JsonToken event, String path, int depth) throws IOException {
        switch (event) {
            case VALUE_STRING -> text(parser.getText(), path);
            case START_ARRAY -> array(Object.class, path, depth);
            case START_OBJECT -> object(null, Object.class, path, depth);
            default -> { }
        }
    }

    private boolean expectNumber(JsonToken event, String kind, String path) throws IOException {
        if (event == JsonToken.VALUE_NUMBER_INT || event == JsonToken.VALUE_NUMBER_FLOAT) {
            return true;
        }
        wrongType(event, kind, path);
        return false;
    }

    private boolean expect(JsonToken event, JsonToken wanted, String kind, String path) throws IOException {
        if (event == wanted) {
            return true;
        }
        wrongType(event, kind, path);
        return false;
    }

    private void wrongType(JsonToken event, String kind, String path) throws IOException {
        add(field(path), "input.wrongType." + kind + (path.isEmpty() ? ".body" : ""),
                name(path) + " must be " + kind + ", got " + describe(event), name(path));
        skip(event);
    }

    private void skip(JsonToken event) throws IOException {
        if (event == JsonToken.START_ARRAY || event == JsonToken.START_OBJECT) {
            parser.skipChildren();
        }
    }

    private static String describe(JsonToken event) {
        return switch (event) {
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> "null";
        };
    }

    private void object(Map<String, Type> properties, Type valueType, String path, int depth) throws IOException {
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (JsonToken event = parser.nextToken(); event != null; event = parser.nextToken()) {
            if (event == JsonToken.END_OBJECT) {
                return;
            }
            String key = parser.getText();
            String child = path.isEmpty() ? key : path + "." + key;
            if (++count > MAX_ARRAY) {
                add(field(path), "input.tooManyItems", "Too many fields", name(path), MAX_ARRAY);
                throw new TooMany();
            }
            text(key, child);
            if (!seen.add(key)) {
                add(field(child), "input.duplicateKey", "The key " + key + " is given twice", printable(key));
            }
            JsonToken next = parser.nextToken();
            if (properties != null && !properties.containsKey(key)) {
                add(field(child), "input.unknownField", "There is no field " + key + "; allowed: " + properties.keySet(),
                        printable(key), String.join(", ", properties.keySet()));
                skip(next);
                continue;
            }
            value(next, properties != null ? properties.get(key) : valueType, child, depth + 1);
        }
    }

    private void array(Type elementType, String path, int depth) throws IOException {
        int index = 0;
        for (JsonToken event = parser.nextToken(); event != null; event = parser.nextToken()) {
            if (event == JsonToken.END_ARRAY) {
                return;
            }
            if (index >= MAX_ARRAY) {
                add(field(path), "input.tooManyItems", "More than " + MAX_ARRAY + " items", name(path), MAX_ARRAY);
                throw new TooMany();
            }
            value(event, elementType, path + "[" + index++ + "]", depth + 1);
        }
    }

    private void text(String value, String path) {
        if (value.length() > MAX_STRING) {
            add(field(path), "input.textTooLong", field(path) + " is longer than " + MAX_STRING + " characters",
                    name(path), MAX_STRING);
            return;
        }
        InputPolicy.text(name(path), value).ifPresent(this::addViolation);
    }

    private void addViolation(Violation v) {
        add(v.field(), v.messageKey(), v.english(), v.arguments());
    }

    private void whole(BigDecimal number, Class<?> raw, String path) {
        if (number.precision() - number.scale() > 40) {
            add(field(path), "input.numberOutOfRange", field(path) + " is out of range", name(path), shortNumber(number));
            return;
        }
        BigInteger value;
        try {
            value = number.scale() > 40 ? null : number.toBigIntegerExact();
            if (value == null) {
                throw new ArithmeticException("fraction");
            }
        } catch (ArithmeticException e) {
            add(field(path), "input.notWholeNumber", field(path) + " must be a whole number, got " + shortNumber(number),
                    name(path), shortNumber(number));
            return;
        }
        long min;
        long max;
        if (raw == Integer.class || raw == int.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == Short.class || raw == short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (raw == Byte.class || raw == byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            add(field(path), "input.numberOutOfRange", field(path) + " is out of range: " + shortNumber(number),
                    name(path), shortNumber(number), String.valueOf(min), String.valueOf(max));
        }
    }

    private void decimal(BigDecimal number, String path) {
        if (number.abs().compareTo(InputPolicy.MAX_YUAN) > 0) {
            add(field(path), "input.numberTooLarge", field(path) + " is too large: " + shortNumber(number),
                    name(path), shortNumber(number), InputPolicy.MAX_YUAN.toPlainString());
        } else if (number.stripTrailingZeros().scale() > MAX_SCALE) {
            add(field(path), "input.tooManyDecimals", field(path) + " has more than " + MAX_SCALE + " decimals",
                    name(path), shortNumber(number), MAX_SCALE);
        }
    }

    private void date(String text, Class<?> raw, String path) {
        String pattern = raw == YearMonth.class ? "\\d{4}-\\d{2}" : raw == LocalDate.class ? "\\d{4}-\\d{2}-\\d{2}"
                : "\\d{4}-\\d{2}-\\d{2}T[0-9:.]+";
        LocalDate day;
        try {
            if (!text.matches(pattern)) {
                throw new DateTimeParseException("format", text, 0);
            }
            day = raw == YearMonth.class ? YearMonth.parse(text).atDay(1)
                    : raw == LocalDate.class ? LocalDate.parse(text) : LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            add(field(path), "input.dateFormat", field(path) + " must be a date yyyy-MM-dd, got " + printable(text),
                    name(path), printable(text));
            return;
        }
        InputPolicy.date(name(path), day).ifPresent(this::addViolation);
    }

    private void enumValue(String text, Class<?> raw, String path) {
        Object[] constants = raw.getEnumConstants();
        if (Arrays.stream(constants).noneMatch(c -> ((Enum<?>) c).name().equals(text))) {
            String allowed = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            add(field(path), "api.invalidValue", "Invalid value '" + printable(text) + "' for " + field(path)
                    + "; allowed: " + allowed, name(path), printable(text), allowed);
        }
    }

    private static boolean isWhole(Class<?> raw) {
        return raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class
                || raw == Short.class || raw == short.class || raw == Byte.class || raw == byte.class
                || raw == BigInteger.class;
    }

    /** The JSON names of a record's components or a class's fields (JSON-B's default naming). */
    static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.put(c.getName(), c.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers()) && !f.isSynthetic()) {
                    properties.putIfAbsent(f.getName(), f.getGenericType());
                }
            }
        }
        return properties;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type elementType(Type type, Class<?> raw) {
        return raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String field(String path) {
        return path.isEmpty() ? null : path;
    }

    /** The field as a message shows it; {@code $} is the body itself (JSONPath's root). */
    private static String name(String path) {
        return path.isEmpty() ? "$" : path;
    }

    private static String shortNumber(BigDecimal number) {
        boolean extreme = number.precision() - number.scale() > 30 || number.scale() > 30;
        String plain = extreme ? number.toString() : number.toPlainString();
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }

    private static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        StringBuilder out = new StringBuilder(shown.length());
        for (char c : shown.toCharArray()) {
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }
}
