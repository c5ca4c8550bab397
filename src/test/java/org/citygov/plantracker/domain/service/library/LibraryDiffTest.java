package org.citygov.plantracker.domain.service.library;

import org.citygov.plantracker.domain.model.library.LibraryProjectFacts;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.FundingFact;
import org.citygov.plantracker.domain.model.library.LibraryProjectFacts.OutputFact;
import org.citygov.plantracker.domain.model.project.Category;
import org.citygov.plantracker.domain.model.project.Stage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LibraryDiffTest {

    static LibraryProjectFacts project(String code, String program, String district, String investment, Stage stage,
                                List<OutputFact> outputs, List<FundingFact> funding) {
        return new LibraryProjectFacts(code, "项目" + code, null, "ZZ-PS-14", program, "工程" + program, null,
                district, "区" + district, null, district, "区" + district, null, "U1", "单位", null,
                Category.CHILDCARE, stage, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31),
                new BigDecimal(investment), null, false, outputs, funding);
    }

    static OutputFact places(String target, String where, String quantity) {
        return new OutputFact("ZZ-PS-14", target, where, new BigDecimal(quantity), "托位");
    }

    /**
     * Before: P1 (C1.4, J04, 1,000,000), P2 (C1.4, J04, 500,000), P3 (C2.1, J01, 2,000,000).
     * After: P1 at 1,200,000 and 新开工 with 150 places instead of 100; P2 withdrawn; P3 unchanged;
     * P4 added in C2.1/J01 at 800,000.
     */
    @Test
    void aKnownDiffIsAddedWithdrawnAndChangedFieldByFieldWithTotalsPerGroup() {
        LibraryProjectFacts p1 = project("P1", "C1.4", "J04", "1000000", Stage.RESERVE, List.of(places("C1.4-T9", "J04", "100")),
                List.of(new FundingFact("MUNICIPAL_BUDGET", 2025, new BigDecimal("400000"), null)));
        LibraryProjectFacts p2 = project("P2", "C1.4", "J04", "500000", Stage.RESERVE, List.of(places("C1.4-T9", "J04", "40")), null);
        LibraryProjectFacts p3 = project("P3", "C2.1", "J01", "2000000", Stage.CONTINUING, null, null);
        LibraryProjectFacts p1After = project("P1", "C1.4", "J04", "1200000", Stage.NEW_START,
                List.of(places("C1.4-T9", "J04", "150")),
                List.of(new FundingFact("MUNICIPAL_BUDGET", 2025, new BigDecimal("400000"), new BigDecimal("300000"))));
        LibraryProjectFacts p4 = project("P4", "C2.1", "J01", "800000", Stage.RESERVE, null, null);

        LibraryDiff diff = LibraryDiff.between(List.of(p1, p2, p3), List.of(p1After, p3, p4));

        assertThat(diff.entries()).extracting(DiffEntry::code, DiffEntry::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P1", ChangeKind.CHANGED),
                org.assertj.core.groups.Tuple.tuple("P2", ChangeKind.WITHDRAWN),
                org.assertj.core.groups.Tuple.tuple("P4", ChangeKind.ADDED));
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.changed().get(0).changes()).containsExactly(
                new FieldChange(DiffField.STAGE, Stage.RESERVE, Stage.NEW_START),
                new FieldChange(DiffField.TOTAL_INVESTMENT, new BigDecimal("1000000"), new BigDecimal("1200000")),
                new FieldChange(DiffField.OUTPUT, "C1.4-T9@J04", new BigDecimal("100"), new BigDecimal("150"), "托位"),
                new FieldChange(DiffField.FUNDING_APPROVED, "MUNICIPAL_BUDGET/2025", null, new BigDecimal("300000"), null));
        assertThat(diff.investmentBefore()).isEqualByComparingTo("3500000");
        assertThat(diff.investmentAfter()).isEqualByComparingTo("4000000");
        assertThat(diff.investmentDelta()).isEqualByComparingTo("500000");

        assertThat(diff.groups()).hasSize(2);
        DiffGroup c14 = diff.groups().get(0);
        assertThat(c14.programCode()).isEqualTo("C1.4");
        assertThat(c14.districtCode()).isEqualTo("J04");
        assertThat(c14.projectsBefore()).isEqualTo(2);
        assertThat(c14.projectsAfter()).isEqualTo(1);
        assertThat(c14.changed()).isEqualTo(1);
        assertThat(c14.withdrawn()).isEqualTo(1);
        assertThat(c14.investmentBefore()).isEqualByComparingTo("1500000");
        assertThat(c14.investmentAfter()).isEqualByComparingTo("1200000");
        DiffGroup c21 = diff.groups().get(1);
        assertThat(c21.added()).isEqualTo(1);
        assertThat(c21.investmentDelta()).isEqualByComparingTo("800000");
        assertThat(diff.entriesOf(c21)).extracting(DiffEntry::code).containsExactly("P4");

        assertThat(c14.outputs()).singleElement().satisfies(o -> {
            assertThat(o.before()).isEqualByComparingTo("140");  // P1 100 + P2 40
            assertThat(o.after()).isEqualByComparingTo("150");
        });
        assertThat(c21.outputs()).isEmpty();
        assertThat(diff.outputs()).singleElement().satisfies(o -> {
            assertThat(o.targetCode()).isEqualTo("C1.4-T9");
            assertThat(o.before()).isEqualByComparingTo("140");
            assertThat(o.after()).isEqualByComparingTo("150");
            assertThat(o.delta()).isEqualByComparingTo("10");
        });
    }

    /**
     * Before: P1 (C1.4, J04) 100 托位 toward C1.4-T9 at J04; P2 (C1.4, J01) 30 托位 at J01.
     * After: P1 states the same 100 in 个; P2 plans 50 托位.
     */
    @Test
    void outputTotalsPerGroupAndUnitAndAUnitChangeIsAChange() {
        LibraryProjectFacts p1 = project("P1", "C1.4", "J04", "100", Stage.RESERVE, List.of(places("C1.4-T9", "J04", "100")), null);
        LibraryProjectFacts p2 = project("P2", "C1.4", "J01", "100", Stage.RESERVE, List.of(places("C1.4-T9", "J01", "30")), null);
        LibraryProjectFacts p1After = project("P1", "C1.4", "J04", "100", Stage.RESERVE,
                List.of(new OutputFact("ZZ-PS-14", "C1.4-T9", "J04", new BigDecimal("100"), "个")), null);
        LibraryProjectFacts p2After = project("P2", "C1.4", "J01", "100", Stage.RESERVE, List.of(places("C1.4-T9", "J01", "50")), null);

        LibraryDiff diff = LibraryDiff.between(List.of(p1, p2), List.of(p1After, p2After));

        assertThat(diff.changed()).extracting(DiffEntry::code).containsExactly("P2", "P1"); // J01 before J04
        assertThat(diff.changed().get(1).changes()).containsExactly(
                new FieldChange(DiffField.OUTPUT_UNIT, "C1.4-T9@J04", "托位", "个", null));
        assertThat(diff.changed().get(0).changes()).containsExactly(
                new FieldChange(DiffField.OUTPUT, "C1.4-T9@J01", new BigDecimal("30"), new BigDecimal("50"), "托位"));

        // whole library: 个 0 → 100; 托位 100 + 30 = 130 → 50
        assertThat(diff.outputs()).extracting(OutputTotal::unit, o -> o.before().intValue(), o -> o.after().intValue(),
                o -> o.delta().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("个", 0, 100, 100),
                org.assertj.core.groups.Tuple.tuple("托位", 130, 50, -80));
        // per group: C1.4 × J01 托位 30 → 50; C1.4 × J04 个 0 → 100 and 托位 100 → 0
        assertThat(diff.groups()).extracting(DiffGroup::districtCode).containsExactly("J01", "J04");
        assertThat(diff.groups().get(0).outputs()).extracting(OutputTotal::targetCode, OutputTotal::unit,
                o -> o.before().intValue(), o -> o.after().intValue(), o -> o.delta().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C1.4-T9", "托位", 30, 50, 20));
        assertThat(diff.groups().get(1).outputs()).extracting(OutputTotal::unit, o -> o.before().intValue(),
                o -> o.after().intValue(), o -> o.delta().intValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("个", 0, 100, 100),
                org.assertj.core.groups.Tuple.tuple("托位", 100, 0, -100));
        assertThat(diff.groups().get(1).changedOutputs()).hasSize(2);
    }

    @Test
    void aBlankUnitIsNoUnitAndNotAChange() {
        LibraryProjectFacts a = project("P1", "C1.4", "J04", "1", Stage.RESERVE,
                List.of(new OutputFact("ZZ-PS-14", "C1.4-T9", "J04", BigDecimal.ONE, " ")), null);
        LibraryProjectFacts b = project("P1", "C1.4", "J04", "1", Stage.RESERVE,
                List.of(new OutputFact("ZZ-PS-14", "C1.4-T9", "J04", BigDecimal.ONE, null)), null);
        assertThat(LibraryDiff.changes(a, b)).isEmpty();
    }

    @Test
    void anAddedProjectListsEveryFieldItHasAndAWithdrawnOneEveryFieldItHad() {
        LibraryProjectFacts p = project("P9", "C1.4", "J04", "100", Stage.RESERVE, List.of(places("C1.4-T9", "J04", "5")), null);
        List<FieldChange> added = LibraryDiff.changes(null, p);
        assertThat(added).extracting(FieldChange::field).contains(DiffField.NAME_ZH, DiffField.PROGRAM,
                DiffField.JURISDICTION, DiffField.STAGE, DiffField.TOTAL_INVESTMENT, DiffField.OUTPUT);
        assertThat(added).allMatch(c -> c.before() == null);
        assertThat(LibraryDiff.changes(p, null)).allMatch(c -> c.after() == null);
    }

    @Test
    void numbersCompareByValueAndBlankTextIsNone() {
        LibraryProjectFacts a = project("P1", "C1.4", "J04", "100.00", Stage.RESERVE, null, null);
        LibraryProjectFacts b = project("P1", "C1.4", "J04", "100", Stage.RESERVE, null, null);
        assertThat(LibraryDiff.changes(a, b)).isEmpty();
        assertThat(LibraryDiff.same("", null)).isTrue();
    }

    @Test
    void aProjectMovedToAnotherProgramCountsInItsOldGroupBeforeAndItsNewGroupAfter() {
        LibraryProjectFacts before = project("P1", "C1.4", "J04", "100", Stage.RESERVE, null, null);
        LibraryProjectFacts after = project("P1", "C1.5", "J04", "100", Stage.RESERVE, null, null);
        LibraryDiff diff = LibraryDiff.between(List.of(before), List.of(after));
        assertThat(diff.changed().get(0).changes()).containsExactly(
                new FieldChange(DiffField.PROGRAM, new CodedName("ZZ-PS-14 C1.4", null, null), new CodedName("ZZ-PS-14 C1.5", null, null)));
        assertThat(((CodedName) diff.changed().get(0).changes().get(0).after()).nameZh()).isEqualTo("工程C1.5");
        assertThat(diff.groups()).extracting(DiffGroup::programCode, DiffGroup::projectsBefore, DiffGroup::projectsAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1.4", 1, 0),
                        org.assertj.core.groups.Tuple.tuple("C1.5", 0, 1));
    }

    @Test
    void codesSortWithTheirNumbers() {
        assertThat(LibraryDiff.compareCodes("C1.4-T2", "C1.4-T10")).isNegative();
        assertThat(LibraryDiff.compareCodes("C10.1-T1", "C9.1-T1")).isPositive();
    }

    @Test
    void aStateMayNotHoldAProjectTwice() {
        LibraryProjectFacts p = project("P1", "C1.4", "J04", "1", Stage.RESERVE, null, null);
        assertThatThrownBy(() -> LibraryDiff.between(List.of(p, p), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
