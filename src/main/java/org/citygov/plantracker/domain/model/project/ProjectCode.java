package org.citygov.plantracker.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/** The internal project code, e.g. {@code ZZ-C1.4-0012}: the project's identity everywhere (URLs, REST, exports). */
@Embeddable
public class ProjectCode implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}";

    @Column(name = "code", nullable = false, unique = true, length = 40, updatable = false)
    private String value;

    protected ProjectCode() {
    }

    public ProjectCode(String value) {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("A project code is 3–40 letters, digits, '.', '_' or '-': " + value);
        }
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
