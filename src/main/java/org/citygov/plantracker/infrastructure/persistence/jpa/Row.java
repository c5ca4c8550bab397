package org.citygov.plantracker.infrastructure.persistence.jpa;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One result row of a query made from {@link Columns}, read by column name. The typed readers also even out
 * what native SQL answers on Derby and PostgreSQL (an INTEGER or a BIGINT, a BOOLEAN or 1, a DATE or a LocalDate).
 */
public final class Row {

    private final Map<String, Integer> index;
    private final Object[] values;

    Row(Map<String, Integer> index, Object[] values) {
        this.index = index;
        this.values = values;
    }

    /** The value of a column as it came (null stays null). */
    public Object value(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column " + name + " in " + index.keySet());
        }
        return values[i];
    }

    /** The value of a column, of a type the query answers as it is (an entity's attribute, an enum). */
    public <T> T get(String name, Class<T> type) {
        return type.cast(value(name));
    }

    public String string(String name) {
        Object v = value(name);
        return v == null ? null : v.toString();
    }

    /** A whole number (an id, a count, a year); null stays null. */
    public Long longValue(String name) {
        Object v = value(name);
        return v == null ? null : ((Number) v).longValue();
    }

    /** A count or sum: null (no rows) is 0. */
    public long count(String name) {
        Object v = value(name);
        return v == null ? 0 : ((Number) v).longValue();
    }

    public Integer integer(String name) {
        Object v = value(name);
        return v == null ? null : ((Number) v).intValue();
    }

    /** A decimal; null stays null. */
    public BigDecimal decimal(String name) {
        Object v = value(name);
        return v == null ? null : v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    /** An amount: null (no rows) is zero. */
    public BigDecimal amount(String name) {
        BigDecimal v = decimal(name);
        return v == null ? BigDecimal.ZERO : v;
    }

    /** A flag: TRUE, or 1 where the database answers a number; null is false. */
    public boolean bool(String name) {
        Object v = value(name);
        return v instanceof Boolean b ? b : v != null && (v.toString().equals("1") || Boolean.parseBoolean(v.toString()));
    }

    public LocalDate date(String name) {
        Object v = value(name);
        if (v == null || v instanceof LocalDate) {
            return (LocalDate) v;
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (v instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(v.toString().substring(0, 10));
    }

    public LocalDateTime dateTime(String name) {
        Object v = value(name);
        if (v == null || v instanceof LocalDateTime) {
            return (LocalDateTime) v;
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(v.toString().replace(' ', 'T'));
    }
}
