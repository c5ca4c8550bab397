package org.citygov.plantracker.application.evaluation;

import org.citygov.plantracker.domain.service.slippage.LivePortfolio;
import org.citygov.plantracker.domain.service.slippage.PortfolioEvaluation;
import org.citygov.plantracker.domain.service.slippage.PortfolioFacts;
import org.citygov.plantracker.domain.service.slippage.SlippageThresholds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole-portfolio evaluation of one server, kept current from the database's change feed instead of
 * being computed again after every write (docs/slippage.md, "Incremental evaluation").
 * <ul>
 *   <li>The first request reads the whole portfolio once ({@link LivePortfolio}); so does any request after
 *       the plan, places or statistics changed ({@link PortfolioFactsSource#planFingerprint}), after more than
 *       {@link #CHANGE_LIMIT} changed rows, or after {@link #IDLE_RELOAD} without a request.</li>
 *   <li>Otherwise a request reads the change feed (rows written by triggers in the writers' own
 *       transactions, so it holds every committed change on any node of a cluster), re-reads the facts of
 *       the projects it names and re-evaluates just those and the targets their outputs count toward.</li>
 *   <li>Never stale: a request is answered from a refresh that started after it arrived, so it includes
 *       every change committed before it. Requests arriving while a refresh runs share the next one.</li>
 * </ul>
 * One refresh at a time per server (a fair lock); the state is the portfolio's facts and up to
 * {@link #KEEP} evaluations (asOf × thresholds).
 */
final class LiveEvaluation {

    private static final Logger LOG = Logger.getLogger(LiveEvaluation.class.getName());

    /** Beyond this many changed rows since the last request, reading everything again is cheaper. */
    static final int CHANGE_LIMIT = 5_000;
    static final int KEEP = 3;
    /** The feed keeps a day; a server idle for half of it reads everything again. */
    static final Duration IDLE_RELOAD = Duration.ofHours(12);
    static final Duration FEED_KEPT = Duration.ofDays(1);
    private static final Duration FORGET_EVERY = Duration.ofMinutes(10);

    private final PortfolioFactsSource source;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final AtomicLong tickets = new AtomicLong();

    // guarded by lock
    private long refreshStarted;
    private LivePortfolio live;
    private ChangePosition position;
    private String planFingerprint;
    private Instant lastRefresh = Instant.EPOCH;
    private Instant lastForget = Instant.EPOCH;
    private int reloads;

    LiveEvaluation(PortfolioFactsSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    PortfolioEvaluation get(LocalDate asOf, SlippageThresholds thresholds) {
        long arrived = tickets.incrementAndGet();
        lock.lock();
        try {
            if (refreshStarted < arrived) {
                refreshStarted = tickets.incrementAndGet();
                try {
                    refresh();
                } catch (RuntimeException | Error e) {
                    live = null; // start again from the whole portfolio next time
                    throw e;
                }
            }
            return live.evaluation(asOf, thresholds);
        } finally {
            lock.unlock();
        }
    }

    /** How many times the whole portfolio was read (for tests). */
    int reloads() {
        lock.lock();
        try {
            return reloads;
        } finally {
            lock.unlock();
        }
    }

    private void refresh() {
        Instant now = clock.instant();
        String plan = source.planFingerprint();
        if (live == null || !plan.equals(planFingerprint) || lastRefresh.plus(IDLE_RELOAD).isBefore(now)) {
            reload(plan, now);
        } else {
            PortfolioChanges changes = source.changesSince(position, CHANGE_LIMIT, now);
            if (changes.tooMany()) {
                reload(plan, now);
            } else {
                if (!changes.projectIds().isEmpty()) {
                    live.update(changes.projectIds(), source.readProjects(changes.projectIds()));
                }
                position = changes.next();
            }
        }
        lastRefresh = now;
        if (lastForget.plus(FORGET_EVERY).isBefore(now)) {
            lastForget = now;
            source.forgetChangesBefore(now.minus(FEED_KEPT));
        }
    }

    /** Everything read again: the feed's position first, so whatever the read misses comes after it. */
    private void reload(String plan, Instant now) {
        long t0 = System.nanoTime();
        live = null;
        ChangePosition at = source.changePosition(now);
        PortfolioFacts facts = source.readAll();
        live = new LivePortfolio(facts, KEEP);
        position = at;
        planFingerprint = plan;
        reloads++;
        LOG.log(Level.INFO, "Evaluation: read the whole portfolio ({0} projects) in {1} ms",
                new Object[]{facts.projects().size(), (System.nanoTime() - t0) / 1_000_000});
    }
}
