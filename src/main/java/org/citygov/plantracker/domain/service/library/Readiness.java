package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.library.ReadinessGate;
import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The readiness gates of one project, in {@link ReadinessGate} order. */
public record Readiness(String projectCode, List<GateResult> gates) implements Serializable {

    public boolean ready() {
        return gates.stream().allMatch(GateResult::met);
    }

    public List<GateResult> unmet() {
        return gates.stream().filter(g -> !g.met()).toList();
    }

    public GateResult gate(ReadinessGate gate) {
        return gates.stream().filter(g -> g.gate() == gate).findFirst().orElseThrow();
    }

    /**
     * Refuses a move to 新开工 while any gate is unmet: one violation per gate, on the field
     * {@code gate.<GATE>}, with the message key {@code library.gate.<GATE>}.
     */
    public void requireReady() {
        if (ready()) {
            return;
        }
        throw new RuleViolation(unmet().stream().map(this::violation).toList());
    }

    private Violation violation(GateResult g) {
        String field = "gate." + g.gate().name();
        String key = "library.gate." + g.gate().name();
        if (g.gate() == ReadinessGate.FUNDING) {
            String secured = percent(g.securedShare());
            String required = percent(g.requiredShare());
            return new Violation(field, key, "Project " + projectCode + ": approved funding covers " + secured
                    + " % of the total investment, " + required + " % is required", projectCode, secured, required);
        }
        return new Violation(field, key, "Project " + projectCode + " has no " + g.gate().en()
                + " document (reference and date)", projectCode);
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? "0" : fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString();
    }
}
