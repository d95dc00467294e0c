package org.caseflow.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: after {@link #MAX_FAILURES} failures within {@link #WINDOW} from one
 * address or for one user name, further attempts are refused until the window has passed.
 */
final class LoginLimiter {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(5);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginLimiter(Clock clock) {
    this.clock = clock;
  }

  boolean blocked(String address, String user) {
    return count("ip:" + address) >= MAX_FAILURES || count("user:" + user) >= MAX_FAILURES;
  }

  void failed(String address, String user) {
    add("ip:" + address);
    add("user:" + user);
  }

  void succeeded(String user) {
    failures.remove("user:" + user);
  }

  private int count(String key) {
    Deque<Instant> d = failures.get(key);
    if (d == null) {
      return 0;
    }
    synchronized (d) {
      Instant since = clock.instant().minus(WINDOW);
      while (!d.isEmpty() && d.peekFirst().isBefore(since)) {
        d.pollFirst();
      }
      return d.size();
    }
  }

  private void add(String key) {
    Deque<Instant> d = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (d) {
      d.addLast(clock.instant());
    }
  }
}
