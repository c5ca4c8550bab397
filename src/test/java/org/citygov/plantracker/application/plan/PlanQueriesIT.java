package org.citygov.plantracker.application.plan;

import jakarta.inject.Inject;
import org.citygov.plantracker.application.UnknownEntityException;
import org.citygov.plantracker.domain.model.plan.IndicatorNature;
import org.citygov.plantracker.domain.model.project.LeadUnit;
import org.citygov.plantracker.domain.model.project.Stage;
import org.citygov.plantracker.domain.model.user.Role;
import org.citygov.plantracker.test.Deployments;
import org.citygov.plantracker.test.Fixtures;
import org.citygov.plantracker.test.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan as the pages read it, from the plan loaded at start-up (郑政〔2022〕33号). */
@ExtendWith(ArquillianExtension.class)
class PlanQueriesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    PlanQueries plan;

    @Inject
    Fixtures fixtures;

    @Test
    void theOverviewCountsWhatThePlanHolds() {
        PlanOverview o = plan.overview().orElseThrow();

        assertThat(o.docNo()).isEqualTo("郑政〔2022〕33号");
        assertThat(o.startYear()).isEqualTo(2022);
        assertThat(o.endYear()).isEqualTo(2025);
        assertThat(o.chapterCount()).isEqualTo(13);
        assertThat(o.columnBoxCount()).isEqualTo(9);
        assertThat(o.programs()).isEqualTo(37);
        assertThat(o.columnTargets()).isEqualTo(135);
        assertThat(o.chapterTextTargets()).isEqualTo(86);
        assertThat(o.indicators()).isEqualTo(35);
        assertThat(o.bindingIndicators() + o.expectedIndicators()).isEqualTo(35);
        assertThat(o.bindingIndicators()).isPositive();
        assertThat(o.districts()).isEqualTo(16);
        assertThat(o.projectsByStage()).extracting(Tally::key).containsExactly(Stage.values());
        // 专栏1 is printed in chapter 3 (婴幼儿照护), 专栏8 in chapter 10 (退役军人)
        assertThat(o.chapters().get(2).columnBoxes()).extracting(PlanOverview.ColumnBoxRef::number).containsExactly(1);
        assertThat(o.chapters().get(9).columnBoxes()).singleElement()
                .satisfies(b -> assertThat(b.ambiguousTitle()).isTrue());
    }

    @Test
    void theIndicatorTableKeepsThePlansOrderAndBrackets() {
        List<IndicatorRow> rows = plan.indicators();

        assertThat(rows).hasSize(35);
        assertThat(rows.get(0).code()).isEqualTo("IND-01");
        assertThat(rows).extracting(IndicatorRow::code).isSorted();
        assertThat(rows).filteredOn(IndicatorRow::cumulative).isNotEmpty()
                .allSatisfy(r -> assertThat(r.target()).startsWith("〔").endsWith("〕"));
        assertThat(rows).filteredOn(r -> r.nature() == IndicatorNature.BINDING).allMatch(IndicatorRow::binding);
        assertThat(rows.get(0).baselineYear()).isEqualTo(2020);
        assertThat(rows.get(0).targetYear()).isEqualTo(2025);
    }

    @Test
    void theColumnBoxesHoldTheirProgramsAndKeepTheMisprintVisible() {
        List<ColumnBoxView> boxes = plan.columnBoxes();

        assertThat(boxes).extracting(ColumnBoxView::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(boxes).flatExtracting(ColumnBoxView::programs).hasSize(37);
        assertThat(boxes.stream().mapToLong(ColumnBoxView::targets).sum()).isEqualTo(135);
        assertThat(boxes.get(0).programs()).extracting(ProgramRow::code).containsExactly("C1.1", "C1.2", "C1.3", "C1.4");
        assertThat(boxes.get(0).programs()).filteredOn(ProgramRow::staged).extracting(ProgramRow::code).containsExactly("C1.4");
        ColumnBoxView box8 = boxes.get(7);
        assertThat(box8.titleZh()).isEqualTo("专栏8:住房保障体系工程");
        assertThat(box8.ambiguousTitle()).isTrue();
        assertThat(box8.ambiguityNote()).contains("专栏7");
        assertThat(boxes.get(6).ambiguousTitle()).isFalse();
    }

    @Test
    void aProgramShowsItsTargetsAndTheThreeLeapsInFiveYears() {
        ProgramDetail c14 = plan.program("C1.4");

        assertThat(c14.columnBoxNumber()).isEqualTo(1);
        assertThat(c14.targets()).extracting(TargetRow::code).startsWith("C1.4-T1", "C1.4-T2", "C1.4-T3");
        assertThat(c14.schedule()).isNotNull();
        assertThat(c14.schedule().stages()).extracting(ProgramDetail.StageRow::deadline)
                .containsExactly(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31), LocalDate.of(2025, 12, 31));
        assertThat(c14.schedule().stages().get(0).targetCodes()).containsExactly("C1.4-T1", "C1.4-T2", "C1.4-T3");
        assertThat(c14.targets()).filteredOn(t -> t.code().equals("C1.4-T1")).singleElement()
                .satisfies(t -> {
                    assertThat(t.stageNumber()).isEqualTo(1);
                    assertThat(t.deadline()).isEqualTo(LocalDate.of(2022, 12, 31));
                    assertThat(t.descriptionZh()).isNotBlank();
                });
        assertThat(plan.program("C9.6").staged()).isFalse();
    }

    @Test
    void anUnknownProgramIsNotFound() {
        assertThatThrownBy(() -> plan.program("C99.9")).isInstanceOf(UnknownEntityException.class);
    }

    @Test
    void theFiltersOfferTheSixteenDistrictsAndThe37Programs() {
        assertThat(plan.districts()).hasSize(16).extracting(Option::code).startsWith("J01");
        assertThat(plan.programOptions()).hasSize(37).extracting(Option::code).startsWith("C1.1").endsWith("C9.6");
    }

    @Test
    void anOfficeCountsOnlyItsOwnUnitsProjects() {
        String u = Fixtures.unique();
        LeadUnit mine = fixtures.leadUnit("MINE-" + u);
        LeadUnit theirs = fixtures.leadUnit("THEIRS-" + u);
        String me = fixtures.user("office-" + u, Role.PROJECT_OFFICE, mine.getCode());
        fixtures.project("P-MINE-" + u, mine.getCode(), "C1.4", "J04", null);
        fixtures.project("P-THEIRS-" + u, theirs.getCode(), "C1.4", "J04", null);

        long mineNewStarts = RunAs.user(me, Fixtures.PASSWORD, () -> plan.overview().orElseThrow().projectsByStage()
                .stream().filter(t -> t.key() == Stage.NEW_START).mapToLong(Tally::count).sum());
        long allNewStarts = plan.overview().orElseThrow().projectsByStage().stream()
                .filter(t -> t.key() == Stage.NEW_START).mapToLong(Tally::count).sum();

        assertThat(mineNewStarts).isEqualTo(1);
        assertThat(allNewStarts).isGreaterThanOrEqualTo(2);
    }
}
