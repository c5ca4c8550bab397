package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The last few whole-portfolio evaluations, keyed by the data they were computed from (the
 * portfolio's fingerprint), the asOf day and the thresholds — so ten city users opening the cockpit
 * on the same day share one evaluation instead of running ten, and nothing is ever stale: a committed
 * change changes the fingerprint. Concurrent requests for the same key wait for the one computing it
 * (single flight). Values are soft references: under memory pressure they go, and are computed again.
 */
final class EvaluationCache {

    record Key(String fingerprint, LocalDate asOf, SlippageThresholds thresholds) {
    }

    private final int size;
    private final Map<Key, SoftReference<PortfolioEvaluation>> recent;
    private final ConcurrentHashMap<Key, CompletableFuture<PortfolioEvaluation>> inFlight = new ConcurrentHashMap<>();

    EvaluationCache(int size) {
        this.size = size;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<PortfolioEvaluation>> eldest) {
                return size() > EvaluationCache.this.size;
            }
        });
    }

    PortfolioEvaluation get(Key key, Supplier<PortfolioEvaluation> compute) {
        SoftReference<PortfolioEvaluation> ref = recent.get(key);
        PortfolioEvaluation hit = ref == null ? null : ref.get();
        if (hit != null) {
            return hit;
        }
        CompletableFuture<PortfolioEvaluation> mine = new CompletableFuture<>();
        CompletableFuture<PortfolioEvaluation> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        try {
            PortfolioEvaluation result = compute.get();
            recent.put(key, new SoftReference<>(result));
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }
}
