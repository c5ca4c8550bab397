package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.shared.RuleViolation;
import org.citygov.plantracker.domain.model.shared.RuleViolation.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How an old plan's programs (工程) and targets map onto a newly loaded plan's, for carrying
 * unfinished projects over: old code → new code. Codes the two plans share map to themselves
 * unless mapped otherwise ({@link #suggest}); anything a carried project uses must be mapped to a
 * code that exists in the new plan ({@link #check}).
 */
public record CarryOverMapping(Map<String, String> programs, Map<String, String> targets) {

    public CarryOverMapping {
        programs = clean(programs);
        targets = clean(targets);
    }

    /** Same-code suggestions for what is in use, overridden by {@code explicit} where it maps a code. */
    public static CarryOverMapping suggest(Collection<String> programsInUse, Collection<String> targetsInUse,
                                           Set<String> newPrograms, Set<String> newTargets,
                                           CarryOverMapping explicit) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String code : new TreeSet<>(programsInUse)) {
            String mapped = explicit == null ? null : explicit.programs().get(code);
            p.put(code, mapped != null ? mapped : newPrograms.contains(code) ? code : null);
        }
        Map<String, String> t = new LinkedHashMap<>();
        for (String code : new TreeSet<>(targetsInUse)) {
            String mapped = explicit == null ? null : explicit.targets().get(code);
            t.put(code, mapped != null ? mapped : newTargets.contains(code) ? code : null);
        }
        return new CarryOverMapping(p, t);
    }

    public Optional<String> program(String oldCode) {
        return Optional.ofNullable(programs.get(oldCode));
    }

    public Optional<String> target(String oldCode) {
        return Optional.ofNullable(targets.get(oldCode));
    }

    /**
     * Refuses a mapping that leaves a program or target in use unmapped, or maps one to a code the
     * new plan does not have; all problems at once.
     */
    public void check(Collection<String> programsInUse, Collection<String> targetsInUse,
                      Set<String> newPrograms, Set<String> newTargets) {
        List<Violation> problems = new ArrayList<>();
        for (String code : new TreeSet<>(programsInUse)) {
            String to = programs.get(code);
            if (to == null) {
                problems.add(new Violation("programs." + code, "library.carry.programUnmapped",
                        "Program " + code + " is not mapped to a program of the new plan", code));
            } else if (!newPrograms.contains(to)) {
                problems.add(new Violation("programs." + code, "library.carry.programUnknown",
                        "The new plan has no program " + to, code, to));
            }
        }
        for (String code : new TreeSet<>(targetsInUse)) {
            String to = targets.get(code);
            if (to == null) {
                problems.add(new Violation("targets." + code, "library.carry.targetUnmapped",
                        "Target " + code + " is not mapped to a target of the new plan", code));
            } else if (!newTargets.contains(to)) {
                problems.add(new Violation("targets." + code, "library.carry.targetUnknown",
                        "The new plan has no target " + to, code, to));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
    }

    private static Map<String, String> clean(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (k != null && !k.isBlank()) {
                    copy.put(k.trim(), v == null || v.isBlank() ? null : v.trim());
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
