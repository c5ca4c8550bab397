package org.citygov.plantracker.domain.model.library;

import org.citygov.plantracker.domain.model.funding.FundingSource;

import java.math.BigDecimal;

/** Money a new project expects from a source in a year (yuan); becomes a requested funding line when applied. */
public record ForeseenFunding(FundingSource source, int fiscalYear, BigDecimal amount) {
}
