package org.citygov.plantracker.infrastructure.importing.plan;

/**
 * One problem of a plan definition: the file, the line in it (null when the problem is about the
 * file as a whole or about relations between entries) and the text, which names the entry
 * ({@code programs.yaml: target C1.4-T2.scope: unknown scope 'per_town' (…)}).
 */
public record PlanProblem(String file, Integer line, String text) {

    /** {@code text} starts with the file name; for a problem recorded without one. */
    static PlanProblem of(String text) {
        int colon = text.indexOf(": ");
        String file = colon > 0 && !text.substring(0, colon).contains(" ") ? text.substring(0, colon) : null;
        return new PlanProblem(file, null, text);
    }

    /** The text without the leading file name. */
    public String detail() {
        return file != null && text.startsWith(file + ": ") ? text.substring(file.length() + 2) : text;
    }
}
