package org.citygov.plantracker.application.plan;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.project.Stage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlanReadModelTest {

    @Test
    void programsSortByTheNumbersInTheirCodes() {
        List<String> sorted = Stream.of("C2.1", "C1.10", "C1.2", "C10.1", "C1.4")
                .sorted(PlanQueries.BY_CODE_NUMBERS).toList();

        assertThat(sorted).containsExactly("C1.2", "C1.4", "C1.10", "C2.1", "C10.1");
    }

    @Test
    void aTallyListsEveryStageEvenWithoutProjects() {
        List<Tally<Stage>> tally = PlanQueries.tally(Stage.class, List.<Object[]>of(
                new Object[]{Stage.CONTINUING, 3L}, new Object[]{Stage.RESERVE, 2L}));

        assertThat(tally).extracting(Tally::key).containsExactly(Stage.values());
        assertThat(tally).extracting(Tally::count).containsExactly(2L, 0L, 0L, 3L, 0L, 0L, 0L);
    }

    @Test
    void indicatorRowsGroupByDomainAsPrinted() {
        List<IndicatorGroup> groups = IndicatorGroup.of(List.of(
                row("IND-01", "总体指标"), row("IND-02", "总体指标"), row("IND-03", "幼儿照护"),
                row("IND-04", "总体指标")));

        assertThat(groups).extracting(IndicatorGroup::domainZh).containsExactly("总体指标", "幼儿照护", "总体指标");
        assertThat(groups).extracting(IndicatorGroup::size).containsExactly(2, 1, 1);
    }

    private static IndicatorRow row(String code, String domain) {
        return new IndicatorRow(code, domain, null, "名称", "name", "%", 2020, "1", 2025, "2",
                IndicatorNature.EXPECTED, false, Comparison.EQUAL, null);
    }
}
