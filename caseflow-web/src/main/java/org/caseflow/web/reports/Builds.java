package org.caseflow.web.reports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.caseflow.web.Sessions;

/**
 * Reports built in the background, bounded: at most one build at a time per user, at most {@link
 * #WORKERS} building at once and {@link #QUEUE} waiting; a finished build is kept for {@link #KEEP}
 * for its user to download, then forgotten.
 */
final class Builds {
  static final int WORKERS = 2;
  static final int QUEUE = 8;
  static final Duration KEEP = Duration.ofMinutes(30);

  /** What a build makes. */
  interface Work {
    Build.Result make() throws Exception;
  }

  /** One build: who asked, what, and how far it has got. */
  static final class Build {
    /** A finished report. */
    record Result(byte[] body, String fileName, String contentType) {}

    final String id = Sessions.token();
    final String user;
    final String what;
    final Instant started;
    volatile Instant finished;
    volatile Result result;
    volatile String failure;
    volatile boolean running;

    Build(String user, String what, Instant started) {
      this.user = user;
      this.what = what;
      this.started = started;
    }

    boolean done() {
      return finished != null;
    }
  }

  private final Map<String, Build> byId = new ConcurrentHashMap<>();
  private final Map<String, Build> byUser = new ConcurrentHashMap<>();
  private final ExecutorService pool =
      new ThreadPoolExecutor(
          WORKERS,
          WORKERS,
          60,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(QUEUE),
          r -> {
            Thread t = new Thread(r, "caseflow-report-build");
            t.setDaemon(true);
            return t;
          });
  private final Clock clock;

  Builds(Clock clock) {
    this.clock = clock;
  }

  /**
   * Starts a build for the user, or returns the one the user already has running.
   *
   * @throws RejectedExecutionException when too many builds are waiting
   */
  synchronized Build start(String user, String what, Work work) {
    forgetOld();
    Build running = byUser.get(user);
    if (running != null && !running.done()) {
      return running;
    }
    Build b = new Build(user, what, clock.instant());
    pool.execute(
        () -> {
          b.running = true;
          try {
            b.result = work.make();
          } catch (Exception | LinkageError e) {
            b.failure = "The report could not be built; the server log says more.";
            org.slf4j.LoggerFactory.getLogger(Builds.class)
                .warn("a report build failed: {}", e.getClass().getSimpleName());
          } finally {
            b.finished = clock.instant();
          }
        });
    if (running != null) {
      byId.remove(running.id);
    }
    byId.put(b.id, b);
    byUser.put(user, b);
    return b;
  }

  /** The user's build with the id (another user's is not found). */
  Optional<Build> find(String user, String id) {
    Build b = byId.get(id);
    return b != null && b.user.equals(user) ? Optional.of(b) : Optional.empty();
  }

  private void forgetOld() {
    Instant now = clock.instant();
    byId.values()
        .removeIf(
            b -> {
              boolean old = b.done() && b.finished.plus(KEEP).isBefore(now);
              if (old) {
                byUser.remove(b.user, b);
              }
              return old;
            });
  }
}
