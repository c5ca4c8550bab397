package org.citygov.plantracker.application;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How many costly things one user may start within a window (per server): a sliding window of the
 * times each was started. Used where one request can cost the whole server a lot — a
 * whole-portfolio evaluation of a date nobody asked for yet.
 */
@ApplicationScoped
public class RequestBudget {

    private record Start(long millis, Object value) {
    }

    private final Map<String, Deque<Start>> started = new HashMap<>();

    /**
     * Takes one from {@code user}'s budget for {@code what}: at most {@code max} different values
     * within {@code window}; asking again for a value already taken in the window is free.
     *
     * @return false (and nothing taken) when the budget is spent
     */
    public synchronized boolean take(String user, String what, Object value, int max, Duration window, long nowMillis) {
        Deque<Start> times = started.computeIfAbsent(what + "\u0000" + user, k -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst().millis() <= nowMillis - window.toMillis()) {
            times.pollFirst();
        }
        if (times.stream().anyMatch(s -> s.value().equals(value))) {
            return true;
        }
        if (times.size() >= max) {
            return false;
        }
        times.addLast(new Start(nowMillis, value));
        if (started.size() > 10_000) {
            started.values().removeIf(Deque::isEmpty);
        }
        return true;
    }
}
