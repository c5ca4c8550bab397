package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Whole-portfolio evaluations shared between users, never stale, bounded in memory.
 * <ul>
 *   <li>The last few results are kept per (asOf day, thresholds) with the <b>fingerprint</b> of the data
 *       they were computed from; a request whose fingerprint (read when it arrives) is the same gets
 *       the kept result. A committed change changes the fingerprint, so nothing stale is served.</li>
 *   <li><b>Batching</b>: requests that arrive while an evaluation of their key is queued join it; once it
 *       starts (and reads the fingerprint, after they arrived) newcomers form the next batch. So every
 *       answer includes every change committed before its request, and ten users on the cockpit cause
 *       at most two evaluations at a time, not ten.</li>
 *   <li><b>One evaluation at a time</b> per server (a fair semaphore): a whole-portfolio evaluation holds
 *       the facts of every project in memory; several at once could exhaust the heap on a big portfolio.</li>
 * </ul>
 * Results are held softly: under memory pressure they go, and are computed again.
 */
final class EvaluationCache {

    record Key(LocalDate asOf, SlippageThresholds thresholds) {
    }

    private record Kept(String fingerprint, SoftReference<PortfolioEvaluation> value) {
    }

    private final int size;
    private final Map<Key, Kept> recent;
    /** The queued (not yet started) evaluation of each key that newcomers can still join. Guarded by this. */
    private final Map<Key, CompletableFuture<PortfolioEvaluation>> queued = new HashMap<>();
    private final Semaphore oneAtATime = new Semaphore(1, true);

    EvaluationCache(int size) {
        this.size = size;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > EvaluationCache.this.size;
            }
        });
    }

    /**
     * The evaluation for {@code key} of the data as it is now: {@code fingerprint} reads the data's
     * fingerprint, {@code compute} evaluates the data (given the fingerprint read just before it).
     */
    PortfolioEvaluation get(Key key, Supplier<String> fingerprint, Function<String, PortfolioEvaluation> compute) {
        PortfolioEvaluation kept = kept(key, fingerprint.get());
        if (kept != null) {
            return kept;
        }
        CompletableFuture<PortfolioEvaluation> batch;
        boolean leader = false;
        synchronized (this) {
            batch = queued.get(key);
            if (batch == null) {
                batch = new CompletableFuture<>();
                queued.put(key, batch);
                leader = true;
            }
        }
        if (!leader) {
            return join(batch);
        }
        try {
            oneAtATime.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (this) {
                queued.remove(key, batch);
            }
            batch.completeExceptionally(new IllegalStateException("interrupted while waiting to evaluate", e));
            return join(batch);
        }
        try {
            synchronized (this) {
                queued.remove(key, batch); // from here on, newcomers form the next batch
            }
            String now = fingerprint.get();
            PortfolioEvaluation result = kept(key, now);
            if (result == null) {
                result = compute.apply(now);
                recent.put(key, new Kept(now, new SoftReference<>(result)));
            }
            batch.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            batch.completeExceptionally(e);
            throw e;
        } finally {
            oneAtATime.release();
        }
    }

    private PortfolioEvaluation kept(Key key, String fingerprint) {
        Kept k = recent.get(key);
        return k != null && k.fingerprint().equals(fingerprint) ? k.value().get() : null;
    }

    private static PortfolioEvaluation join(CompletableFuture<PortfolioEvaluation> batch) {
        try {
            return batch.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
