package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {
  private final TestClock clock = new TestClock(Instant.parse("2025-06-02T09:00:00Z"));
  private final Sessions sessions =
      new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(12));

  @Test
  void aBusySessionEndsTwelveHoursAfterSignInHoweverOftenItIsUsed() {
    Session s = sessions.open("analyst", Role.ANALYST);
    // Used every 20 minutes (never idle 30): 35 uses take it to 11 h 40 min, still open.
    for (int k = 0; k < 35; k++) {
      clock.advance(Duration.ofMinutes(20));
      assertThat(sessions.find(s.token())).as("use %d", k + 1).isPresent();
    }
    // The 36th use is at 12 h 00 min exactly: the session has ended, and stays ended.
    clock.advance(Duration.ofMinutes(20));
    assertThat(sessions.find(s.token())).isEmpty();
    assertThat(sessions.find(s.token())).isEmpty();
  }

  @Test
  void anIdleSessionStillEndsAfterItsIdleTimeout() {
    Session s = sessions.open("analyst", Role.ANALYST);
    clock.advance(Duration.ofMinutes(30));
    assertThat(sessions.find(s.token())).isPresent();
    clock.advance(Duration.ofMinutes(30).plusSeconds(1));
    assertThat(sessions.find(s.token())).isEmpty();
  }
}
