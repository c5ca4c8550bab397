package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.Indicator;
import org.citygov.plantracker.domain.model.plan.Measure;
import org.citygov.plantracker.domain.model.plan.Plan;
import org.citygov.plantracker.domain.model.plan.Target;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.IndicatorDef;
import org.citygov.plantracker.infrastructure.importing.plan.PlanDefinition.TargetDef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a plan says, entry by entry (the document, each chapter, 专栏, 工程, target and indicator),
 * as comparable texts — read from a loaded plan or from a definition — so that a package that
 * changes a loaded plan can be shown before → after. Pure: no JPA queries, no CDI.
 */
public final class PlanFacts {

    /** One entry's fields ({@code figure → "≥2"}), in a fixed order. */
    private final Map<String, Map<String, String>> entries = new LinkedHashMap<>();

    private PlanFacts() {
    }

    /** A difference between the loaded plan and the package: an entry added, removed or a field changed. */
    public record Change(String entry, String field, String before, String after) {
        /** {@code field} is null for a whole entry added ({@code before} null) or removed ({@code after} null). */
        public boolean wholeEntry() {
            return field == null;
        }
    }

    public static PlanFacts of(Plan plan) {
        PlanFacts f = new PlanFacts();
        f.put("document", "title", plan.getDocument().getTitleZh());
        f.put("document", "docNo", plan.getDocument().getDocNo());
        f.put("document", "period", plan.getPeriod().getStartYear() + "–" + plan.getPeriod().getEndYear());
        f.put("document", "issued", text(plan.getDocument().getIssuedOn()));
        plan.getChapters().forEach(c -> f.put("chapter " + c.getNumber(), "title", c.getTitleZh()));
        plan.getColumnBoxes().forEach(b -> {
            f.put("专栏" + b.getNumber(), "title", b.getTitleZh());
            b.getPrograms().forEach(p -> f.put("program " + p.getCode(), "title", p.getTitleZh()));
        });
        plan.getTargets().forEach(t -> target(f, t));
        plan.getIndicators().forEach(i -> indicator(f, i));
        return f;
    }

    public static PlanFacts of(PlanDefinition d) {
        PlanFacts f = new PlanFacts();
        f.put("document", "title", d.document().titleZh());
        f.put("document", "docNo", d.document().docNo());
        f.put("document", "period", d.document().periodStartYear() + "–" + d.document().periodEndYear());
        f.put("document", "issued", text(d.document().issued()));
        d.chapters().forEach(c -> f.put("chapter " + c.number(), "title", c.titleZh()));
        d.columns().forEach(c -> {
            f.put("专栏" + c.number(), "title", c.titleZh());
            c.programs().forEach(p -> f.put("program " + p.code(), "title", p.titleZh()));
        });
        d.allTargets().forEach(t -> target(f, t));
        d.indicators().forEach(i -> indicator(f, i));
        return f;
    }

    private static void target(PlanFacts f, Target t) {
        Measure m = t.getMeasure();
        String e = "target " + t.getCode();
        f.put(e, "description", t.getDescriptionZh());
        f.put(e, "figure", figure(m.getComparison(), m.getTargetValue(), m.getTargetMin(), m.getTargetMax()));
        f.put(e, "measure", t.getMeasureKind() == null ? null : t.getMeasureKind().code());
        f.put(e, "deadline", text(t.getDeadline().getDate()));
        f.put(e, "scope", t.getScope() == null ? null : t.getScope().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void target(PlanFacts f, TargetDef t) {
        String e = "target " + t.code();
        f.put(e, "description", t.descriptionZh());
        f.put(e, "figure", figure(t.comparison(), t.value(), t.min(), t.max()));
        f.put(e, "measure", t.measurement().kind().code());
        f.put(e, "deadline", text(t.deadline()));
        f.put(e, "scope", t.scope().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void indicator(PlanFacts f, Indicator i) {
        String e = "indicator " + i.getCode();
        f.put(e, "name", i.getNameZh());
        f.put(e, "baseline", i.getBaseline() == null ? null : i.getBaseline().getText());
        f.put(e, "target", i.getTarget() == null ? null : i.getTarget().getText());
        f.put(e, "nature", i.getNature().name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void indicator(PlanFacts f, IndicatorDef i) {
        String e = "indicator " + i.code();
        f.put(e, "name", i.nameZh());
        f.put(e, "baseline", i.baselineText());
        f.put(e, "target", i.targetText());
        f.put(e, "nature", i.nature().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The figure as a reader writes it: ≥2, ≤5, 1–2, ≈81, 90. */
    static String figure(Comparison comparison, BigDecimal value, BigDecimal min, BigDecimal max) {
        String v = value == null ? "" : value.stripTrailingZeros().toPlainString();
        if (comparison == null) {
            return v.isEmpty() ? null : v;
        }
        return switch (comparison) {
            case AT_LEAST -> "≥" + v;
            case AT_MOST -> "≤" + v;
            case APPROXIMATELY -> "≈" + v;
            case RANGE -> (min == null ? "" : min.stripTrailingZeros().toPlainString()) + "–"
                    + (max == null ? "" : max.stripTrailingZeros().toPlainString());
            case QUALITATIVE -> null;
            default -> v.isEmpty() ? null : v;
        };
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private void put(String entry, String field, String value) {
        entries.computeIfAbsent(entry, k -> new LinkedHashMap<>()).put(field, value == null || value.isBlank() ? null
                : value.strip());
    }

    /** What {@code after} changes in this plan: entries removed, added, fields changed (in plan order). */
    public List<Change> changesTo(PlanFacts after) {
        List<Change> changes = new ArrayList<>();
        entries.forEach((entry, fields) -> {
            Map<String, String> next = after.entries.get(entry);
            if (next == null) {
                changes.add(new Change(entry, null, summary(fields), null));
                return;
            }
            fields.forEach((field, value) -> {
                String v = next.get(field);
                if (!Objects.equals(value, v)) {
                    changes.add(new Change(entry, field, value, v));
                }
            });
        });
        after.entries.forEach((entry, fields) -> {
            if (!entries.containsKey(entry)) {
                changes.add(new Change(entry, null, null, summary(fields)));
            }
        });
        return changes;
    }

    private static String summary(Map<String, String> fields) {
        String first = fields.values().stream().filter(Objects::nonNull).findFirst().orElse("");
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }
}
