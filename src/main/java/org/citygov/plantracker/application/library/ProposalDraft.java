package org.citygov.plantracker.application.library;

import org.citygov.plantracker.domain.model.library.ProposalKind;
import org.citygov.plantracker.domain.model.project.Category;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a project office submits (or resubmits): the kind, the project, the reason and, for a new
 * project or an adjustment, the terms and planned outputs; for a new project also the program,
 * place, category and foreseen funding. Amounts in yuan.
 *
 * @param projectCode the project concerned; for ADD the code the new project is to have
 */
public record ProposalDraft(String roundCode, ProposalKind kind, String projectCode, String nameZh, String nameEn,
                            String description, String programCode, String jurisdictionCode, Category category,
                            LocalDate plannedStart, LocalDate plannedFinish, BigDecimal totalInvestment,
                            List<OutputLine> outputs, List<FundingDraft> funding, String reason)
        implements Serializable {

    /** A planned output: quantity (and unit) toward a target of the plan, in a place. */
    public record OutputLine(String targetCode, String jurisdictionCode, BigDecimal quantity, String unit)
            implements Serializable {
    }

    /** Foreseen money of a new project from a source in a year, yuan. */
    public record FundingDraft(String sourceCode, Integer fiscalYear, BigDecimal amount) implements Serializable {
    }

    /** A proposal to move a project to 新开工 or to withdraw it: only the reason. */
    public static ProposalDraft stageChange(String roundCode, ProposalKind kind, String projectCode, String reason) {
        return new ProposalDraft(roundCode, kind, projectCode, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), reason);
    }
}
