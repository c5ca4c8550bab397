package org.citygov.plantracker.interfaces.rest.reports;

import org.citygov.plantracker.domain.model.shared.InputPolicy;
import org.citygov.plantracker.interfaces.rest.QueryParameters;

import java.time.LocalDate;

/** Parameters of the reports API beyond the shared ones: dates and chapter numbers. */
final class ReportParameters {

    private ReportParameters() {
    }

    /** An ISO date (2023-06-30) within the input window ({@link InputPolicy}), or {@code fallback} when absent. */
    static LocalDate date(String parameter, String value, LocalDate fallback) {
        LocalDate date = InputPolicy.parseDate(parameter, value);
        return date == null ? fallback : date;
    }

    static Integer chapter(String value) {
        return QueryParameters.integer("chapter", value, 1, 99, null);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
