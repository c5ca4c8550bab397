package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import org.citygov.plantracker.domain.model.funding.FundingLineStatus;

/**
 * Filters of funding-line lists; null means any.
 *
 * @param district a jurisdiction code: the unit and everything under it
 * @param chapter  a chapter number of the plan
 */
public record LineFilter(FundingLineStatus status, String sourceCode, Integer fiscalYear, String district,
                         String programCode, Integer chapter, String projectCode) implements Serializable {

    public static LineFilter none() {
        return new LineFilter(null, null, null, null, null, null, null);
    }

    public static LineFilter pending() {
        return new LineFilter(FundingLineStatus.REQUESTED, null, null, null, null, null, null);
    }
}
