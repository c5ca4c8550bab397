package org.citygov.plantracker.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A query's select list with a name for each value, so that a result row is read by name
 * ({@code row.string("roundCode")}) instead of by position ({@code (String) r[1]}). The name and its select
 * expression stand side by side, and the query text is made from the same list, so a column added, removed or
 * moved cannot shift the others. Works for JPQL and native SQL alike (both answer {@code Object[]} rows).
 *
 * <pre>{@code
 * Columns ROW = Columns.of("id", "p.id").and("round", "r.code");
 * for (Row r : ROW.rows(em.createQuery("SELECT " + ROW.select() + " FROM …", Object[].class).getResultList())) {
 *     … r.get("id", Long.class) … r.string("round") …
 * }
 * }</pre>
 *
 * (Not {@code Tuple}: EclipseLink 4.0.9 answered {@code Object[]} to a {@code TypedQuery<Tuple>} in one call path,
 * and JPQL reserves words such as {@code round} as result aliases.)
 */
public final class Columns {

    private final List<String> names;
    private final List<String> expressions;
    private final Map<String, Integer> index;

    private Columns(List<String> names, List<String> expressions) {
        this.names = List.copyOf(names);
        this.expressions = List.copyOf(expressions);
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (positions.put(names.get(i), i) != null) {
                throw new IllegalArgumentException("column " + names.get(i) + " is named twice");
            }
        }
        this.index = Collections.unmodifiableMap(positions);
    }

    /** The first column: its name and its select expression. */
    public static Columns of(String name, String expression) {
        return new Columns(List.of(name), List.of(expression));
    }

    /** These columns and one more. */
    public Columns and(String name, String expression) {
        List<String> n = new ArrayList<>(names);
        List<String> e = new ArrayList<>(expressions);
        n.add(name);
        e.add(expression);
        return new Columns(n, e);
    }

    /** These columns, then the others'. */
    public Columns and(Columns more) {
        List<String> n = new ArrayList<>(names);
        List<String> e = new ArrayList<>(expressions);
        n.addAll(more.names);
        e.addAll(more.expressions);
        return new Columns(n, e);
    }

    /** The select list, without the word SELECT: {@code p.id, r.code}. */
    public String select() {
        return String.join(", ", expressions);
    }

    /** The names, in the order of the select list. */
    public List<String> names() {
        return names;
    }

    /** One result row (an {@code Object[]}, or the value itself when there is one column). */
    public Row row(Object result) {
        Object[] values = result instanceof Object[] array ? array : new Object[]{result};
        if (values.length != names.size()) {
            throw new IllegalStateException("a row of " + values.length + " values for the columns " + names);
        }
        return new Row(index, values);
    }

    /** Every result row. */
    public List<Row> rows(List<?> results) {
        return results.stream().map(this::row).toList();
    }
}
