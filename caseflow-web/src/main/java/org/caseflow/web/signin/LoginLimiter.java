package org.caseflow.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits guessing of passwords, per account, with a growing delay.
 *
 * <p>A sign-in first {@linkplain #reserve reserves} an attempt for its account, atomically and
 * before the slow password check, and the reservation counts as a failure until the check ends: a
 * success releases it and forgets the account's failures, a failure keeps it. So a burst of many
 * guesses sent at once gets at most {@link #MAX_FAILURES} checked, however slow the check. After
 * {@link #MAX_FAILURES} consecutive failures the account waits {@link #FIRST_DELAY} before the next
 * attempt, and each further failure doubles the wait, up to {@link #MAX_DELAY}; failures are
 * forgotten {@link #FORGET_AFTER} after the last one. A reservation whose check never reported (the
 * store failed under it) lapses after {@link #PENDING_TIMEOUT}.
 *
 * <p>Only the account is a key, not the client's address: the server sees the address of the peer
 * it talks to, which behind a council's proxy is the proxy's for everyone (so limiting by it let
 * five failures by anyone lock everyone out), and a forwarded-for header is whatever the client
 * sends unless a proxy the server trusts rewrites it; caseflow has no setting naming such a proxy.
 * Guessing one password across many accounts from one address is therefore limited only per account
 * here; an address limit belongs in the proxy or a firewall rule in front of the server.
 */
final class LoginLimiter {
  /** Consecutive failures of an account before its attempts are delayed. */
  static final int MAX_FAILURES = 5;

  /** The wait after the {@link #MAX_FAILURES}-th failure; each further failure doubles it. */
  static final Duration FIRST_DELAY = Duration.ofMinutes(1);

  /** The longest wait between attempts. */
  static final Duration MAX_DELAY = Duration.ofMinutes(30);

  /** An account's failures are forgotten this long after its last one. */
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  /** A reservation whose outcome was never reported lapses after this. */
  static final Duration PENDING_TIMEOUT = Duration.ofMinutes(1);

  /** Past this many accounts tracked, the ones with nothing to remember are dropped. */
  static final int PRUNE_ABOVE = 10_000;

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Reserves an attempt for the account, or refuses it (false) while the account must wait or
   * enough attempts are already being checked. The address is not used (see the class comment).
   */
  boolean reserve(String address, String user) {
    Instant now = clock.instant();
    if (accounts.size() > PRUNE_ABOVE) {
      accounts.values().removeIf(a -> a.forgettable(now));
    }
    Account a = accounts.computeIfAbsent(user, k -> new Account());
    synchronized (a) {
      return a.reserve(now);
    }
  }

  /** The password check of a reserved attempt failed: the reservation stays a failure. */
  void failed(String address, String user) {
    Account a = accounts.computeIfAbsent(user, k -> new Account());
    synchronized (a) {
      a.failed(clock.instant());
    }
  }

  /** The check succeeded: the account's failures are forgotten. */
  void succeeded(String user) {
    Account a = accounts.get(user);
    if (a != null) {
      synchronized (a) {
        a.succeeded();
      }
    }
  }

  /** How long the account must wait before its next attempt (zero when it may try now). */
  Duration waitFor(String user) {
    Account a = accounts.get(user);
    if (a == null) {
      return Duration.ZERO;
    }
    synchronized (a) {
      Instant now = clock.instant();
      a.expire(now);
      return a.next == null || !a.next.isAfter(now) ? Duration.ZERO : Duration.between(now, a.next);
    }
  }

  /** One account's consecutive failures and the attempts being checked. */
  private static final class Account {
    private final Deque<Instant> pending = new ArrayDeque<>();
    private int failures;
    private Instant last;
    private Instant next;

    boolean reserve(Instant now) {
      expire(now);
      if (failures + pending.size() < MAX_FAILURES) {
        pending.addLast(now);
        return true;
      }
      // Past the free attempts: one at a time, and only once the wait has passed.
      if (pending.isEmpty() && next != null && !now.isBefore(next)) {
        pending.addLast(now);
        return true;
      }
      return false;
    }

    void failed(Instant now) {
      pending.pollFirst();
      failures++;
      last = now;
      if (failures >= MAX_FAILURES) {
        next = now.plus(delay(failures));
      }
    }

    void succeeded() {
      pending.pollFirst();
      failures = 0;
      last = null;
      next = null;
    }

    void expire(Instant now) {
      while (!pending.isEmpty() && !pending.peekFirst().plus(PENDING_TIMEOUT).isAfter(now)) {
        pending.pollFirst();
      }
      if (last != null && !last.plus(FORGET_AFTER).isAfter(now)) {
        failures = 0;
        last = null;
        next = null;
      }
    }

    synchronized boolean forgettable(Instant now) {
      expire(now);
      return pending.isEmpty() && failures == 0;
    }

    /** The wait after the n-th consecutive failure (n at least {@link #MAX_FAILURES}). */
    static Duration delay(int n) {
      int doublings = Math.min(n - MAX_FAILURES, 30);
      Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
      return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
  }
}
