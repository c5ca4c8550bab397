package org.citygov.plantracker.infrastructure.importing.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;


/** A YAML mapping with the file and path used in problem messages. */
final class YamlNode {

    private static final Set<String> BREAKDOWN_KEYS = Set.of("type_zh", "type_en", "count", "text");

    final JsonNode json;
    final String file;
    final String path;
    /** Where the node is in the file, as a JSON pointer ({@code /columns/0/programs/2}), for the line. */
    final String pointer;
    private final Problems problems;
    private final Map<String, Integer> lines;

    YamlNode(JsonNode json, String file, String path, String pointer, Problems problems, Map<String, Integer> lines) {
        this.json = json;
        this.file = file;
        this.path = path;
        this.pointer = pointer;
        this.problems = problems;
        this.lines = lines;
    }

    /** The line of {@code key} in this mapping, else of the mapping itself; null when unknown. */
    Integer line(String key) {
        Integer line = key == null || key.isEmpty() ? null : lines.get(pointer + "/" + key);
        return line != null ? line : lines.get(pointer);
    }

    /** The same node, named by what it is (program C1.4) rather than by position. */
    YamlNode named(String name) {
        return name == null ? this : new YamlNode(json, file, name, pointer, problems, lines);
    }

    void problem(String key, String message) {
        String where = path.isEmpty() ? key : key.isEmpty() ? path : path + "." + key;
        problems.add(file, line(key), file + ": " + (where.isEmpty() ? "" : where + ": ") + message);
    }

    boolean has(String key) {
        JsonNode v = json.get(key);
        return v != null && !v.isNull();
    }

    void allowOnly(Set<String> keys) {
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                problem(key, "unknown field (expected one of " + keys.stream().sorted()
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private JsonNode value(String key, boolean required) {
        JsonNode v = json.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                problem(key, "missing");
            }
            return null;
        }
        return v;
    }

    String text(String key, boolean required, int maxLength) {
        JsonNode v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!v.isValueNode()) {
            problem(key, "expected text, got a " + (v.isArray() ? "list" : "mapping"));
            return null;
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            if (required) {
                problem(key, "is empty");
            }
            return null;
        }
        if (s.length() > maxLength) {
            problem(key, "longer than " + maxLength + " characters (" + s.length() + ")");
        }
        return s;
    }

    String code(String key, boolean required) {
        String s = text(key, required, 32);
        if (s != null && !DefinitionValues.CODE.matcher(s).matches()) {
            problem(key, "'" + s + "' is not a code (letters, digits, '.', '-', '_'; at most 32)");
            return null;
        }
        return s;
    }

    /** One code, or a list of codes. */
    List<String> codes(String key) {
        JsonNode v = value(key, false);
        if (v == null) {
            return List.of();
        }
        List<String> out = v.isArray() ? strings(key) : Optional.ofNullable(code(key, false)).stream().toList();
        out.stream().filter(c -> !DefinitionValues.CODE.matcher(c).matches()).forEach(c ->
                problem(key, "'" + c + "' is not a code"));
        return out;
    }

    Integer integer(String key, boolean required) {
        JsonNode v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            problem(key, "expected a whole number, got '" + v.asText() + "'");
            return null;
        }
        return v.intValue();
    }

    BigDecimal decimal(String key) {
        JsonNode v = value(key, false);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            problem(key, "expected a number, got '" + v.asText() + "'");
            return null;
        }
        BigDecimal d = new BigDecimal(v.asText()).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        if (d.scale() > 4 || d.precision() - d.scale() > 15) {
            problem(key, d.toPlainString() + " does not fit DECIMAL(19,4)");
            return null;
        }
        return d;
    }

    Boolean bool(String key, boolean required) {
        JsonNode v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            problem(key, "expected true or false, got '" + v.asText() + "'");
            return null;
        }
        return v.booleanValue();
    }

    LocalDate date(String key, boolean required) {
        String s = text(key, required, 10);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(key, "'" + s + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, boolean required) {
        String s = text(key, required, 64);
        if (s == null) {
            return null;
        }
        Optional<E> e = DefinitionValues.parseEnum(type, s);
        if (e.isEmpty()) {
            problem(key, DefinitionValues.unknownEnum(key, s, type));
        }
        return e.orElse(null);
    }

    List<String> strings(String key) {
        JsonNode v = value(key, false);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            problem(key, "expected a list");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                problem(key, "expected a list of texts");
                return List.of();
            }
            out.add(item.asText().strip());
        }
        return out;
    }

    YamlNode object(String key, boolean required) {
        JsonNode v = value(key, required);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            problem(key, "expected a mapping");
            return null;
        }
        return new YamlNode(v, file, path.isEmpty() ? key : path + "." + key, pointer + "/" + key, problems, lines);
    }

    List<YamlNode> list(String key, boolean required) {
        JsonNode v = value(key, required);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            problem(key, "expected a list");
            return List.of();
        }
        List<YamlNode> out = new ArrayList<>();
        int i = 0;
        for (JsonNode item : v) {
            String itemPath = (path.isEmpty() ? key : path + "." + key) + "[" + i++ + "]";
            String itemPointer = pointer + "/" + key + "/" + (i - 1);
            if (!item.isObject()) {
                problems.add(file, lines.get(itemPointer), file + ": " + itemPath + ": expected a mapping");
                continue;
            }
            out.add(new YamlNode(item, file, itemPath, itemPointer, problems, lines));
        }
        return out;
    }

    /**
     * The particulars that have no column of their own, rendered one per line:
     * breakdown, bed_range, training_hazards_zh, components_zh and free-form details.
     */
    String details() {
        List<String> out = new ArrayList<>();
        JsonNode breakdown = json.get("breakdown");
        if (breakdown != null && !breakdown.isNull()) {
            if (!breakdown.isArray()) {
                problem("breakdown", "expected a list");
            } else {
                List<String> parts = new ArrayList<>();
                for (YamlNode item : list("breakdown", false)) {
                    item.allowOnly(BREAKDOWN_KEYS);
                    String typeZh = item.text("type_zh", true, 200);
                    String typeEn = item.text("type_en", false, 200);
                    BigDecimal count = item.decimal("count");
                    String text = item.text("text", false, 200);
                    String figure = text != null ? text : count != null ? count.toPlainString() : "";
                    parts.add((typeZh == null ? "" : typeZh) + " " + figure
                            + (typeEn == null ? "" : " (" + typeEn + ")"));
                }
                out.add("breakdown: " + String.join("; ", parts));
            }
        }
        String bedRange = text("bed_range", false, 200);
        if (bedRange != null) {
            out.add("bed_range: " + bedRange);
        }
        for (String key : List.of("training_hazards_zh", "components_zh")) {
            List<String> items = strings(key);
            if (!items.isEmpty()) {
                out.add(key + ": " + String.join("、", items));
            }
        }
        YamlNode free = object("details", false);
        if (free != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = free.json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (v.isArray()) {
                    out.add(e.getKey() + ": " + String.join("、", free.strings(e.getKey())));
                } else if (v.isValueNode()) {
                    out.add(e.getKey() + ": " + v.asText());
                } else {
                    free.problem(e.getKey(), "expected text or a list of texts");
                }
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        String details = String.join("\n", out);
        if (details.length() > 4000) {
            problem("details", "the particulars are longer than 4000 characters");
        }
        return details;
    }
}
