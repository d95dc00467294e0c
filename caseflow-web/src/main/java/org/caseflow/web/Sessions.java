package org.caseflow.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Server-side sessions with an idle timeout and a longest lifetime. */
public final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How often a session's account is looked up again (disabled from the command line). */
  static final Duration RECHECK = Duration.ofSeconds(30);

  private final Map<String, Session> byToken = new ConcurrentHashMap<>();
  private final Map<String, Instant> checked = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration idle;
  private volatile java.util.function.Predicate<String> enabled = user -> true;
  private final Duration longest;

  Sessions(Clock clock, Duration idle, Duration longest) {
    this.clock = clock;
    this.idle = idle;
    this.longest = longest;
  }

  /** A new random token: 256 bits, URL-safe. */
  public static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public Session open(String user, Role role) {
    Instant now = clock.instant();
    Session s = new Session(token(), user, role, token(), now, now);
    byToken.put(s.token(), s);
    return s;
  }

  /**
   * The live session for a token, touched; an idle one, or one open longer than the longest
   * lifetime however busy, is ended and not returned.
   */
  public Optional<Session> find(String token) {
    if (token == null) {
      return Optional.empty();
    }
    Session s = byToken.get(token);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (s.lastSeen().plus(idle).isBefore(now) || !s.opened().plus(longest).isAfter(now)) {
      byToken.remove(token);
      return Optional.empty();
    }
    Instant last = checked.get(s.user());
    if (last == null || last.plus(RECHECK).isBefore(now)) {
      checked.put(s.user(), now);
      if (!enabled.test(s.user())) {
        closeUser(s.user());
        return Optional.empty();
      }
    }
    Session touched = new Session(s.token(), s.user(), s.role(), s.csrf(), now, s.opened());
    byToken.put(token, touched);
    return Optional.of(touched);
  }

  public void close(String token) {
    if (token != null) {
      byToken.remove(token);
    }
  }

  /** Ends every session of the account (disabled, or its password reset). */
  public void closeUser(String user) {
    byToken.values().removeIf(s -> s.user().equals(user));
  }

  /**
   * How to tell whether an account may still use its sessions; asked at most every {@link #RECHECK}
   * per account, so an account disabled from the command line is signed out within that time.
   */
  void checkAccountsWith(java.util.function.Predicate<String> enabled) {
    this.enabled = enabled;
  }

  Duration idle() {
    return idle;
  }
}
