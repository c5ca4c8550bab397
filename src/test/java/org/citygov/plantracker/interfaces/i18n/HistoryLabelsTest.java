package org.citygov.plantracker.interfaces.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 item 8: the history shows amounts in 万元 and statuses by name, never raw yuan or enum codes. */
class HistoryLabelsTest {

    @Test
    void amountsAreShownIn10kYuanWithTheUnitInTheFieldLabel() {
        assertThat(HistoryLabels.value(Texts.CHINESE, "FundingLine", "requested", "30000.00")).isEqualTo("3.00");
        assertThat(HistoryLabels.value(Texts.CHINESE, "FundingLine", "approved", "2000000")).isEqualTo("200.00");
        assertThat(HistoryLabels.field(Texts.CHINESE, "approved")).isEqualTo("批准金额（万元）");
        assertThat(HistoryLabels.field(Locale.ENGLISH, "disbursed")).contains("10k yuan");
    }

    @Test
    void statusesAreNamedByTheKindOfThing() {
        assertThat(HistoryLabels.value(Texts.CHINESE, "FundingLine", "status", "REQUESTED")).isEqualTo("待审核");
        assertThat(HistoryLabels.value(Locale.ENGLISH, "FundingLine", "status", "APPROVED")).isEqualTo("Approved");
        assertThat(HistoryLabels.value(Texts.CHINESE, "LibraryProposal", "status", "RETURNED")).isEqualTo("退回修改");
        assertThat(HistoryLabels.value(Texts.CHINESE, "FundingLine", "status", "RETURNED")).isEqualTo("已退回");
    }

    @Test
    void categoriesAndMilestoneKindsAreNamedAndImportedFieldsLabelled() {
        assertThat(HistoryLabels.value(Texts.CHINESE, "Project", "category", "SPORTS"))
                .isEqualTo(org.citygov.plantracker.domain.model.project.Category.SPORTS.zh());
        assertThat(HistoryLabels.value(Locale.ENGLISH, "Milestone", "kind", "COMPLETION"))
                .isEqualTo(org.citygov.plantracker.domain.model.project.MilestoneKind.COMPLETION.en());
        assertThat(HistoryLabels.value(Texts.CHINESE, "Project", "totalInvestment", "12345600")).isEqualTo("1,234.56");
        assertThat(HistoryLabels.field(Texts.CHINESE, "leadUnit")).isEqualTo("项目单位");
        assertThat(HistoryLabels.field(Locale.ENGLISH, "plannedStart")).isEqualTo("Planned start");
        assertThat(HistoryLabels.action(Texts.CHINESE, "portfolio.import.changed")).isEqualTo("由项目组合工作簿导入修改");
    }
}
