package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.plan.Comparison;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What share of each plan target the library's projects would deliver, and which targets no project
 * serves. A project serves a target when it has a planned output toward it. The share is the
 * planned quantity over the target's requirement, where one can be stated as a quantity to build
 * (see {@link #requirement}); rates, per-population figures and qualitative targets get none.
 * Only outputs stated in the target's own unit ({@link UnitWords#same}) are added up: 120 托位 and
 * 2 所 cannot be summed, and neither can 个 and 万个. The others still count as serving the target,
 * and are flagged with their units so that the city sees what was left out. Pure.
 */
public final class TargetCoverage {

    private TargetCoverage() {
    }

    /** A target as coverage needs it; {@code requirement} null when no quantity can be compared. */
    public record TargetLine(String code, String unit, BigDecimal requirement) {
    }

    /** A planned output of a library project toward a target, in {@code unit} (null if the output states none). */
    public record Contribution(String targetCode, String projectCode, BigDecimal quantity, String unit) {
    }

    /**
     * @param planned     the sum of the outputs in the target's unit
     * @param share       planned ÷ requirement as a percentage with 1 decimal (may exceed 100); null without a requirement
     * @param otherUnits  how many outputs toward the target are in another unit (or none) and are not in {@code planned}
     * @param unitsLeftOut those other units, sorted; "" for an output without a unit
     */
    public record Row(String targetCode, String unit, BigDecimal requirement, int projects, BigDecimal planned,
                      BigDecimal share, int otherUnits, List<String> unitsLeftOut) implements Serializable {

        /** No project of the library serves this target. */
        public boolean unserved() {
            return projects == 0;
        }

        /** Some outputs toward this target are in a unit that differs from the target's, and are not summed. */
        public boolean unitDiffers() {
            return otherUnits > 0;
        }
    }

    public static List<Row> of(Collection<TargetLine> targets, Collection<Contribution> contributions) {
        Map<String, String> unitOf = new HashMap<>();
        targets.forEach(t -> unitOf.put(t.code(), t.unit()));
        Map<String, Set<String>> projects = new HashMap<>();
        Map<String, BigDecimal> planned = new HashMap<>();
        Map<String, Integer> others = new HashMap<>();
        Map<String, Set<String>> otherUnits = new HashMap<>();
        for (Contribution c : contributions) {
            projects.computeIfAbsent(c.targetCode(), k -> new HashSet<>()).add(c.projectCode());
            if (UnitWords.same(unitOf.get(c.targetCode()), c.unit())) {
                planned.merge(c.targetCode(), c.quantity() == null ? BigDecimal.ZERO : c.quantity(), BigDecimal::add);
            } else {
                others.merge(c.targetCode(), 1, Integer::sum);
                otherUnits.computeIfAbsent(c.targetCode(), k -> new java.util.TreeSet<>())
                        .add(c.unit() == null ? "" : c.unit().trim());
            }
        }
        return targets.stream().map(t -> {
            BigDecimal sum = planned.getOrDefault(t.code(), BigDecimal.ZERO);
            BigDecimal share = t.requirement() == null || t.requirement().signum() <= 0 ? null
                    : sum.multiply(BigDecimal.valueOf(100)).divide(t.requirement(), 1, RoundingMode.HALF_UP);
            return new Row(t.code(), t.unit(), t.requirement(), projects.getOrDefault(t.code(), Set.of()).size(),
                    sum, share, others.getOrDefault(t.code(), 0), List.copyOf(otherUnits.getOrDefault(t.code(), Set.of())));
        }).toList();
    }

    /**
     * The quantity a target asks to be built, or null when it is not a quantity: a figure to reach
     * (at least, equal, about; the minimum of a range) in a unit that is not a rate (%, ‰, 率, "per") nor per
     * population; for a target set for each unit (each 区县(市), each 街道 …) the figure times the units
     * it applies to (null if that number is unknown).
     *
     * @param units the number of units a per-unit target applies to; ignored for city-wide targets
     */
    public static BigDecimal requirement(Comparison comparison, BigDecimal value, BigDecimal min, String unit,
                                         boolean perPopulation, boolean perUnit, int units) {
        if (perPopulation || isRate(unit)) {
            return null;
        }
        BigDecimal figure = switch (comparison) {
            case AT_LEAST, EQUAL, APPROXIMATELY -> value;
            case RANGE -> min;
            default -> null;
        };
        if (figure == null || figure.signum() <= 0) {
            return null;
        }
        if (perUnit) {
            return units <= 0 ? null : figure.multiply(BigDecimal.valueOf(units));
        }
        return figure;
    }

    /** A unit that is a rate or a ratio: %, ‰, 率, 每…, "… per …", percent. */
    static boolean isRate(String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        return u.contains("%") || u.contains("‰") || u.contains("率") || u.contains("每") || u.contains(" per ")
                || u.startsWith("per ") || u.contains("percent");
    }
}
