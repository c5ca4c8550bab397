package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationCacheTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    static final PortfolioFacts EMPTY = new PortfolioFacts(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), false);

    final AtomicInteger runs = new AtomicInteger();

    PortfolioEvaluation evaluate() {
        runs.incrementAndGet();
        return PortfolioEvaluator.evaluate(EMPTY, DAY, SlippageThresholds.DEFAULTS);
    }

    static EvaluationCache.Key key(String fingerprint, LocalDate day) {
        return new EvaluationCache.Key(fingerprint, day, SlippageThresholds.DEFAULTS);
    }

    @Test
    void theSameDataDayAndThresholdsAreEvaluatedOnce() {
        EvaluationCache cache = new EvaluationCache(4);
        PortfolioEvaluation first = cache.get(key("f1", DAY), this::evaluate);
        assertThat(cache.get(key("f1", DAY), this::evaluate)).isSameAs(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void changedDataAnotherDayOrOtherThresholdsAreEvaluatedAgain() {
        EvaluationCache cache = new EvaluationCache(4);
        PortfolioEvaluation first = cache.get(key("f1", DAY), this::evaluate);
        assertThat(cache.get(key("f2", DAY), this::evaluate)).isNotSameAs(first);
        cache.get(key("f2", DAY.plusDays(1)), this::evaluate);
        cache.get(new EvaluationCache.Key("f2", DAY, new SlippageThresholds(10, 60, SlippageThresholds.DEFAULTS.spiAhead(),
                SlippageThresholds.DEFAULTS.spiBehind(), SlippageThresholds.DEFAULTS.spiRed(),
                SlippageThresholds.DEFAULTS.investmentLagPoints(), SlippageThresholds.DEFAULTS.reportDueDay(),
                SlippageThresholds.DEFAULTS.indicatorTolerancePct())), this::evaluate);
        assertThat(runs).hasValue(4);
    }

    @Test
    void onlyTheLastFewAreKept() {
        EvaluationCache cache = new EvaluationCache(2);
        cache.get(key("f", DAY), this::evaluate);
        cache.get(key("f", DAY.plusDays(1)), this::evaluate);
        cache.get(key("f", DAY.plusDays(2)), this::evaluate); // pushes out DAY
        cache.get(key("f", DAY), this::evaluate);
        assertThat(runs).hasValue(4);
    }

    @Test
    void concurrentRequestsForOneKeyShareOneRun() throws Exception {
        EvaluationCache cache = new EvaluationCache(4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<PortfolioEvaluation> leader = pool.submit(() -> cache.get(key("f", DAY), () -> {
                started.countDown();
                await(release);
                return evaluate();
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<PortfolioEvaluation>> followers = new java.util.ArrayList<>();
            for (int i = 0; i < 7; i++) {
                followers.add(pool.submit(() -> cache.get(key("f", DAY), this::evaluate)));
            }
            Thread.sleep(200); // the followers are now waiting on the leader's run
            release.countDown();
            PortfolioEvaluation result = leader.get(10, TimeUnit.SECONDS);
            for (Future<PortfolioEvaluation> f : followers) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(result);
            }
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRunIsNotKeptAndReachesItsCaller() {
        EvaluationCache cache = new EvaluationCache(4);
        assertThatThrownBy(() -> cache.get(key("f", DAY), () -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        cache.get(key("f", DAY), this::evaluate);
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
