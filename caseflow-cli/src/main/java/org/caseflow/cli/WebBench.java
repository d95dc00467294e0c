package org.caseflow.cli;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.store.Store;
import org.caseflow.web.Dashboard;
import org.caseflow.web.Role;
import org.caseflow.web.Users;

/**
 * The dashboard under load: signed-in clients on loopback asking for the scorecard page at once,
 * with its latency percentiles. The target is p95 under 200 ms with 50 clients on 2 cores.
 */
final class WebBench {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private WebBench() {}

  static int run(String location, int clients, int requests) throws Exception {
    Path copy = null;
    String where = location;
    if (!location.startsWith("jdbc:postgresql:")) {
      copy = Files.createTempDirectory("caseflow-web-bench").resolve("bench.duckdb");
      Files.copy(Path.of(location), copy);
      where = copy.toString();
    }
    try (Store store = Store.open(where)) {
      String password = Users.generatePassword();
      new Users(store, Clock.systemDefaultZone())
          .put("bench", Role.ANALYST, password.toCharArray());
      try (Dashboard d = Dashboard.start(Dashboard.Options.defaults(store, null).withPort(0))) {
        String base = "http://127.0.0.1:" + d.port();
        System.out.printf(
            "caseflow bench --web: council %s, %d clients x %d requests of /scorecard, %d cores%n",
            d.council(), clients, requests, Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        d.warm();
        System.out.printf(
            "  scorecard computed (cold, cached afterwards): %d ms%n",
            (System.nanoTime() - t0) / 1_000_000);
        List<HttpClient> sessions = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
          sessions.add(signIn(base, password));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[clients * requests];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/scorecard")).build();
        for (int c = 0; c < clients; c++) {
          int client = c;
          work.add(
              pool.submit(
                  () -> {
                    HttpClient http = sessions.get(client);
                    for (int w = 0; w < 10; w++) {
                      send(http, page, failures);
                    }
                    ready.countDown();
                    go.await();
                    for (int r = 0; r < requests; r++) {
                      long s = System.nanoTime();
                      send(http, page, failures);
                      latencies[client * requests + r] = System.nanoTime() - s;
                    }
                    return null;
                  }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : work) {
          f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf(
            "  %,d requests in %.1f s: %.0f requests/s, %d failed%n",
            latencies.length, wall / 1e9, latencies.length / (wall / 1e9), failures.get());
        System.out.printf(
            "  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (target: p95 under 200)%n",
            pct(latencies, 50),
            pct(latencies, 95),
            pct(latencies, 99),
            latencies[latencies.length - 1] / 1e6);
        return failures.get() == 0 ? 0 : 1;
      }
    } finally {
      if (copy != null) {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(Path.of(copy + ".wal"));
        Files.deleteIfExists(copy.getParent());
      }
    }
  }

  private static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, i)] / 1e6;
  }

  private static void send(HttpClient http, HttpRequest req, AtomicInteger failures)
      throws Exception {
    HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      failures.incrementAndGet();
    }
  }

  private static HttpClient signIn(String base, String password) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    String form =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(form);
    if (!m.find()) {
      throw new IllegalStateException("no sign-in form");
    }
    String body =
        "_csrf="
            + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)
            + "&username=bench&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.replaceAll("/+$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in refused: " + r.statusCode());
    }
    return http;
  }
}
