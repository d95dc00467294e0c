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
    return run(location, clients, requests, false);
  }

  /**
   * @param duringImport the clinic's mix of pages (scorecard, actions, imports, and a sign-in every
   *     20th request) while returns are uploaded and imported through the dashboard, one after
   *     another, for the whole timed run; else the scorecard page alone
   */
  static int run(String location, int clients, int requests, boolean duringImport)
      throws Exception {
    Path copy = null;
    String where = location;
    if (!location.startsWith("jdbc:postgresql:")) {
      copy = Files.createTempDirectory("caseflow-web-bench").resolve("bench.duckdb");
      Files.copy(Path.of(location), copy);
      where = copy.toString();
    }
    Path returns = null;
    try (Store store = Store.open(where)) {
      String password = Users.generatePassword();
      // One account per client, as a clinic's users are different people (the sign-in limit is
      // per account), and one for the uploads.
      Users users = new Users(store, Clock.systemDefaultZone());
      for (int k = 0; k <= clients; k++) {
        users.put("bench" + k, Role.ANALYST, password.toCharArray());
      }
      try (Dashboard d = Dashboard.start(Dashboard.Options.defaults(store, null).withPort(0))) {
        String base = "http://127.0.0.1:" + d.port();
        System.out.printf(
            "caseflow bench --web: council %s, %d clients x %d requests of %s, %d cores%n",
            d.council(),
            clients,
            requests,
            duringImport
                ? "the clinic's pages (scorecard, actions, imports; a sign-in every 20th) during"
                    + " imports"
                : "/scorecard",
            Runtime.getRuntime().availableProcessors());
        List<Path> uploads = List.of();
        if (duringImport) {
          returns = Files.createTempDirectory("caseflow-web-bench-returns");
          // Three years of the council's CIN census, from another seed than any store's: each
          // upload is a real import (new rows, supersession, the DfE's rules), none skipped.
          org.caseflow.synth.Synthesiser.generate(
              new org.caseflow.synth.SynthSpec(d.council(), 2023, 2025, 9091L, 1.0, false),
              returns);
          try (var files = Files.list(returns)) {
            uploads =
                files.filter(f -> f.getFileName().toString().startsWith("cin_")).sorted().toList();
          }
        }
        long t0 = System.nanoTime();
        d.warm();
        System.out.printf(
            "  scorecard computed (cold, cached afterwards): %d ms%n",
            (System.nanoTime() - t0) / 1_000_000);
        List<HttpClient> sessions = new ArrayList<>();
        for (int k = 0; k < clients; k++) {
          sessions.add(signIn(base, "bench" + k, password));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[clients * requests];
        int[] kinds = new int[clients * requests];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        List<HttpRequest> pages = new ArrayList<>();
        pages.add(HttpRequest.newBuilder(URI.create(base + "/scorecard")).build());
        if (duringImport) {
          pages.add(HttpRequest.newBuilder(URI.create(base + "/actions")).build());
          pages.add(HttpRequest.newBuilder(URI.create(base + "/imports")).build());
        }
        for (int c = 0; c < clients; c++) {
          int client = c;
          work.add(
              pool.submit(
                  () -> {
                    HttpClient http = sessions.get(client);
                    for (int w = 0; w < 10; w++) {
                      send(http, pages.get(w % pages.size()), failures);
                    }
                    ready.countDown();
                    go.await();
                    for (int r = 0; r < requests; r++) {
                      int at = client * requests + r;
                      long s = System.nanoTime();
                      if (duringImport && r % 20 == 19) {
                        kinds[at] = pages.size();
                        signIn(base, "bench" + client, password);
                      } else {
                        kinds[at] = (r + client) % pages.size();
                        send(http, pages.get(kinds[at]), failures);
                      }
                      latencies[at] = System.nanoTime() - s;
                    }
                    return null;
                  }));
        }
        ready.await();
        var os =
            (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        go.countDown();
        Importing importing = null;
        if (duringImport) {
          importing = new Importing(base, signIn(base, "bench" + clients, password), uploads, work);
          importing.start();
        }
        for (Future<?> f : work) {
          f.get();
        }
        long wall = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpu0;
        pool.shutdown();
        if (importing != null) {
          importing.join();
        }
        System.out.printf(
            "  %,d requests in %.1f s: %.0f requests/s, %d failed%n",
            latencies.length, wall / 1e9, latencies.length / (wall / 1e9), failures.get());
        System.out.printf(
            "  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (target: p95 under 200)%n",
            pct(sorted(latencies), 50),
            pct(sorted(latencies), 95),
            pct(sorted(latencies), 99),
            sorted(latencies)[latencies.length - 1] / 1e6);
        if (duringImport) {
          String[] names = {"scorecard", "actions", "imports", "sign-in"};
          for (int k = 0; k <= pages.size(); k++) {
            int kind = k;
            long[] of =
                java.util.stream.IntStream.range(0, latencies.length)
                    .filter(i -> kinds[i] == kind)
                    .mapToLong(i -> latencies[i])
                    .sorted()
                    .toArray();
            if (of.length > 0) {
              System.out.printf(
                  "    %-9s %,6d requests: p50 %.1f  p95 %.1f  max %.1f%n",
                  names[k], of.length, pct(of, 50), pct(of, 95), of[of.length - 1] / 1e6);
            }
          }
          System.out.printf(
              "  imports during the run: %d (%s ms each), %d failed%n",
              importing.millis.size(), importing.millis, importing.failed.get());
          failures.addAndGet(importing.failed.get());
        }
        System.out.printf(
            "  CPU: %.1f s of process time in %.1f s (%.2f of %d cores); load average %.2f"
                + " before, %.2f after%n",
            cpu / 1e9,
            wall / 1e9,
            cpu / (double) wall,
            Runtime.getRuntime().availableProcessors(),
            loadBefore,
            os.getSystemLoadAverage());
        return failures.get() == 0 ? 0 : 1;
      }
    } finally {
      if (copy != null) {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(Path.of(copy + ".wal"));
        Files.deleteIfExists(copy.getParent());
      }
      if (returns != null) {
        try (var walk = Files.walk(returns)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static long[] sorted(long[] a) {
    long[] s = a.clone();
    Arrays.sort(s);
    return s;
  }

  /** Uploads returns one after another, as an analyst would, until the clients are done. */
  private static final class Importing extends Thread {
    final String base;
    final HttpClient http;
    final List<Path> uploads;
    final List<Future<?>> clients;
    final List<Long> millis = new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicInteger failed = new AtomicInteger();

    Importing(String base, HttpClient http, List<Path> uploads, List<Future<?>> clients) {
      super("bench-import");
      this.base = base;
      this.http = http;
      this.uploads = uploads;
      this.clients = clients;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        String csrf = csrfOf(http, base);
        for (Path file : uploads) {
          if (clients.stream().allMatch(Future::isDone)) {
            return;
          }
          long s = System.nanoTime();
          if (upload(http, base, csrf, file) != 200) {
            failed.incrementAndGet();
          }
          millis.add((System.nanoTime() - s) / 1_000_000);
        }
      } catch (Exception e) {
        failed.incrementAndGet();
      }
    }
  }

  private static String csrfOf(HttpClient http, String base) throws Exception {
    Matcher m =
        CSRF.matcher(
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/imports")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    if (!m.find()) {
      throw new IllegalStateException("no upload form");
    }
    return m.group(1);
  }

  private static int upload(HttpClient http, String base, String csrf, Path file) throws Exception {
    String boundary = "caseflowbench" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + file.getFileName()
                + "\"\r\nContent-Type: application/xml\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(Files.readAllBytes(file));
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
            HttpRequest.newBuilder(URI.create(base + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", base.replaceAll("/+$", ""))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
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

  private static HttpClient signIn(String base, String user, String password) throws Exception {
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
            + "&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
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
