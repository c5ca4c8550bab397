package org.citygov.plantracker.interfaces.rest.reports;

import org.citygov.plantracker.interfaces.rest.InvalidParameterException;
import org.citygov.plantracker.interfaces.rest.QueryParameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parameters of the reports API beyond the shared ones: dates and chapter numbers. */
final class ReportParameters {

    private ReportParameters() {
    }

    /** An ISO date (2023-06-30), or {@code fallback} when absent. */
    static LocalDate date(String parameter, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, "report.badDate",
                    "Parameter " + parameter + " must be a date YYYY-MM-DD, got '" + value + "'", parameter, value);
        }
    }

    static Integer chapter(String value) {
        return QueryParameters.integer("chapter", value, 1, 99, null);
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
