package org.citygov.plantracker.interfaces.web.cockpit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.evaluation.SnapshotService;
import org.citygov.plantracker.application.evaluation.SnapshotService.HistoryPoint;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.service.slippage.Contribution;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetFacts;
import org.citygov.plantracker.domain.service.slippage.Territory;
import org.citygov.plantracker.domain.service.slippage.UnitFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Drill-down (cockpit/drill.xhtml): one unit and the targets of a stage (or one target) — the unit's
 * figures, the units below it, and the projects that deliver, are late or were withdrawn; for one
 * target also how its forecast moved across the snapshots.
 */
@Named
@ViewScoped
public class TargetDrillBacking extends CockpitPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private SlippageFormat fmt;

    private String unit;
    private Integer stage;
    private Long target;
    private transient UnitFacts unitFacts;
    private transient List<Panel> panels;

    /** One target at the unit: its row (null when it does not apply), the rows below, the projects. */
    public record Panel(TargetFacts target, TargetEvaluation row, List<TargetEvaluation> children,
                        List<Contribution> projects, String historyChart) {
    }

    @Override
    protected void afterLoad(PortfolioEvaluation e) {
        unitFacts = null;
        panels = null;
    }

    public UnitFacts getUnitFacts() {
        if (unitFacts == null) {
            PortfolioEvaluation e = evaluation();
            Territory territory = e.territory();
            unitFacts = Optional.ofNullable(unit).flatMap(territory::byCode).orElseGet(() -> planCity(e));
        }
        return unitFacts;
    }

    /** The city of the plan: the root its target rows lie in with the most 区县(市). */
    private UnitFacts planCity(PortfolioEvaluation e) {
        Territory territory = e.territory();
        Set<Long> roots = new LinkedHashSet<>();
        e.targetRows().stream().filter(r -> Objects.equals(r.planCode(), getPlan()) && r.unitId() != null)
                .forEach(r -> roots.add(territory.rootOf(r.unitId())));
        return roots.stream().map(territory::require)
                .max(Comparator.comparingLong((UnitFacts u) -> territory.children(u.id()).stream()
                        .filter(c -> c.level() == JurisdictionLevel.DISTRICT).count()))
                .orElse(territory.roots().isEmpty() ? null : territory.roots().get(0));
    }

    /** City → … → the unit. */
    public List<UnitFacts> getBreadcrumb() {
        UnitFacts u = getUnitFacts();
        if (u == null) {
            return List.of();
        }
        Territory territory = evaluation().territory();
        List<UnitFacts> chain = new ArrayList<>();
        for (long id : territory.chain(u.id())) {
            chain.add(0, territory.require(id));
        }
        return chain;
    }

    public List<Panel> getPanels() {
        if (panels == null) {
            PortfolioEvaluation e = evaluation();
            UnitFacts u = getUnitFacts();
            List<TargetFacts> targets = e.targets().stream()
                    .filter(t -> Objects.equals(t.planCode(), getPlan()) || (target != null && t.id() == target))
                    .filter(t -> target != null ? t.id() == target
                            : stage != null ? Objects.equals(stage, t.stageNo()) && t.scheduleId() != null
                            : u != null && e.row(t.id(), u.id()).isPresent())
                    .filter(t -> !e.rows(t.id()).isEmpty())
                    .toList();
            List<Panel> built = new ArrayList<>();
            for (TargetFacts t : targets) {
                TargetEvaluation row = u == null ? null : e.row(t.id(), u.id()).orElse(null);
                if (row == null && e.rows(t.id()).stream().allMatch(r -> r.unitId() == null)) {
                    row = e.rows(t.id()).get(0); // not tracked anywhere: show its one row
                }
                List<TargetEvaluation> children = u == null ? List.of() : e.childRows(t.id(), u.id()).stream()
                        .sorted(Comparator.comparing((TargetEvaluation r) -> r.status() == null ? 0 : -r.status().severity())
                                .thenComparing(TargetEvaluation::unitCode))
                        .toList();
                List<Contribution> projects = row == null ? List.of() : row.contributions().stream()
                        .sorted(Comparator.comparing(Contribution::counted).thenComparing(Contribution::projectCode))
                        .toList();
                String history = target != null ? history(t, u) : null;
                built.add(new Panel(t, row, children, projects, history));
            }
            panels = built;
        }
        return panels;
    }

    private String history(TargetFacts t, UnitFacts u) {
        List<HistoryPoint> points = snapshots.history(t.planCode(), t.code(), u == null ? null : u.code());
        if (points.isEmpty()) {
            return null;
        }
        List<String> labels = points.stream().map(p -> p.asOf().toString()).toList();
        return ChartJson.line(labels, List.of(
                new ChartJson.Series(fmt.text("slippage.col.required"), "#486581",
                        points.stream().map(HistoryPoint::required).toList(), true),
                new ChartJson.Series(fmt.text("slippage.col.forecast"), "#d9822b",
                        points.stream().map(HistoryPoint::forecast).toList(), false),
                new ChartJson.Series(fmt.text("slippage.col.delivered"), "#2f8132",
                        points.stream().map(HistoryPoint::delivered).toList(), false),
                new ChartJson.Series(fmt.text("slippage.col.shortfall"), "#c62828",
                        points.stream().map(HistoryPoint::shortfall).toList(), false)), null, null);
    }

    /** Whether the row's figures are percentages (shares, completion) rather than quantities. */
    public boolean isPercent(TargetEvaluation row) {
        return row != null && row.role() != org.citygov.plantracker.domain.service.slippage.RowRole.ROLLUP
                && (row.kind() == org.citygov.plantracker.domain.service.slippage.EvaluationKind.SHARE
                || row.kind() == org.citygov.plantracker.domain.service.slippage.EvaluationKind.COMPLETION);
    }

    /** Where a project's code links to: the project page (its slippage tab). */
    public String getProjectOutcome() {
        return "/projects/project";
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getStage() {
        return stage;
    }

    public void setStage(Integer stage) {
        this.stage = stage;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }
}
