package org.citygov.plantracker.domain.service.slippage;

import org.citygov.plantracker.domain.model.plan.Comparison;
import org.citygov.plantracker.domain.service.slippage.IndicatorFacts.Observation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citygov.plantracker.domain.service.slippage.Facts.T;
import static org.citygov.plantracker.domain.service.slippage.Facts.d;
import static org.citygov.plantracker.domain.service.slippage.Facts.n;

class IndicatorEvaluatorTest {

    private static IndicatorFacts places(boolean binding, String observed2023) {
        // 每千人口拥有3岁以下婴幼儿托位数: 1.46 (2020) → 6 (2025)
        return new IndicatorFacts(1, "P", binding ? "IND-B" : "IND-04", "托位数", "Places", "个", binding, false,
                Comparison.AT_LEAST, 2020, n("1.46"), "1.46", 2025, n("6"), "6",
                observed2023 == null ? List.of() : List.of(new Observation(2022, n("3")), new Observation(2023, n(observed2023))));
    }

    @Test
    void onTheLineWithinTolerance() {
        // line 2023 = 1.46 + (6 − 1.46) × 3/5 = 1.46 + 2.724 = 4.184; tolerance 5 % × 4.54 = 0.227
        // observed 4.0: deviation −0.184, within ±0.227 → 符合
        IndicatorEvaluation e = IndicatorEvaluator.evaluate(places(false, "4.0"), d("2024-03-01"), T);
        assertThat(e.latestYear()).isEqualTo(2023);
        assertThat(e.expected()).isEqualByComparingTo("4.184");
        assertThat(e.deviation()).isEqualByComparingTo("-0.184");
        assertThat(e.status()).isEqualTo(IndicatorStatus.ON_LINE);
        assertThat(e.line()).hasSize(6);
    }

    @Test
    void behindAndAhead() {
        // 3.9: −0.284 < −0.227 → 滞后; 4.5: +0.316 > 0.227 → 提前
        assertThat(IndicatorEvaluator.evaluate(places(false, "3.9"), d("2024-03-01"), T).status())
                .isEqualTo(IndicatorStatus.BEHIND);
        assertThat(IndicatorEvaluator.evaluate(places(false, "4.5"), d("2024-03-01"), T).status())
                .isEqualTo(IndicatorStatus.AHEAD);
    }

    @Test
    void observationsAfterAsOfAreIgnored() {
        // seen from 2022: the 2022 value 3 against 1.46 + 4.54 × 2/5 = 3.276: −0.276 → 滞后
        IndicatorEvaluation e = IndicatorEvaluator.evaluate(places(false, "4.5"), d("2022-12-31"), T);
        assertThat(e.latestYear()).isEqualTo(2022);
        assertThat(e.expected()).isEqualByComparingTo("3.276");
        assertThat(e.status()).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void lowerIsBetterForAtMostTargets() {
        // 20 (2020) → ≤ 15 (2025): line 2023 = 20 − 5 × 3/5 = 17; observed 16.5 is 0.5 better (> 0.25) → 提前
        IndicatorFacts i = new IndicatorFacts(2, "P", "IND-X", "死亡率", "Mortality", "1/10万", false, false,
                Comparison.AT_MOST, 2020, n(20), "20", 2025, n(15), "≤15", List.of(new Observation(2023, n("16.5"))));
        IndicatorEvaluation e = IndicatorEvaluator.evaluate(i, d("2024-06-01"), T);
        assertThat(e.expected()).isEqualByComparingTo("17");
        assertThat(e.status()).isEqualTo(IndicatorStatus.AHEAD);
    }

    @Test
    void cumulativeIndicatorsRunFromZero() {
        // 〔60〕 five-year total: line 2022 = 60 × 2/5 = 24; cumulative 20 → −4 worse than −3 (5 % of 60) → 滞后
        IndicatorFacts i = new IndicatorFacts(3, "P", "IND-C", "新增就业", "New jobs", "万人", false, true,
                Comparison.AT_LEAST, 2020, n("14.5"), "14.5", 2025, n(60), "60", List.of(new Observation(2022, n(20))));
        IndicatorEvaluation e = IndicatorEvaluator.evaluate(i, d("2023-03-01"), T);
        assertThat(e.expected()).isEqualByComparingTo("24");
        assertThat(e.status()).isEqualTo(IndicatorStatus.BEHIND);
    }

    @Test
    void maintainTargetIsOnTheLineWhenMet() {
        IndicatorFacts i = new IndicatorFacts(4, "P", "IND-M", "覆盖率", "Coverage", "%", false, false,
                Comparison.AT_LEAST, 2020, n(100), "100", 2025, n(100), "100", List.of(new Observation(2023, n(100))));
        assertThat(IndicatorEvaluator.evaluate(i, d("2024-06-01"), T).status()).isEqualTo(IndicatorStatus.ON_LINE);
    }

    @Test
    void wordsAndMissingObservations() {
        IndicatorFacts words = new IndicatorFacts(5, "P", "IND-W", "低保", "Subsistence", null, true, false,
                Comparison.QUALITATIVE, 2020, null, "应保尽保", 2025, null, "应保尽保", List.of());
        assertThat(IndicatorEvaluator.evaluate(words, d("2024-06-01"), T).status()).isEqualTo(IndicatorStatus.NOT_NUMERIC);
        assertThat(IndicatorEvaluator.evaluate(places(false, null), d("2024-06-01"), T).status())
                .isEqualTo(IndicatorStatus.NO_OBSERVATION);
    }

    @Test
    void bindingIndicatorsComeFirst() {
        List<IndicatorEvaluation> all = IndicatorEvaluator.evaluateAll(
                List.of(places(false, "4"), places(true, "4")), d("2024-06-01"), T);
        assertThat(all).extracting(IndicatorEvaluation::code).containsExactly("IND-B", "IND-04");
    }
}
