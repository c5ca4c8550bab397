package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluator;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationCacheTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    static final PortfolioFacts EMPTY = new PortfolioFacts(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), false);

    final AtomicInteger runs = new AtomicInteger();
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicReference<String> data = new AtomicReference<>("f1");
    final List<String> computedFrom = java.util.Collections.synchronizedList(new ArrayList<>());

    PortfolioEvaluation evaluate(String fingerprint) {
        mostAtOnce.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        try {
            runs.incrementAndGet();
            computedFrom.add(fingerprint);
            return PortfolioEvaluator.evaluate(EMPTY, DAY, SlippageThresholds.DEFAULTS);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    PortfolioEvaluation get(EvaluationCache cache, LocalDate day) {
        return cache.get(new EvaluationCache.Key(day, SlippageThresholds.DEFAULTS), data::get, this::evaluate);
    }

    @Test
    void theSameDataDayAndThresholdsAreEvaluatedOnce() {
        EvaluationCache cache = new EvaluationCache(4);
        PortfolioEvaluation first = get(cache, DAY);
        assertThat(get(cache, DAY)).isSameAs(first);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aChangeOfTheDataAnotherDayOrOtherThresholdsAreEvaluatedAgain() {
        EvaluationCache cache = new EvaluationCache(4);
        PortfolioEvaluation first = get(cache, DAY);
        data.set("f2"); // someone committed a change
        assertThat(get(cache, DAY)).isNotSameAs(first);
        get(cache, DAY.plusDays(1));
        SlippageThresholds d = SlippageThresholds.DEFAULTS;
        cache.get(new EvaluationCache.Key(DAY, new SlippageThresholds(10, 60, d.spiAhead(), d.spiBehind(), d.spiRed(),
                d.investmentLagPoints(), d.reportDueDay(), d.indicatorTolerancePct())), data::get, this::evaluate);
        assertThat(runs).hasValue(4);
        assertThat(computedFrom).containsExactly("f1", "f2", "f2", "f2");
    }

    @Test
    void onlyTheLastFewAreKept() {
        EvaluationCache cache = new EvaluationCache(2);
        get(cache, DAY);
        get(cache, DAY.plusDays(1));
        get(cache, DAY.plusDays(2)); // pushes out DAY
        get(cache, DAY);
        assertThat(runs).hasValue(4);
    }

    @Test
    void requestsArrivingDuringAnEvaluationShareTheNextOneWhichSeesTheirData() throws Exception {
        EvaluationCache cache = new EvaluationCache(4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<PortfolioEvaluation> first = pool.submit(() -> cache.get(new EvaluationCache.Key(DAY,
                    SlippageThresholds.DEFAULTS), data::get, fp -> {
                started.countDown();
                await(release);
                return evaluate(fp);
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            data.set("f2"); // a change committed while the first evaluation runs
            List<Future<PortfolioEvaluation>> later = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                later.add(pool.submit(() -> get(cache, DAY)));
            }
            Thread.sleep(300); // the seven are now queued behind the running evaluation
            release.countDown();
            PortfolioEvaluation before = first.get(10, TimeUnit.SECONDS);
            PortfolioEvaluation after = later.get(0).get(10, TimeUnit.SECONDS);
            for (Future<PortfolioEvaluation> f : later) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(after);
            }
            assertThat(after).isNotSameAs(before);
            // two evaluations for eight requests, the second from the data the seven arrived to
            assertThat(computedFrom).containsExactly("f1", "f2");
            assertThat(mostAtOnce).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void evaluationsOfDifferentDaysRunOneAtATime() throws Exception {
        EvaluationCache cache = new EvaluationCache(8);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<PortfolioEvaluation>> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                LocalDate day = DAY.plusDays(i);
                all.add(pool.submit(() -> cache.get(new EvaluationCache.Key(day, SlippageThresholds.DEFAULTS),
                        data::get, fp -> {
                            PortfolioEvaluation e = evaluate(fp);
                            sleep(50);
                            return e;
                        })));
            }
            for (Future<PortfolioEvaluation> f : all) {
                f.get(10, TimeUnit.SECONDS);
            }
            assertThat(runs).hasValue(6);
            assertThat(mostAtOnce).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedEvaluationIsNotKeptAndReachesItsCaller() {
        EvaluationCache cache = new EvaluationCache(4);
        assertThatThrownBy(() -> cache.get(new EvaluationCache.Key(DAY, SlippageThresholds.DEFAULTS), data::get, fp -> {
            throw new IllegalStateException("database down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        get(cache, DAY);
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
