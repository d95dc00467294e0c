package org.caseflow.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseflow.web.TestClock;
import org.junit.jupiter.api.Test;

class LoginLimiterTest {
  private final TestClock clock = new TestClock(Instant.parse("2025-03-03T09:00:00Z"));
  private final LoginLimiter limiter = new LoginLimiter(clock);

  @Test
  void aBurstOfThirtyAttemptsSentAtOnceGetsOnlyFiveChecked() throws Exception {
    // Thirty sign-ins arrive together; none has finished its (slow) password check yet.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> answers = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return limiter.reserve("10.0.0.1", "analyst");
              }));
    }
    go.countDown();
    int checked = 0;
    for (Future<Boolean> a : answers) {
      checked += a.get() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(checked).isEqualTo(5);
  }

  @Test
  void theRightPasswordLastInABurstOfWrongOnesIsNeverChecked() {
    List<Boolean> reserved = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      reserved.add(limiter.reserve("10.0.0.1", "analyst"));
    }
    // The five checked were wrong; the thirtieth (the right one) was refused before its check.
    for (int k = 0; k < 5; k++) {
      limiter.failed("10.0.0.1", "analyst");
    }
    assertThat(reserved.subList(0, 5)).containsOnly(true);
    assertThat(reserved.subList(5, 30)).containsOnly(false);
    assertThat(limiter.reserve("10.0.0.1", "analyst")).isFalse();
  }

  @Test
  void fiveFailuresForOneAccountBehindAProxyDoNotStopAnotherAccountAtTheSameAddress() {
    for (int k = 0; k < 5; k++) {
      assertThat(limiter.reserve("192.168.1.1", "mallory")).isTrue();
      limiter.failed("192.168.1.1", "mallory");
    }
    assertThat(limiter.reserve("192.168.1.1", "mallory")).isFalse();
    assertThat(limiter.reserve("192.168.1.1", "analyst")).isTrue();
  }

  @Test
  void eachFailurePastTheFifthDoublesTheWaitUpToThirtyMinutes() {
    for (int k = 0; k < 5; k++) {
      limiter.reserve("a", "analyst");
      limiter.failed("a", "analyst");
    }
    assertThat(limiter.waitFor("analyst")).isEqualTo(Duration.ofMinutes(1));
    List<Duration> waits = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      clock.advance(limiter.waitFor("analyst"));
      assertThat(limiter.reserve("a", "analyst")).isTrue();
      // Only one attempt at a time once the account is being delayed.
      assertThat(limiter.reserve("a", "analyst")).isFalse();
      limiter.failed("a", "analyst");
      waits.add(limiter.waitFor("analyst"));
    }
    assertThat(waits)
        .containsExactly(
            Duration.ofMinutes(2),
            Duration.ofMinutes(4),
            Duration.ofMinutes(8),
            Duration.ofMinutes(16),
            Duration.ofMinutes(30),
            Duration.ofMinutes(30));
  }

  @Test
  void aSuccessReleasesItsReservationAndForgetsTheFailures() {
    for (int k = 0; k < 4; k++) {
      limiter.reserve("a", "analyst");
      limiter.failed("a", "analyst");
    }
    assertThat(limiter.reserve("a", "analyst")).isTrue();
    limiter.succeeded("analyst");
    for (int k = 0; k < 5; k++) {
      assertThat(limiter.reserve("a", "analyst")).isTrue();
    }
  }

  @Test
  void aReservationWhoseCheckNeverReportedLapsesAfterAMinute() {
    for (int k = 0; k < 5; k++) {
      assertThat(limiter.reserve("a", "analyst")).isTrue();
    }
    assertThat(limiter.reserve("a", "analyst")).isFalse();
    clock.advance(LoginLimiter.PENDING_TIMEOUT);
    assertThat(limiter.reserve("a", "analyst")).isTrue();
  }

  @Test
  void failuresAreForgottenAnHourAfterTheLastOne() {
    for (int k = 0; k < 5; k++) {
      limiter.reserve("a", "analyst");
      limiter.failed("a", "analyst");
    }
    clock.advance(Duration.ofMinutes(59));
    assertThat(limiter.waitFor("analyst")).isEqualTo(Duration.ZERO);
    assertThat(limiter.reserve("a", "analyst")).isTrue();
    limiter.failed("a", "analyst");
    clock.advance(LoginLimiter.FORGET_AFTER);
    for (int k = 0; k < 5; k++) {
      assertThat(limiter.reserve("a", "analyst")).isTrue();
    }
  }
}
