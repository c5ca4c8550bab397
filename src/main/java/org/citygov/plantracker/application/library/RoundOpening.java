package org.citygov.plantracker.application.library;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Opening a round: a code (2024), names, the year it adjusts, the submission deadline and, if not
 * the plan whose period holds the year, the plan's code.
 */
public record RoundOpening(String code, String nameZh, String nameEn, Integer fiscalYear, LocalDate submissionDeadline,
                           String planCode) implements Serializable {
}
