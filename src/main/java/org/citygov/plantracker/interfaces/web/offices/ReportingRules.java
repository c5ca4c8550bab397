package org.citygov.plantracker.interfaces.web.offices;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.citygov.plantracker.application.evaluation.EvaluationSettingsService;

/** {@code #{reportingRules.dueDay}}: the one {@code report.dueDay} setting, as the forms state it. */
@Named
@RequestScoped
public class ReportingRules {

    @Inject
    private EvaluationSettingsService settings;

    public int getDueDay() {
        return settings.thresholds().reportDueDay();
    }
}
