package org.citygov.plantracker.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed sign-ins of one username from one client address. Counted per address so that a
 * stranger's failures slow the stranger, not the real user at her own desk. The first
 * {@value #FREE_FAILURES} failures cost nothing; each further one locks sign-in from that address
 * for twice as long as the one before (30 s, 1 min, 2 min … at most 15 min). A success clears it.
 */
@Entity
@Table(name = "sign_in_throttle")
@IdClass(SignInThrottle.Key.class)
public class SignInThrottle {

    public static final int FREE_FAILURES = 4;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Id
    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String username, String clientAddress, LocalDateTime now) {
        this.username = username;
        this.clientAddress = clientAddress;
        this.lastFailureAt = now;
    }

    /** How long the n-th consecutive failure locks sign-in (zero for the first {@value #FREE_FAILURES}). */
    public static Duration lockAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** Counts a failure; returns the end of the lock it starts, if it starts one. */
    public Optional<LocalDateTime> failed(LocalDateTime now) {
        failures++;
        lastFailureAt = now;
        Duration lock = lockAfter(failures);
        lockedUntil = lock.isZero() ? null : now.plus(lock);
        return Optional.ofNullable(lockedUntil);
    }

    /** Until when sign-in is locked, if it is locked now. */
    public Optional<LocalDateTime> lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    public String getUsername() { return username; }
    public String getClientAddress() { return clientAddress; }
    public int getFailures() { return failures; }
    public LocalDateTime getLastFailureAt() { return lastFailureAt; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }

    /** The composite key: username and client address. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String clientAddress;

        public Key() {
        }

        public Key(String username, String clientAddress) {
            this.username = username;
            this.clientAddress = clientAddress;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(clientAddress, k.clientAddress);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, clientAddress);
        }
    }
}
