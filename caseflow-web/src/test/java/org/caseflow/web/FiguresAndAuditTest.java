package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caseflow.store.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures the pages show, worked by hand from the fixture (see {@link WebFixture}). */
class FiguresAndAuditTest {
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

  /** The text of the table cell after the row header that contains the text. */
  private static String cellAfter(String html, String rowHeader) {
    int at = html.indexOf(rowHeader);
    assertThat(at).as(rowHeader).isNotNegative();
    int td = html.indexOf("<td class=\"num\">", at) + "<td class=\"num\">".length();
    return html.substring(td, html.indexOf("</td>", td));
  }

  @Test
  void anAnalystSeesThreeOpenPlansAndTwoPastEighteenMonths() throws Exception {
    Client analyst = Client.signedIn(web.base(), "analyst");
    // OC07: C1, C2 and C3 are open on 31 March 2025 (C4 ended in December) = 3.
    String scorecard = analyst.get("/scorecard?period=2024-25").body();
    assertThat(cellAfter(scorecard, "OC07 Children on a child protection plan at the period end"))
        .isEqualTo("3");
    // Started on or before 30 September 2023: C1 and C2 = 2.
    String exceptions = analyst.get("/exceptions?period=2024-25").body();
    assertThat(cellAfter(exceptions, "Child protection plans open 18 months or more</th>"))
        .isEqualTo("2");
  }

  @Test
  void aCouncillorSeesSmallCountsSuppressed() throws Exception {
    Client councillor = Client.signedIn(web.base(), "councillor");
    String scorecard = councillor.get("/scorecard?period=2024-25").body();
    assertThat(cellAfter(scorecard, "OC07 Children on a child protection plan at the period end"))
        .isEqualTo("c");
    String exceptions = councillor.get("/exceptions?period=2024-25").body();
    assertThat(cellAfter(exceptions, "Child protection plans open 18 months or more</th>"))
        .isEqualTo("c");
    assertThat(exceptions).doesNotContain("Show the children");
  }

  @Test
  void aBreakdownIsSuppressedForCouncillorsOnly() throws Exception {
    // OC10 by initial category: C1, C2 and C3 are open at 31 March 2025, all neglect, so
    // Neglect 3 and Total 3; both are from 1 to 5, so a councillor sees c for both.
    String analyst =
        Client.signedIn(web.base(), "analyst").get("/indicators/OC10?period=2024-25").body();
    String breakdown = analyst.substring(analyst.indexOf("<h2>Breakdown</h2>"));
    assertThat(cellAfter(breakdown, ">Neglect<")).isEqualTo("3");
    assertThat(cellAfter(breakdown, ">Total<")).isEqualTo("3");
    String councillor =
        Client.signedIn(web.base(), "councillor").get("/indicators/OC10?period=2024-25").body();
    String hidden = councillor.substring(councillor.indexOf("<h2>Breakdown</h2>"));
    assertThat(cellAfter(hidden, ">Neglect<")).isEqualTo("c");
    assertThat(cellAfter(hidden, ">Total<")).isEqualTo("c");
    assertThat(councillor).doesNotContain("Show the children behind this figure");
  }

  @Test
  void theEighteenMonthListShowsC1AndC2AndIsAudited() throws Exception {
    Client manager = Client.signedIn(web.base(), "manager");
    var r =
        manager.postForm(
            "/children", Map.of("list", "exception:cp-plans-18-months", "period", "2024-25"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains(">C1<", ">C2<").doesNotContain(">C3<", ">C4<");
    // No child identifier in the page title.
    String title = r.body().substring(r.body().indexOf("<title>"), r.body().indexOf("</title>"));
    assertThat(title).doesNotContain("C1", "C2");
    List<AuditLog.Entry> log = new AuditLog(web.store, web.clock).latest(50);
    assertThat(log)
        .anySatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("manager");
              assertThat(e.action()).isEqualTo("children");
              assertThat(e.subject()).isEqualTo("cp-plans-18-months 2024-25");
              assertThat(e.children()).isEqualTo(2);
            });
  }

  @Test
  void pagesCarryTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndStrict() throws Exception {
    Client c = new Client(web.base());
    var login = c.get("/login");
    assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'", "frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
    var signedIn = c.signIn("admin", WebFixture.PASSWORD);
    String cookie =
        signedIn.headers().allValues("Set-Cookie").stream()
            .filter(v -> v.startsWith(Dashboard.SESSION_COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure");
  }

  /** The scorecard row of an indicator, from its header to the end of the row. */
  private static String rowOf(String html, String rowHeader) {
    int at = html.indexOf(rowHeader);
    assertThat(at).as(rowHeader).isNotNegative();
    return html.substring(at, html.indexOf("</tr>", at));
  }

  @Test
  void aCouncillorSeesNoStatusOrMovementBesideASuppressedValue() throws Exception {
    String name = "OC07 Children on a child protection plan at the period end";
    String analyst =
        rowOf(Client.signedIn(web.base(), "analyst").get("/scorecard?period=2024-25").body(), name);
    String councillor =
        rowOf(
            Client.signedIn(web.base(), "councillor").get("/scorecard?period=2024-25").body(),
            name);
    // OC07 is 3 (C1, C2, C3): suppressed for a councillor, so no RAG and no movement either.
    assertThat(councillor).contains("rag rag-none").endsWith("<td>c</td>");
    assertThat(analyst).doesNotEndWith("<td>c</td>");
  }
}
