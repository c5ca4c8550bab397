package org.citygov.plantracker.domain.service.library;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an output's unit is the unit of the target it serves. The plan states its units in
 * English ({@code institutions}, {@code schools}, {@code places}, {@code m²}); the offices write
 * theirs in Chinese (家, 所, 托位, 平方米). Two units are the same when they are the same word
 * (blanks, case and an English plural aside), when the output's is the Chinese for the target's
 * ({@code places} ↔ 托位, {@code persons} ↔ 人), or when the target counts things one by one
 * (schools, centres, platforms …) and the output counts them with a measure word (个, 所, 家 …):
 * "3 所" are 3 schools. Anything else — 万个 against 个, 所 against a %, 托位 against institutions —
 * is a different unit. Pure.
 */
public final class UnitWords {

    /** 量词 — measure words that count one thing each. */
    private static final Set<String> MEASURE_WORDS = Set.of("个", "家", "所", "座", "处", "项", "支", "条", "场", "套",
            "部", "间", "台");

    /** The plan's units that count things one by one (singular, lower case). */
    private static final Set<String> COUNTED = Set.of("institution", "facility", "centre", "center", "school",
            "kindergarten", "college", "university", "hospital", "studio", "base", "site", "station", "park",
            "cemetery", "depot", "building", "compound", "platform", "database", "system", "organization",
            "enterprise", "troupe", "route", "document", "body", "specialty cluster", "event", "campaign",
            "project");

    /** Chinese words for the plan's other units. */
    private static final Map<String, Set<String>> CHINESE = Map.of(
            "place", Set.of("托位", "个托位"),
            "person", Set.of("人", "名"),
            "person-time", Set.of("人次"),
            "m²", Set.of("平方米", "㎡", "m2"),
            "yuan", Set.of("元"));

    private UnitWords() {
    }

    /**
     * @param targetUnit the target's unit; a target without one has nothing to compare with, so every output counts
     * @param outputUnit the output's unit; an output without one toward a target with one does not count
     */
    public static boolean same(String targetUnit, String outputUnit) {
        if (targetUnit == null || targetUnit.isBlank()) {
            return true;
        }
        if (outputUnit == null || outputUnit.isBlank()) {
            return false;
        }
        String target = singular(targetUnit);
        String output = singular(outputUnit);
        if (target.equals(output)) {
            return true;
        }
        if (COUNTED.contains(target) && MEASURE_WORDS.contains(output)) {
            return true;
        }
        return CHINESE.getOrDefault(target, Set.of()).contains(output);
    }

    private static String singular(String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (u.endsWith("ies") && u.length() > 4) {
            return u.substring(0, u.length() - 3) + "y";
        }
        if (u.endsWith("sses") || u.endsWith("ches")) {
            return u.substring(0, u.length() - 2);
        }
        if (u.endsWith("s") && !u.endsWith("ss") && u.length() > 2) {
            return u.substring(0, u.length() - 1);
        }
        return u;
    }
}
