package org.caseflow.cli;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caseflow.store.Store;
import org.caseflow.web.Dashboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code caseflow serve}: the performance clinic dashboard. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the performance clinic dashboard.",
      "Scorecard, indicators, the children behind a figure, exception lists, actions, "
          + "imports and the audit log. Sign in with an account made by 'caseflow users add'. "
          + "Listens on the loopback address unless --host says otherwise."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default 8080).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface).")
  String host;

  @Option(
      names = "--la",
      paramLabel = "CODE",
      description = "Council code (default: the only council in the store).")
  String la;

  @Option(
      names = "--secure-cookies",
      description = "Mark cookies Secure: set this when the dashboard is served behind TLS.")
  boolean secure;

  @Option(
      names = "--idle-minutes",
      defaultValue = "30",
      description = "Sign a session out after this many idle minutes (default 30).")
  int idleMinutes;

  @Option(
      names = "--max-session-hours",
      defaultValue = "12",
      description = "End a session this many hours after sign-in, however busy (default 12).")
  int maxSessionHours;

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDRESS",
      description =
          "The address of a proxy in front of the dashboard whose X-Forwarded-For names the client"
              + " (repeat for several); sign-ins are limited per client address behind it.")
  java.util.List<String> trustedProxies = new java.util.ArrayList<>();

  @Option(
      names = "--cached-periods",
      defaultValue = "24",
      description = "Keep at most this many periods' scorecards computed (default 24).")
  int cachedPeriods;

  @Option(
      names = "--max-upload-mb",
      defaultValue = "256",
      description =
          "Refuse an upload larger than this many megabytes, all its files (default 256).")
  int maxUploadMb;

  @Option(
      names = "--targets",
      paramLabel = "FILE",
      description = "Local targets (YAML), as for compare and report; without, neighbour means.")
  java.nio.file.Path targetsFile;

  @Override
  public Integer call() throws Exception {
    if (la != null && !Inputs.council("serve", la)) {
      return 2;
    }
    org.caseflow.compare.Targets targets = Inputs.targets("serve", targetsFile);
    if (targets == null) {
      return 2;
    }
    try (Store s = Store.open(store.location())) {
      if (la != null && Inputs.loaded("serve", s, la, null) == null) {
        return 2;
      }
      Dashboard d;
      try {
        d =
            Dashboard.start(
                Dashboard.Options.defaults(s, la)
                    .withPort(port)
                    .withHost(host)
                    .withSecureCookies(secure)
                    .withIdleTimeout(Duration.ofMinutes(idleMinutes))
                    .withMaxSession(Duration.ofHours(maxSessionHours))
                    .withTrustedProxies(java.util.Set.copyOf(trustedProxies))
                    .withCachedPeriods(cachedPeriods)
                    .withTargets(targets)
                    .withMaxUploadBytes(Math.max(1, maxUploadMb) * 1024L * 1024));
      } catch (IllegalArgumentException e) {
        System.err.println("caseflow serve: " + e.getMessage());
        return 2;
      }
      try (d) {
        System.out.printf(
            "caseflow dashboard for council %s on %s%nStore: %s%nStop with Ctrl+C.%n",
            d.council(), d.url(), s.description());
        serveUntilStopped(d, s);
      }
    }
    return 0;
  }

  /**
   * Warms the scorecard, then blocks until the process is stopped (Ctrl-C, SIGTERM): the dashboard
   * and the store are closed by the shutdown hook, with one line and no stack trace, whatever was
   * running then (the warm-up included).
   */
  static void serveUntilStopped(Dashboard d, Store s) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stopping.set(true);
                  try {
                    d.close();
                    s.close();
                  } catch (SQLException | RuntimeException e) {
                    // stopping anyway: the store's own recovery replays its log at the next open
                  }
                  System.out.println("caseflow serve: stopped.");
                  System.out.flush();
                  stopped.countDown();
                }));
    Thread warm =
        new Thread(
            () -> {
              try {
                d.warm();
              } catch (RuntimeException e) {
                if (!stopping.get()) {
                  System.err.println(
                      "caseflow serve: the scorecard could not be computed ahead ("
                          + e.getClass().getSimpleName()
                          + "); it is computed when first asked for.");
                }
              }
            },
            "warm-scorecard");
    warm.setDaemon(true);
    warm.start();
    stopped.await();
  }
}
