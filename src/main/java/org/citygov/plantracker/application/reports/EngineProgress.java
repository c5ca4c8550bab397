package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.evaluation.EvaluationSettingsService;
import org.citygov.plantracker.application.evaluation.PortfolioFactsSource;
import org.citygov.plantracker.application.reports.PlanProgress.IndicatorState;
import org.citygov.plantracker.application.reports.PlanProgress.LateProject;
import org.citygov.plantracker.application.reports.PlanProgress.ProjectRef;
import org.citygov.plantracker.application.reports.PlanProgress.TargetUnit;
import org.citygov.plantracker.domain.model.place.JurisdictionLevel;
import org.citygov.plantracker.domain.model.report.ProgressClass;
import org.citygov.plantracker.domain.model.report.TargetState;
import org.citygov.plantracker.domain.service.slippage.Band;
import org.citygov.plantracker.domain.service.slippage.Contribution;
import org.citygov.plantracker.domain.service.slippage.MilestoneDelay;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.ProjectEvaluation;
import org.citygov.plantracker.domain.service.slippage.TargetEvaluation;
import org.citygov.plantracker.domain.service.slippage.Territory;
import org.citygov.plantracker.domain.service.slippage.UnitFacts;
import org.citygov.plantracker.domain.service.slippage.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The slippage engine's verdict (issue 5) as the reports read it: the same facts and thresholds as
 * the cockpit, run for the report's date. Access is the reports' own (checked by the report
 * services); the engine's rules are not repeated here, only translated.
 */
@ApplicationScoped
public class EngineProgress implements PlanProgressSource {

    @Inject
    private PortfolioFactsSource facts;

    @Inject
    private EvaluationSettingsService settings;

    @Override
    public PlanProgress evaluate(String planCode, LocalDate asOf) {
        return translate(PortfolioEvaluator.evaluate(facts.readAll(), asOf, settings.thresholds()), planCode);
    }

    /** The rows and indicators of one plan (the engine evaluates every loaded plan at once). */
    static PlanProgress translate(PortfolioEvaluation evaluation, String planCode) {
        Territory territory = evaluation.territory();
        Map<String, Set<String>> targetsByProject = new HashMap<>();
        List<TargetUnit> rows = new ArrayList<>();
        for (TargetEvaluation row : evaluation.targetRows()) {
            if (!planCode.equals(row.planCode())) {
                continue;
            }
            TargetEvaluation headline = evaluation.headline(row.targetId()).orElse(null);
            rows.add(new TargetUnit(row.targetCode(), row.unitCode(), row.unitNameZh(), row.unitNameEn(),
                    row.unitLevel() == null ? null : row.unitLevel().name(), districtOf(territory, row.unitId()),
                    row == headline, row.deadline(), row.deadlinePassed(),
                    row.required(), row.delivered(), row.forecast(), row.shortfall(),
                    row.status() == null ? TargetState.NOT_EVALUATED : TargetState.fromEngine(row.status().name()),
                    row.uncovered() == null ? List.of() : row.uncovered().stream().map(UnitRef::nameZh).toList(),
                    refs(row.causes())));
            for (Contribution c : row.contributions()) {
                targetsByProject.computeIfAbsent(c.projectCode(), k -> new LinkedHashSet<>()).add(row.targetCode());
            }
        }
        List<IndicatorState> indicators = evaluation.indicators().stream()
                .filter(i -> planCode.equals(i.planCode()))
                .map(i -> new IndicatorState(i.code(), i.latestYear(), i.latestValue(), i.expected(),
                        ProgressClass.ofIndicator(i.status() == null ? null : i.status().name())))
                .toList();
        List<LateProject> late = evaluation.projects().stream().filter(ProjectEvaluation::isRedOrAmber)
                .map(p -> new LateProject(p.code(), p.nameZh(), p.nameEn(), p.band().name(), worstDelay(p),
                        p.forecastFinish(), List.copyOf(targetsByProject.getOrDefault(p.code(), Set.of()))))
                .sorted(Comparator.comparing((LateProject p) -> !Band.RED.name().equals(p.band()))
                        .thenComparing(LateProject::delayDays, Comparator.reverseOrder())
                        .thenComparing(LateProject::code))
                .toList();
        return new PlanProgress(evaluation.asOf(), true, rows, indicators, late);
    }

    private static List<ProjectRef> refs(List<Contribution> contributions) {
        if (contributions == null) {
            return List.of();
        }
        Map<String, ProjectRef> byCode = new java.util.LinkedHashMap<>();
        for (Contribution c : contributions) {
            byCode.putIfAbsent(c.projectCode(), new ProjectRef(c.projectCode(), c.projectNameZh(), c.projectNameEn(),
                    c.band() == null ? null : c.band().name(), c.forecastFinish()));
        }
        return List.copyOf(byCode.values());
    }

    /** Days the most delayed open milestone is late against its current baseline (0 when none is). */
    private static long worstDelay(ProjectEvaluation p) {
        return p.delays().stream().filter(d -> !d.isDone()).map(MilestoneDelay::delayDays).filter(Objects::nonNull)
                .mapToLong(Integer::longValue).max().orElse(0);
    }

    /** The 区县(市) a unit lies in (itself for a district), null for the city or an unknown unit. */
    private static String districtOf(Territory territory, Long unitId) {
        UnitFacts unit = unitId == null ? null : territory.unit(unitId).orElse(null);
        for (int depth = 0; unit != null && depth < 8; depth++) {
            if (unit.level() == JurisdictionLevel.DISTRICT) {
                return unit.code();
            }
            unit = unit.parentId() == null ? null : territory.unit(unit.parentId()).orElse(null);
        }
        return null;
    }
}
