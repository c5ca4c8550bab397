package org.citygov.plantracker.infrastructure.importing.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A CSV file: a header row and data rows keyed by header name. */
final class CsvTable {
    final String file;
    final List<String> header;
    final List<Row> rows = new ArrayList<>();
    boolean ok = true;
    private final Problems problems;

    CsvTable(String file, List<List<String>> records, Problems problems) {
        this.file = file;
        this.problems = problems;
        this.header = records.get(0).stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (h.isEmpty() || !seen.add(h)) {
                problem("header: " + (h.isEmpty() ? "an empty column name" : "column " + h + " appears twice"));
            }
        }
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            int line = i + 1;
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                problem(line, "row " + line + ": " + cells.size() + " cells, the header has " + header.size());
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), cells.get(c).strip());
            }
            rows.add(new Row(this, line, "row " + line, values));
        }
    }

    boolean has(String column) {
        return header.contains(column);
    }

    void requireColumns(List<String> columns) {
        for (String c : columns) {
            if (!has(c)) {
                problem("header: missing column " + c);
            }
        }
    }

    void allowOnlyColumns(Set<String> allowed) {
        for (String h : header) {
            if (!allowed.contains(h)) {
                problem("header: unknown column " + h);
            }
        }
    }

    String onlyColumnMatching(Pattern pattern) {
        List<String> matching = header.stream().filter(h -> pattern.matcher(h).matches()).toList();
        if (matching.size() != 1) {
            problem("header: expected exactly one column like " + pattern.pattern().replace("(\\d{4})", "YYYY")
                    + ", found " + (matching.isEmpty() ? "none" : String.join(", ", matching)));
            return null;
        }
        return matching.get(0);
    }

    void problem(String message) {
        problem(1, message);
    }

    void problem(int line, String message) {
        ok = false;
        problems.add(file, line, file + ": " + message);
    }

    /** One CSV row; problems name the file, the line and the row's code. */
    static final class Row {
        final CsvTable table;
        final int line;
        final String where;
        final Map<String, String> values;

        Row(CsvTable table, int line, String where, Map<String, String> values) {
            this.table = table;
            this.line = line;
            this.where = where;
            this.values = values;
        }

        Row named(String code) {
            return code == null ? this : new Row(table, line, where + " (" + code + ")", values);
        }

        void problem(String column, String message) {
            table.problems.add(table.file, line, table.file + ": " + where + ", " + column + ": " + message);
        }

        boolean blank(String column) {
            return values.getOrDefault(column, "").isEmpty();
        }

        String text(String column, boolean required, int maxLength) {
            String v = values.getOrDefault(column, "");
            if (v.isEmpty()) {
                if (required) {
                    problem(column, "missing");
                }
                return null;
            }
            if (v.length() > maxLength) {
                problem(column, "longer than " + maxLength + " characters");
            }
            return v;
        }

        String code(String column) {
            String v = text(column, true, 32);
            if (v != null && !DefinitionValues.CODE.matcher(v).matches()) {
                problem(column, "'" + v + "' is not a code (letters, digits, '.', '-', '_')");
                return null;
            }
            return v;
        }

        Long longValue(String column) {
            String v = text(column, false, 20);
            if (v == null) {
                return null;
            }
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                problem(column, "'" + v + "' is not a whole number");
                return null;
            }
        }

        Boolean bool(String column) {
            String v = text(column, true, 5);
            if (v == null) {
                return null;
            }
            if (!v.equals("true") && !v.equals("false")) {
                problem(column, "expected true or false, got '" + v + "'");
                return null;
            }
            return Boolean.valueOf(v);
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String v = text(column, true, 64);
            if (v == null) {
                return null;
            }
            Optional<E> e = DefinitionValues.parseEnum(type, v);
            if (e.isEmpty()) {
                problem(column, DefinitionValues.unknownEnum(column, v, type));
            }
            return e.orElse(null);
        }
    }
}
