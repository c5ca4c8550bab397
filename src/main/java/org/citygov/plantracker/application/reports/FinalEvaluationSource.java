package org.citygov.plantracker.application.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.citygov.plantracker.application.evaluation.EvaluationSettingsService;
import org.citygov.plantracker.application.evaluation.PortfolioFactsSource;

import java.time.LocalDate;

/** Reads the portfolio's facts and the thresholds for a final evaluation (总结评估); access is the reports'. */
@ApplicationScoped
public class FinalEvaluationSource {

    @Inject
    private PortfolioFactsSource facts;

    @Inject
    private EvaluationSettingsService settings;

    public FinalEvaluation evaluate(ReportInputs inputs, LocalDate asOf) {
        return FinalEvaluationBuilder.build(inputs, facts.readAll(), settings.thresholds(), asOf);
    }
}
