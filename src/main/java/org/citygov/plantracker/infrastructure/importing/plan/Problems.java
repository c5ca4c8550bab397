package org.citygov.plantracker.infrastructure.importing.plan;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one definition, in the order found. */
final class Problems {

    private final List<PlanProblem> list = new ArrayList<>();

    /** A problem whose text starts with the file name (the line unknown). */
    void add(String text) {
        list.add(PlanProblem.of(text));
    }

    void add(String file, Integer line, String text) {
        list.add(new PlanProblem(file, line, text));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<PlanProblem> list() {
        return List.copyOf(list);
    }
}
