package org.caseflow.web.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits guessing of passwords, per account and per client address, with a growing delay.
 *
 * <p>A sign-in first {@linkplain #reserve reserves} an attempt for its account and for its address,
 * atomically and before the slow password check, and the reservation counts as a failure until the
 * check ends: a success releases it (and forgets the account's failures, not the address's), a
 * failure keeps it. So a burst of many guesses sent at once gets at most {@link #MAX_FAILURES}
 * checked for one account, however slow the check. After {@link #MAX_FAILURES} consecutive failures
 * an account waits {@link #FIRST_DELAY} before the next attempt, and each further failure doubles
 * the wait, up to {@link #MAX_DELAY}; an address likewise after {@link #ADDRESS_MAX_FAILURES}
 * failures (across any accounts: one password tried on many names). Failures are forgotten {@link
 * #FORGET_AFTER} after the last one. A reservation whose check never reported (the store failed
 * under it) lapses after {@link #PENDING_TIMEOUT}.
 *
 * <p>The address is the client's as {@link SignIn} finds it: the peer's, or behind a proxy the
 * server is told to trust, the one that proxy forwards. A request that arrives through a proxy the
 * server has not been told of (it carries X-Forwarded-For) has no address to limit (null): the peer
 * is the proxy, shared by everyone behind it, so limiting it would let one person's failures delay
 * everyone's sign-in. The account limit still applies.
 */
final class LoginLimiter {
  /** Consecutive failures of an account before its attempts are delayed. */
  static final int MAX_FAILURES = 5;

  /** Failures from one address (any accounts) before its attempts are delayed. */
  static final int ADDRESS_MAX_FAILURES = 20;

  /**
   * Sign-ins from one address being checked at once, failed or not, before more wait: an office
   * behind one address signs many people in at nine o'clock, and each account keeps its own limit.
   */
  static final int ADDRESS_MAX_IN_FLIGHT = 200;

  /** The wait after the last free failure; each further failure doubles it. */
  static final Duration FIRST_DELAY = Duration.ofMinutes(1);

  /** The longest wait between attempts. */
  static final Duration MAX_DELAY = Duration.ofMinutes(30);

  /** Failures are forgotten this long after the last one. */
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  /** A reservation whose outcome was never reported lapses after this. */
  static final Duration PENDING_TIMEOUT = Duration.ofMinutes(1);

  /**
   * Past this many accounts or addresses tracked, the ones with nothing to remember are dropped.
   */
  static final int PRUNE_ABOVE = 10_000;

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Map<String, Account> addresses = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Reserves an attempt for the account and the address (null: none to limit), or refuses it
   * (false) while either must wait or enough attempts are already being checked.
   */
  boolean reserve(String address, String user) {
    Instant now = clock.instant();
    Account a = entry(accounts, user, now, MAX_FAILURES, MAX_FAILURES);
    synchronized (a) {
      if (!a.reserve(now)) {
        return false;
      }
    }
    if (address == null) {
      return true;
    }
    Account b = entry(addresses, address, now, ADDRESS_MAX_FAILURES, ADDRESS_MAX_IN_FLIGHT);
    synchronized (b) {
      if (b.reserve(now)) {
        return true;
      }
    }
    synchronized (a) {
      a.release();
    }
    return false;
  }

  private static Account entry(
      Map<String, Account> m, String key, Instant now, int free, int inFlight) {
    if (m.size() > PRUNE_ABOVE) {
      m.values().removeIf(x -> x.forgettable(now));
    }
    return m.computeIfAbsent(key, k -> new Account(free, inFlight));
  }

  /** The password check of a reserved attempt failed: the reservations stay failures. */
  void failed(String address, String user) {
    Instant now = clock.instant();
    Account a = accounts.computeIfAbsent(user, k -> new Account(MAX_FAILURES, MAX_FAILURES));
    synchronized (a) {
      a.failed(now);
    }
    if (address != null) {
      Account b =
          addresses.computeIfAbsent(
              address, k -> new Account(ADDRESS_MAX_FAILURES, ADDRESS_MAX_IN_FLIGHT));
      synchronized (b) {
        b.failed(now);
      }
    }
  }

  /** The check succeeded: the account's failures are forgotten, the address's kept. */
  void succeeded(String address, String user) {
    Account a = accounts.get(user);
    if (a != null) {
      synchronized (a) {
        a.succeeded();
      }
    }
    Account b = address == null ? null : addresses.get(address);
    if (b != null) {
      synchronized (b) {
        b.release();
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
    private final int free;
    private final int inFlight;
    private int failures;
    private Instant last;
    private Instant next;

    Account(int free, int inFlight) {
      this.free = free;
      this.inFlight = inFlight;
    }

    boolean reserve(Instant now) {
      expire(now);
      if (failures + pending.size() < free
          || (failures < free && failures + pending.size() < inFlight)) {
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
      if (failures >= free) {
        next = now.plus(delay(failures - free));
      }
    }

    /** A reservation ended without a failure (the other limit refused, or a success). */
    void release() {
      pending.pollFirst();
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

    /** The wait after the {@code extra}-th failure past the free ones (from 0). */
    static Duration delay(int extra) {
      int doublings = Math.min(extra, 30);
      Duration d = FIRST_DELAY.multipliedBy(1L << doublings);
      return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
  }
}
