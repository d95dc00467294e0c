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
    limiter.succeeded("a", "analyst");
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

  @Test
  void twentyFailuresFromOneAddressAcrossAccountsDelayThatAddressOnly() {
    // One password tried on twenty names from one address: one failure each, no account limited.
    for (int k = 0; k < LoginLimiter.ADDRESS_MAX_FAILURES; k++) {
      assertThat(limiter.reserve("10.0.0.9", "name" + k)).isTrue();
      limiter.failed("10.0.0.9", "name" + k);
    }
    // The twenty-first name from that address waits; the same name from another address does not.
    assertThat(limiter.reserve("10.0.0.9", "name20")).isFalse();
    assertThat(limiter.reserve("10.0.0.10", "name20")).isTrue();
    // The refused attempt did not count against name20: after its other attempt it has one failure
    // at most, far from its own limit of five.
    limiter.failed("10.0.0.10", "name20");
    for (int k = 0; k < 4; k++) {
      assertThat(limiter.reserve("10.0.0.11", "name20")).isTrue();
    }
    // A minute later the address may try once more; a further failure doubles its wait to 2 min.
    clock.advance(LoginLimiter.FIRST_DELAY);
    assertThat(limiter.reserve("10.0.0.9", "other")).isTrue();
    assertThat(limiter.reserve("10.0.0.9", "another")).isFalse();
    limiter.failed("10.0.0.9", "other");
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.reserve("10.0.0.9", "third")).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.reserve("10.0.0.9", "third")).isTrue();
  }

  @Test
  void aSuccessFromAnAddressDoesNotForgetTheAddresssFailures() {
    for (int k = 0; k < LoginLimiter.ADDRESS_MAX_FAILURES - 1; k++) {
      limiter.reserve("10.0.0.9", "name" + k);
      limiter.failed("10.0.0.9", "name" + k);
    }
    // Signing in to one's own account does not buy another twenty guesses.
    assertThat(limiter.reserve("10.0.0.9", "mallory")).isTrue();
    limiter.succeeded("10.0.0.9", "mallory");
    assertThat(limiter.reserve("10.0.0.9", "x")).isTrue();
    limiter.failed("10.0.0.9", "x");
    assertThat(limiter.reserve("10.0.0.9", "y")).isFalse();
  }

  @Test
  void anAttemptWithNoAddressToLimitIsLimitedByItsAccountOnly() {
    // Through a proxy the server was not told of: the peer is everyone's, so it is not limited.
    for (int k = 0; k < 2 * LoginLimiter.ADDRESS_MAX_FAILURES; k++) {
      assertThat(limiter.reserve(null, "name" + k)).isTrue();
      limiter.failed(null, "name" + k);
    }
    for (int k = 0; k < 4; k++) {
      assertThat(limiter.reserve(null, "name0")).isTrue();
      limiter.failed(null, "name0");
    }
    assertThat(limiter.reserve(null, "name0")).isFalse();
  }
}
