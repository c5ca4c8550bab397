package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.evaluation.EvaluationSettingsService;
import org.citygov.plantracker.application.evaluation.PortfolioFactsSource;

import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;

import java.time.LocalDate;

/** Reads the portfolio's facts and the thresholds for a final evaluation (总结评估); access is the reports'. */
@ApplicationScoped
public class FinalEvaluationSource {

    @Inject
    private PortfolioFactsSource facts;

    @Inject
    private EvaluationSettingsService settings;

    /**
     * One read of the portfolio's facts and one engine run as of {@code asOf}, shared by the report's
     * progress (its {@link PlanProgressSource}) and the final evaluation's strict verdict: a final
     * evaluation then costs two engine runs (strict and with late completions), not three, and one read.
     */
    public Run start(LocalDate asOf) {
        PortfolioFacts read = facts.readAll();
        SlippageThresholds thresholds = settings.thresholds();
        return new Run(read, thresholds, asOf, PortfolioEvaluator.evaluate(read, asOf, thresholds));
    }

    /** A final evaluation's facts and strict engine run. */
    public static final class Run implements PlanProgressSource {
        private final PortfolioFacts facts;
        private final SlippageThresholds thresholds;
        private final LocalDate asOf;
        private final PortfolioEvaluation strict;

        Run(PortfolioFacts facts, SlippageThresholds thresholds, LocalDate asOf, PortfolioEvaluation strict) {
            this.facts = facts;
            this.thresholds = thresholds;
            this.asOf = asOf;
            this.strict = strict;
        }

        /** The plan's progress from the strict run; only for the run's own day. */
        @Override
        public PlanProgress evaluate(String planCode, LocalDate day) {
            if (!asOf.equals(day)) {
                throw new IllegalArgumentException("this run is as of " + asOf + ", not " + day);
            }
            return EngineProgress.translate(strict, planCode);
        }

        public FinalEvaluation evaluate(ReportInputs inputs) {
            return FinalEvaluationBuilder.build(inputs, facts, thresholds, asOf, strict);
        }
    }
}
