package org.citygov.plantracker.domain.model.user;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    @Test
    void theFirstFourFailuresAreFreeThenLocksDoubleUpToFifteenMinutes() {
        assertThat(SignInThrottle.lockAfter(4)).isZero();
        assertThat(SignInThrottle.lockAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.lockAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.lockAfter(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInThrottle.lockAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(SignInThrottle.lockAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.lockAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aLockEndsWhenItsTimeIsUp() {
        LocalDateTime now = LocalDateTime.of(2026, 12, 7, 9, 0);
        SignInThrottle t = new SignInThrottle("city", "10.0.0.7", now);
        for (int i = 0; i < 4; i++) {
            assertThat(t.failed(now)).isEmpty();
        }
        assertThat(t.failed(now)).contains(now.plusSeconds(30));
        assertThat(t.lockedAt(now.plusSeconds(29))).isPresent();
        assertThat(t.lockedAt(now.plusSeconds(30))).isEmpty();
    }
}
