package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.shared.RuleViolation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a carry-over would do: the unfinished projects of the old plan with their program and
 * outputs' targets before → after, the mapping as it stands (suggestions filled in; null = unmapped),
 * the new plan's codes to choose from, and what still keeps it from being carried out.
 */
public record CarryOverPreview(String fromPlan, String toPlan, List<Item> projects, Map<String, String> programs,
                               Map<String, String> targets, List<Option> newPrograms, List<Option> newTargets,
                               List<Problem> problems) implements Serializable {

    public boolean ready() {
        return problems.isEmpty() && !projects.isEmpty();
    }

    public record Item(String code, String nameZh, String nameEn, Stage stage, String fromProgram, String toProgram,
                       List<Link> outputs) implements Serializable {
    }

    /** An output's target before and after; confirmed outputs stay with the old plan. */
    public record Link(String fromTarget, String toTarget, boolean confirmed) implements Serializable {
    }

    /** What keeps the carry-over from being carried out: a message key with its arguments, and the English text. */
    public record Problem(String field, String messageKey, String english, List<String> arguments)
            implements Serializable {

        static Problem of(RuleViolation.Violation v) {
            return new Problem(v.field(), v.messageKey(), v.english(),
                    java.util.Arrays.stream(v.arguments()).map(String::valueOf).toList());
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    /** A code of the new plan with its wording. */
    public record Option(String code, String labelZh, String labelEn) implements Serializable {
    }
}
