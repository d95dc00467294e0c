package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caseflow.store.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route's role check, over HTTP against a real started dashboard. */
class RouteRolesTest {
  @TempDir static Path dir;
  static WebFixture web;
  static final Map<Role, Client> CLIENTS = new EnumMap<>(Role.class);

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
    for (Role r : Role.values()) {
      CLIENTS.put(r, Client.signedIn(web.base(), r.word()));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  private static int get(Role r, String path) throws Exception {
    return CLIENTS.get(r).get(path).statusCode();
  }

  private static int post(Role r, String path, Map<String, String> form) throws Exception {
    return CLIENTS.get(r).postForm(path, form).statusCode();
  }

  private static Map<Role, Integer> expect(int admin, int analyst, int manager, int councillor) {
    Map<Role, Integer> m = new EnumMap<>(Role.class);
    m.put(Role.ADMIN, admin);
    m.put(Role.ANALYST, analyst);
    m.put(Role.MANAGER, manager);
    m.put(Role.COUNCILLOR, councillor);
    return m;
  }

  @Test
  void everyRoleSeesTheAggregatePages() throws Exception {
    for (String path :
        List.of(
            "/scorecard",
            "/scorecard?period=2024-25",
            "/scorecard?period=2024-25-Q4",
            "/indicators/OC07?period=2024-25",
            "/exceptions?period=2024-25",
            "/scorecard?period=2024-25&stage=outputs&status=red&off=on&changed=on&q=plan&sort=moved",
            "/scorecard?period=2025-03",
            "/scorecard?period=R12:2025-03",
            "/scorecard.csv?period=2024-25",
            "/scorecard.xlsx?period=2024-25",
            "/reports")) {
      for (Role r : Role.values()) {
        assertThat(get(r, path)).as(r + " " + path).isEqualTo(200);
      }
    }
  }

  @Test
  void everyRoleDownloadsTheReportAndACouncillorOnlyThePublicVersion() throws Exception {
    var analyst = CLIENTS.get(Role.ANALYST).get("/reports/download?period=2024-25&format=pdf");
    assertThat(analyst.statusCode()).isEqualTo(200);
    assertThat(analyst.body()).startsWith("%PDF-");
    assertThat(analyst.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"report-808-2024-25.pdf\"");
    // A councillor asking for the full version still gets the public one.
    var councillor =
        CLIENTS.get(Role.COUNCILLOR).get("/reports/download?period=2024-25&format=html&public=no");
    assertThat(councillor.statusCode()).isEqualTo(200);
    // ... and it is the Cabinet paper.
    assertThat(councillor.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"report-808-2024-25-public-cabinet.html\"");
    assertThat(councillor.body()).contains("suppressed (shown as c)");
    assertThat(CLIENTS.get(Role.MANAGER).get("/reports/download?period=2024-25&format=xls"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(400);
  }

  @Test
  void aPeriodCaseflowCannotReadIsABadRequestShowingTheForms() throws Exception {
    var r = CLIENTS.get(Role.ANALYST).get("/scorecard?period=last-year");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("2025-26-Q1 (quarter");
    assertThat(CLIENTS.get(Role.ANALYST).get("/scorecard").body())
        .contains("<option value=\"2024-25-Q4\">");
  }

  @Test
  void everyRoleKeepsShortListsOfItsOwn() throws Exception {
    for (Role r : Role.values()) {
      assertThat(
              post(
                  r,
                  "/scorecard/lists",
                  Map.of("name", "Mine " + r.word(), "period", "2024-25", "q", "OC07")))
          .as(r.word())
          .isEqualTo(303);
      assertThat(get(r, "/scorecard?list=Mine+" + r.word())).as(r.word()).isEqualTo(200);
    }
    // Nobody opens another person's list, by name or otherwise.
    assertThat(get(Role.COUNCILLOR, "/scorecard?list=Mine+admin")).isEqualTo(404);
    assertThat(post(Role.MANAGER, "/scorecard/lists/delete", Map.of("name", "Mine manager")))
        .isEqualTo(303);
    assertThat(get(Role.MANAGER, "/scorecard?list=Mine+manager")).isEqualTo(404);
    // A list of nothing is refused.
    assertThat(post(Role.ANALYST, "/scorecard/lists", Map.of("name", "Empty", "q", "no such")))
        .isEqualTo(400);
  }

  @Test
  void theScorecardOffersMonthsQuartersAndRollingYearsOfTheLoadedYear() throws Exception {
    String page = CLIENTS.get(Role.MANAGER).get("/scorecard").body();
    // The fixture loads 2024-25 only: its quarters, its months, and the one rolling year whose
    // twelve months it holds, ending March 2025.
    assertThat(page)
        .contains(
            "<optgroup label=\"Quarters\">",
            "<option value=\"2024-25-Q1\">",
            "<option value=\"2024-04\">",
            "<option value=\"R12:2025-03\">")
        .doesNotContain("<option value=\"R12:2025-02\">");
  }

  @Test
  void onlyAdminsAndAnalystsSeeImportsAndOnlyAdminsTheAuditLog() throws Exception {
    Map<String, Map<Role, Integer>> table =
        Map.of(
            "/imports", expect(200, 200, 403, 403),
            "/audit", expect(200, 403, 403, 403),
            "/audit.csv", expect(200, 403, 403, 403));
    for (var e : table.entrySet()) {
      for (Role r : Role.values()) {
        assertThat(get(r, e.getKey())).as(r + " " + e.getKey()).isEqualTo(e.getValue().get(r));
      }
    }
  }

  @Test
  void childListsAreForEveryRoleButCouncillors() throws Exception {
    Map<Role, Integer> want = expect(200, 200, 200, 403);
    for (Role r : Role.values()) {
      int status =
          post(r, "/children", Map.of("list", "exception:cp-plans-18-months", "period", "2024-25"));
      assertThat(status).as(r.word()).isEqualTo(want.get(r));
    }
  }

  @Test
  void childListExportsAreForEveryRoleButCouncillorsAndTheRefusalIsAudited() throws Exception {
    Map<Role, Integer> want = expect(200, 200, 200, 403);
    for (Role r : Role.values()) {
      int status =
          post(
              r,
              "/children.csv",
              Map.of("list", "exception:cp-plans-18-months", "period", "2024-25"));
      assertThat(status).as(r.word()).isEqualTo(want.get(r));
    }
    String csv = CLIENTS.get(Role.ADMIN).get("/audit.csv").body();
    assertThat(csv).contains("councillor,refused children export,808,cp-plans-18-months 2024-25,0");
    // C1 and C2 are on the list (see WebFixture): the export of two children is recorded.
    assertThat(csv).contains("manager,children export,808,cp-plans-18-months 2024-25,2");
  }

  @Test
  void onlyAdminsManageAccounts() throws Exception {
    Map<Role, Integer> page = expect(200, 403, 403, 403);
    for (Role r : Role.values()) {
      assertThat(get(r, "/users")).as(r.word()).isEqualTo(page.get(r));
    }
    // Every change is refused to the other roles before it is looked at.
    for (String path : List.of("/users", "/users/reset", "/users/disable", "/users/enable")) {
      for (Role r : List.of(Role.ANALYST, Role.MANAGER, Role.COUNCILLOR)) {
        assertThat(post(r, path, Map.of("name", "analyst", "role", "admin")))
            .as(r.word() + " " + path)
            .isEqualTo(403);
      }
    }
    assertThat(post(Role.ADMIN, "/users/disable", Map.of("name", "admin")))
        .as("an admin cannot disable their own account")
        .isEqualTo(400);
  }

  @Test
  void reportBuildsAreEveryRolesAndACouncillorGetsOnlyTheCabinetOrScrutinyPaper() throws Exception {
    Map<String, String> clinic =
        Map.of("period", "2024-25", "audience", "clinic", "format", "html");
    assertThat(post(Role.COUNCILLOR, "/reports/builds", clinic)).isEqualTo(403);
    assertThat(
            CLIENTS
                .get(Role.COUNCILLOR)
                .get("/reports/download?period=2024-25&format=html&audience=clinic")
                .statusCode())
        .isEqualTo(403);
    for (Role r : Role.values()) {
      HttpResponse<String> started =
          CLIENTS
              .get(r)
              .postForm(
                  "/reports/builds",
                  Map.of("period", "2024-25", "audience", "scrutiny", "format", "html"));
      assertThat(started.statusCode()).as(r.word()).isEqualTo(303);
      String where = started.headers().firstValue("Location").orElseThrow();
      assertThat(where).startsWith("/reports/builds/");
      assertThat(get(r, where)).as(r.word()).isEqualTo(200);
      // Another user's build is not found.
      Role other = r == Role.ADMIN ? Role.ANALYST : Role.ADMIN;
      assertThat(get(other, where)).as(other.word() + " opening " + r.word() + "'s").isEqualTo(404);
      assertThat(get(other, where + "/file")).isEqualTo(404);
    }
  }

  @Test
  void actionsAreReadRaisedAndUpdatedByEveryRoleButCouncillors() throws Exception {
    Map<String, String> action =
        Map.of("title", "Review the plans", "owner", "Head of CP", "due", "2025-07-01");
    Map<Role, Integer> want = expect(303, 303, 303, 403);
    for (Role r : Role.values()) {
      assertThat(post(r, "/actions", action)).as(r.word()).isEqualTo(want.get(r));
    }
    HttpResponse<String> raised = CLIENTS.get(Role.MANAGER).postForm("/actions", action);
    String where = raised.headers().firstValue("Location").orElseThrow();
    // Councillors cannot read actions either: they are free text about cases.
    assertThat(get(Role.COUNCILLOR, "/actions")).isEqualTo(403);
    for (Role r : Role.values()) {
      assertThat(get(r, where)).as(r.word()).isEqualTo(want.get(r) == 303 ? 200 : 403);
      assertThat(post(r, where + "/updates", Map.of("status", "in_progress", "note", "Started")))
          .as(r.word())
          .isEqualTo(want.get(r));
    }
  }

  @Test
  void uploadsAreForAdminsAndAnalysts() throws Exception {
    // No file chosen: admins and analysts get the form's complaint, the others are refused.
    Map<Role, Integer> want = expect(400, 400, 403, 403);
    for (Role r : Role.values()) {
      assertThat(post(r, "/imports", Map.of())).as(r.word()).isEqualTo(want.get(r));
    }
  }

  @Test
  void withoutASessionEveryPageRedirectsToSignIn() throws Exception {
    Client anonymous = new Client(web.base());
    for (String path :
        List.of(
            "/",
            "/scorecard",
            "/indicators/OC07",
            "/exceptions",
            "/actions",
            "/actions/1",
            "/imports",
            "/audit",
            "/audit.csv",
            "/reports",
            "/reports/download?period=2024-25&format=pdf",
            "/scorecard.csv",
            "/scorecard.xlsx",
            "/users",
            "/reports/builds/x")) {
      HttpResponse<String> r = anonymous.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(303);
      assertThat(r.headers().firstValue("Location")).as(path).contains("/login");
    }
    anonymous.csrf = "guess";
    for (String path :
        List.of(
            "/children",
            "/children.csv",
            "/actions",
            "/actions/1/updates",
            "/imports",
            "/scorecard/lists",
            "/scorecard/lists/delete",
            "/logout",
            "/users",
            "/users/disable",
            "/reports/builds")) {
      assertThat(anonymous.postForm(path, Map.of()).statusCode()).as(path).isEqualTo(303);
    }
  }

  @Test
  void aCouncillorsRefusedChildListIsInTheAuditLog() throws Exception {
    int before = refusals();
    assertThat(
            post(
                Role.COUNCILLOR,
                "/children",
                Map.of("list", "indicator:OC07", "period", "2024-25")))
        .isEqualTo(403);
    assertThat(refusals()).isEqualTo(before + 1);
    String csv = CLIENTS.get(Role.ADMIN).get("/audit.csv").body();
    assertThat(csv).contains("councillor,refused children,808,OC07 2024-25,0");
  }

  private static int refusals() throws Exception {
    synchronized (web.store) {
      List<AuditLog.Entry> all = new AuditLog(web.store, web.clock).latest(10_000);
      return (int) all.stream().filter(e -> e.action().equals("refused children")).count();
    }
  }

  @Test
  void nothingInTheApplicationChangesTheAuditLog() throws Exception {
    // The only routes that touch it read it; a write to it, even by an admin, finds no route.
    Client admin = CLIENTS.get(Role.ADMIN);
    assertThat(admin.postForm("/audit", Map.of("subject", "x")).statusCode()).isEqualTo(404);
    assertThat(admin.postForm("/audit.csv", Map.of()).statusCode()).isEqualTo(404);
    var delete =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/audit"))
            .header("X-CSRF-Token", admin.csrf)
            .header("Origin", web.base())
            .DELETE()
            .build();
    assertThat(
            admin
                .http
                .send(delete, java.net.http.HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    Client manager = CLIENTS.get(Role.MANAGER);
    Map<String, String> form =
        Map.of("title", "x", "owner", "y", "due", LocalDate.of(2025, 7, 1).toString());
    assertThat(manager.post("/actions", form).statusCode()).isEqualTo(403);
    Map<String, String> wrong = new java.util.HashMap<>(form);
    wrong.put("_csrf", "not-the-token");
    assertThat(manager.post("/actions", wrong).statusCode()).isEqualTo(403);
    assertThat(
            manager
                .post("/children", Map.of("list", "indicator:OC07", "period", "2024-25"))
                .statusCode())
        .isEqualTo(403);
  }
}
