package org.citygov.plantracker.application.funding;

import java.io.Serializable;
import org.citygov.plantracker.domain.model.funding.FundingYears;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.service.funding.FundingPosition;
import org.citygov.plantracker.domain.service.funding.MoneyVsWorks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's money: its lines with their ledgers, the derived figures (secured, unsecured gap,
 * disbursed, share by source) and the money-vs-works assessment.
 */
public record ProjectFunding(String code, String nameZh, String nameEn, Category category, Stage stage,
                             LocalDate plannedStart, LocalDate plannedFinish, BigDecimal totalInvestment,
                             String programCode, String programTitleZh, String programTitleEn,
                             String jurisdictionNameZh, String jurisdictionNameEn,
                             String leadUnitCode, String leadUnitNameZh, String leadUnitNameEn, boolean sample,
                             List<LineView> lines, FundingPosition position, MoneyVsWorks.WorksProgress works,
                             MoneyVsWorks.Assessment assessment, List<String> filedChapterTargets)
        implements Serializable {

    /** The chapter-text targets (CH9-T01) served when the program is only the project's filing (issue 16 item 12). */
    public String filedTargets() {
        return filedChapterTargets.isEmpty() ? null : String.join(" · ", filedChapterTargets);
    }

    /** The years a line may be requested for (the project's span: {@link FundingYears}). */
    public List<Integer> years() {
        return FundingYears.of(plannedStart, plannedFinish).years();
    }
}
