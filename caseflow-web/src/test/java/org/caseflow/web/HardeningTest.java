package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.caseflow.compare.Targets;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.store.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's hardening of the dashboard, over HTTP against a real started dashboard: headers on
 * Jetty's own errors, the sign-in page's fixed messages, the Origin check, refusals audited, and
 * periods no return covers.
 */
class HardeningTest {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  // ---------------------------------------------------------------- Jetty's own errors

  @Test
  void aRequestLineJettyCannotReadIsAnswered400WithTheSecurityHeaders() throws Exception {
    String answer = raw("NOT A REQUEST LINE\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400");
    assertSecurityHeaders(answer);
  }

  @Test
  void headersOfTwentyKilobytesAreAnswered431WithTheSecurityHeaders() throws Exception {
    String answer =
        raw(
            "GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(20 * 1024)
                + "\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 431");
    assertSecurityHeaders(answer);
  }

  @Test
  void aPageThatDoesNotExistIsAnswered404WithTheSecurityHeaders() throws Exception {
    Client c = Client.signedIn(web.base(), "analyst");
    HttpResponse<String> r = c.get("/no-such-page");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
  }

  private static void assertSecurityHeaders(String answer) {
    String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
    assertThat(head).contains("Content-Security-Policy: default-src 'self'");
    assertThat(head).contains("frame-ancestors 'none'");
    assertThat(head).contains("X-Frame-Options: DENY");
    assertThat(head).contains("X-Content-Type-Options: nosniff");
    assertThat(head).contains("Referrer-Policy: same-origin");
    assertThat(head).containsPattern("Cache-Control: [^\r\n]*no-store");
  }

  /** Sends bytes as they are and reads the answer until the server closes or 2 s pass quietly. */
  private static String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", web.dashboard.port())) {
      s.setSoTimeout(2000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          got.write(buf, 0, n);
        }
      } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
        // the answer so far is all there is
      }
      return got.toString(StandardCharsets.ISO_8859_1);
    }
  }

  // ---------------------------------------------------------------- the sign-in page

  @Test
  void theSignInPageShowsNoTextFromItsAddress() throws Exception {
    Client c = new Client(web.base());
    String planted = "Your+account+is+locked%3A+call+0800+000+000";
    String body = c.get("/login?error=" + planted).body();
    assertThat(body)
        .doesNotContain("0800")
        .doesNotContain("locked")
        .doesNotContain("role=\"alert\"");
    // A known code shows its fixed message.
    assertThat(c.get("/login?error=ended").body())
        .contains("Your session has ended. Sign in again.");
  }

  @Test
  void aSessionThatEndedSendsItsBrowserToTheSignInPageWithTheFixedMessage() throws Exception {
    HttpResponse<String> r =
        new Client(web.base())
            .http.send(
                HttpRequest.newBuilder(URI.create(web.base() + "/scorecard"))
                    .header("Cookie", Dashboard.SESSION_COOKIE + "=" + Sessions.token())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains("/login?error=ended");
  }

  // ---------------------------------------------------------------- Origin

  @Test
  void aStateChangeFromAnotherSiteOrWithNeitherOriginNorRefererIsRefused() throws Exception {
    Client c = Client.signedIn(web.base(), "analyst");
    String form = "_csrf=" + c.csrf + "&title=Check+the+referrals&owner=Team+A&due=2025-07-01";
    // Another site's page posting with the right token (stolen or not): refused.
    assertThat(send(c, form, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
    assertThat(send(c, form, "Origin", "null").statusCode()).isEqualTo(403);
    assertThat(
            send(c, form, "Referer", "http://127.0.0.2:" + web.dashboard.port() + "/actions")
                .statusCode())
        .isEqualTo(403);
    // Neither header: refused.
    assertThat(send(c, form, null, null).statusCode()).isEqualTo(403);
    // This site's page, by Origin or by Referer alone: not refused for its origin.
    assertThat(send(c, form, "Origin", web.base()).statusCode()).isNotEqualTo(403);
    assertThat(send(c, form, "Referer", web.base() + "/actions").statusCode()).isNotEqualTo(403);
  }

  @Test
  void signingInFromAnotherSitesFormIsRefused() throws Exception {
    Client c = new Client(web.base());
    HttpResponse<String> page = c.get("/login");
    String token = Client.token(page.body());
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    HttpResponse<String> r =
        c.http.send(
            HttpRequest.newBuilder(URI.create(web.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .header("Origin", "https://evil.example")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + token + "&username=analyst&password=a+long+test+password"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void sameOriginComparesSchemeDefaultPortsAndHostWithTheHostHeader() {
    assertThat(SecurityHeaders.sameOrigin("http://127.0.0.1:8080", null, "127.0.0.1:8080"))
        .isTrue();
    assertThat(
            SecurityHeaders.sameOrigin(
                "https://clinic.council.gov.uk", null, "clinic.council.gov.uk"))
        .isTrue();
    assertThat(
            SecurityHeaders.sameOrigin(null, "http://localhost:8080/actions?x=1", "localhost:8080"))
        .isTrue();
    assertThat(SecurityHeaders.sameOrigin("http://127.0.0.1:8081", null, "127.0.0.1:8080"))
        .isFalse();
    assertThat(
            SecurityHeaders.sameOrigin(
                "http://127.0.0.1.evil.example:8080", null, "127.0.0.1:8080"))
        .isFalse();
    assertThat(SecurityHeaders.sameOrigin("javascript:alert(1)", null, "127.0.0.1:8080")).isFalse();
    assertThat(SecurityHeaders.sameOrigin(null, null, "127.0.0.1:8080")).isFalse();
  }

  private static HttpResponse<String> send(Client c, String form, String header, String value)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(web.base() + "/actions"))
            .header("Content-Type", "application/x-www-form-urlencoded");
    if (header != null) {
      b.header(header, value);
    }
    return c.http.send(
        b.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  // ---------------------------------------------------------------- refusals audited

  @Test
  void everyRequestRefusedForARoleIsWrittenToTheAuditLogWithTheRoutesPattern() throws Exception {
    Client councillor = Client.signedIn(web.base(), "councillor");
    assertThat(councillor.get("/actions").statusCode()).isEqualTo(403);
    assertThat(councillor.get("/actions/4711?x=C1").statusCode()).isEqualTo(403);
    assertThat(councillor.get("/imports").statusCode()).isEqualTo(403);
    assertThat(councillor.get("/audit").statusCode()).isEqualTo(403);
    List<AuditLog.Entry> log;
    synchronized (web.store) {
      log = new AuditLog(web.store, web.clock).latest(50);
    }
    List<String> refused =
        log.stream()
            .filter(e -> e.actor().equals("councillor") && e.action().startsWith("refused "))
            .map(e -> e.action() + " | " + e.subject())
            .toList();
    assertThat(refused)
        .contains(
            "refused actions | GET /actions (councillor)",
            "refused actions | GET /actions/{id} (councillor)",
            "refused imports | GET /imports (councillor)",
            "refused audit | GET /audit (councillor)");
    // Neither the id in the path nor the query reaches the log.
    assertThat(refused).noneMatch(r -> r.contains("4711") || r.contains("C1"));
  }

  // ---------------------------------------------------------------- periods

  @Test
  void aPeriodNoReturnCoversIsAnswered404NamingWhatIsLoadedWithoutMeasuring() throws Exception {
    Client c = Client.signedIn(web.base(), "analyst");
    int before = web.dashboard.web().cachedPeriods();
    HttpResponse<String> r = c.get("/scorecard?period=R12:1990-01");
    assertThat(r.statusCode()).isEqualTo(404);
    // The fixture loads the CIN census for 2024-25 only.
    assertThat(r.body()).contains("No return loaded for council 808 covers").contains("2024-25");
    assertThat(web.dashboard.web().cachedPeriods()).isEqualTo(before);
    assertThat(c.get("/indicators/OC07?period=2030-31").statusCode()).isEqualTo(404);
    assertThat(c.get("/reports/download?period=1999-00&format=html").statusCode()).isEqualTo(404);
  }

  @Test
  void aMalformedPeriodIsAnswered400NamingWhatIsLoaded() throws Exception {
    Client c = Client.signedIn(web.base(), "analyst");
    HttpResponse<String> r = c.get("/scorecard?period=R12:1990-13");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("Loaded for council 808: CIN census 2024-25");
  }

  @Test
  void theScorecardCacheKeepsOnlyTheMostRecentlyUsedPeriods() throws Exception {
    // A Web of its own over the fixture's store, keeping two periods.
    Web w = new Web(new Db(web.store), "808", web.clock, Targets.none(), false, 2);
    synchronized (web.store) {
      w.view(ReportingPeriod.parse("2024-25"));
      w.view(ReportingPeriod.parse("2024-25-Q4"));
      w.view(ReportingPeriod.parse("2024-25")); // used again: Q4 is now the least recent
      w.view(ReportingPeriod.parse("2024-25-Q3"));
    }
    assertThat(w.cachedPeriods()).isEqualTo(2);
  }
}
