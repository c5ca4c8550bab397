package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a page or an answer derives from one evaluation, kept as long as that evaluation is the current one.
 * <p>
 * An evaluation ({@link PortfolioEvaluation}) is never changed once handed out: {@link EvaluationService} hands
 * out a new one as soon as a committed write changed anything, and the same object while nothing did. So a
 * value derived from an evaluation (a cockpit grid, the JSON of an answer) can be kept beside it and reused
 * by every request that is handed the same evaluation — and is never stale, since a request that must see a
 * newer write is handed a newer evaluation. Entries name their evaluation weakly (identity, not equality) and
 * at most {@code size} are kept, most recent first.
 *
 * @param <K> what else the value depends on (plan, language, filters)
 * @param <V> the derived value; must not hold the evaluation itself
 */
public final class PerEvaluation<K, V> {

    private record Entry<K, V>(WeakReference<PortfolioEvaluation> evaluation, K key, V value) {
    }

    private final int size;
    private final Deque<Entry<K, V>> entries = new ArrayDeque<>();

    public PerEvaluation(int size) {
        this.size = size;
    }

    /**
     * The value kept for {@code evaluation} and {@code key}, or {@code compute}'s, kept from now on. Two
     * requests asking at once for the same missing value compute it once (the second waits for the first).
     */
    public V get(PortfolioEvaluation evaluation, K key, Supplier<V> compute) {
        synchronized (this) {
            V kept = find(evaluation, key);
            if (kept != null) {
                return kept;
            }
        }
        synchronized (lockFor(evaluation, key)) {
            synchronized (this) {
                V kept = find(evaluation, key);
                if (kept != null) {
                    return kept;
                }
            }
            V value = Objects.requireNonNull(compute.get());
            synchronized (this) {
                entries.addFirst(new Entry<>(new WeakReference<>(evaluation), key, value));
                while (entries.size() > size) {
                    entries.removeLast();
                }
            }
            return value;
        }
    }

    /** The value kept for the evaluation and key, if any (no computing). */
    public synchronized V peek(PortfolioEvaluation evaluation, K key) {
        return find(evaluation, key);
    }

    /** Forgets everything (tests, a changed configuration). */
    public synchronized void clear() {
        entries.clear();
    }

    private V find(PortfolioEvaluation evaluation, K key) {
        for (Iterator<Entry<K, V>> it = entries.iterator(); it.hasNext(); ) {
            Entry<K, V> e = it.next();
            PortfolioEvaluation kept = e.evaluation().get();
            if (kept == null) {
                it.remove();
            } else if (kept == evaluation && Objects.equals(e.key(), key)) {
                return e.value();
            }
        }
        return null;
    }

    // One computation at a time per (evaluation, key); a few stripes are enough for a handful of readers.
    private final Object[] stripes = {new Object(), new Object(), new Object(), new Object(), new Object(),
            new Object(), new Object(), new Object()};

    private Object lockFor(PortfolioEvaluation evaluation, K key) {
        int h = 31 * System.identityHashCode(evaluation) + Objects.hashCode(key);
        return stripes[Math.floorMod(h, stripes.length)];
    }
}
