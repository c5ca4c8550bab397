package org.citygov.plantracker.domain.service.library;

import java.io.Serializable;
import java.util.Objects;

/**
 * A coded value of a diff (a program, a place, a lead unit) with its names for display. Two are the
 * same when their codes are: a renamed unit is not a change of the project.
 */
public record CodedName(String code, String nameZh, String nameEn) implements Serializable {

    public CodedName {
        Objects.requireNonNull(code, "code");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodedName n && n.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The name in the language asked for, falling back to Chinese, then the code. */
    public String name(boolean english) {
        String name = english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
        return name == null || name.isBlank() ? code : name;
    }

    @Override
    public String toString() {
        return code;
    }
}
