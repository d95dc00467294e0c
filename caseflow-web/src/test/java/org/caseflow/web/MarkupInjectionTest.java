package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CP_PLAN;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseflow.measure.Catalogue;
import org.caseflow.measure.Indicator;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup planted in every free-text field a person or a file can set comes back escaped on every
 * page, for every role: over HTTP against a real started dashboard.
 *
 * <p>Planted: a child's id and a plan's category in the store (as a CIN census would hold them); a
 * caseload extract uploaded through the Imports page, under a file name carrying the markup, whose
 * worker and team are the markup and whose second row has the markup for its open cases (an import
 * finding whose example is the markup); an action's text, owner, "raised from" and an update's
 * note; a data-quality rule asked for by the markup (recorded in the audit log).
 */
class MarkupInjectionTest {
  static final String PAYLOAD = "<img src=x onerror=alert(1)>";
  static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

  /** In a quoted attribute value a '>' is text: JTE escapes the '<' and the quote only. */
  static final String IN_ATTRIBUTE = "&lt;img src=x onerror=alert(1)>";

  @TempDir static Path dir;
  static WebFixture web;
  static final Map<Role, Client> CLIENTS = new LinkedHashMap<>();
  static long action;
  static HttpResponse<String> refused;

  @BeforeAll
  static void plant() throws Exception {
    web = new WebFixture(dir, false);
    // A child and a plan category from a return, before any page has measured the scorecard.
    StoreFixture f = StoreFixture.on(web.store).year(2025);
    f.add(CIN_EPISODE, "child_id", PAYLOAD, "episode_no", 1, "referral_date", "2024-05-01");
    f.add(
        CP_PLAN,
        "child_id",
        PAYLOAD,
        "episode_no",
        1,
        "plan_no",
        1,
        "start_date",
        "2024-05-10",
        "initial_category",
        PAYLOAD);
    Map<String, Long> batches = f.loadBatches();
    // An import finding whose example value came from the file, as a reader records one.
    String field =
        CP_PLAN.columns().stream()
            .filter(c -> c.name().equals("start_date"))
            .findFirst()
            .orElseThrow()
            .source();
    long planBatch = batches.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    try (var ps =
        web.store
            .connection()
            .prepareStatement(
                "INSERT INTO import_finding (batch_id, code, severity, file_name, location, field,"
                    + " value, detail) VALUES (?, 'CIN-DATE', 'ERROR', ?, 'row 1', ?, ?, ?)")) {
      ps.setLong(1, planBatch);
      ps.setString(2, PAYLOAD + ".xml");
      ps.setString(3, field);
      ps.setString(4, PAYLOAD);
      ps.setString(5, "'" + PAYLOAD + "' is not a date");
      ps.executeUpdate();
    }
    // In Annex A's own batch, after the CIN census finding above.
    StoreFixture g = StoreFixture.on(web.store).year(2025);
    // A team, a worker and a care leaver's accommodation and adviser from Annex A.
    g.add(
        org.caseflow.domain.schema.Table.AA_CHILD_PROTECTION,
        "child_id",
        PAYLOAD,
        "start_date",
        "2024-10-01",
        "last_visit_date",
        "2025-01-01",
        "allocated_team",
        PAYLOAD,
        "allocated_worker",
        PAYLOAD);
    g.add(
        org.caseflow.domain.schema.Table.AA_CARE_LEAVER,
        "child_id",
        PAYLOAD,
        "accommodation",
        PAYLOAD,
        "accommodation_suitable",
        false,
        "personal_adviser",
        PAYLOAD,
        "allocated_team",
        PAYLOAD);
    g.load();
    for (Role r : Role.values()) {
      CLIENTS.put(r, Client.signedIn(web.base(), r.word()));
    }
    Client admin = CLIENTS.get(Role.ADMIN);
    String header = "month,worker,team,fte,contract,open_cases\n";
    // A file refused whole: its error names the bad value.
    refused =
        upload(
            admin,
            PAYLOAD + ".csv",
            header + "2025-03,SW2,Assessment East,1.0,employed," + PAYLOAD + "\n",
            "2024-25");
    assertThat(refused.statusCode()).isEqualTo(422);
    HttpResponse<String> upload =
        upload(
            admin,
            PAYLOAD + ".csv",
            header + "2025-03," + PAYLOAD + "," + PAYLOAD + ",1.0,employed,20\n",
            "2024-25");
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
    Map<String, String> raise = new LinkedHashMap<>();
    raise.put("title", PAYLOAD);
    raise.put("owner", PAYLOAD);
    raise.put("due", "2025-07-01");
    raise.put("raised_from", PAYLOAD);
    HttpResponse<String> raised = admin.postForm("/actions", raise);
    assertThat(raised.statusCode()).isEqualTo(303);
    // A short list named with the markup, saved from a search the person typed with it too.
    for (Client c : CLIENTS.values()) {
      assertThat(
              c.postForm(
                      "/scorecard/lists",
                      Map.of("name", PAYLOAD, "period", "2024-25", "list", "all", "q", "OC07"))
                  .statusCode())
          .isEqualTo(303);
    }
    String where = raised.headers().firstValue("Location").orElseThrow();
    action = Long.parseLong(where.substring(where.lastIndexOf('/') + 1));
    assertThat(
            admin
                .postForm(where + "/updates", Map.of("status", "in_progress", "note", PAYLOAD))
                .statusCode())
        .isEqualTo(303);
    // A rule nobody has: the rows page and the audit log both name what was asked for.
    String dq = admin.get("/data-quality").body();
    Matcher batch = Pattern.compile("name=\"batch\" value=\"(\\d+)\"").matcher(dq);
    assertThat(batch.find()).as("a rule's rows form on the data quality page").isTrue();
    assertThat(
            admin
                .postForm("/data-quality/rows", Map.of("batch", batch.group(1), "rule", PAYLOAD))
                .statusCode())
        .isEqualTo(200);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  private static HttpResponse<String> upload(Client c, String name, String body, String year)
      throws Exception {
    String boundary = "caseflowboundary7d3";
    String form =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n"
            + year
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
            + name
            + "\"\r\nContent-Type: text/csv\r\n\r\n"
            + body
            + "\r\n--"
            + boundary
            + "--\r\n";
    return c.http.send(
        HttpRequest.newBuilder(URI.create(web.base() + "/imports"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("X-CSRF-Token", c.csrf)
            .header("Origin", web.base())
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Every page a role can open, by GET and by the POSTs that show pages, with their bodies. */
  private static Map<String, String> everyPage(Role role) throws Exception {
    Client c = CLIENTS.get(role);
    Map<String, String> pages = new LinkedHashMap<>();
    List<String> gets =
        new ArrayList<>(
            List.of(
                "/scorecard",
                "/scorecard?period=2024-25-Q4",
                "/exceptions",
                "/actions",
                "/actions/" + action,
                "/actions?raised_from="
                    + java.net.URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8),
                "/imports",
                "/data-quality",
                "/audit",
                "/reports",
                "/users",
                "/scorecard?list=" + java.net.URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8),
                "/scorecard?q=" + java.net.URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8),
                "/scorecard.csv?list="
                    + java.net.URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8),
                "/actions/999999",
                "/indicators/NOPE"));
    for (Indicator i : Catalogue.load().all()) {
      gets.add("/indicators/" + i.id());
    }
    for (String path : gets) {
      pages.put("GET " + path, c.get(path).body());
    }
    pages.put("POST /imports (refused)", refused.body());
    List<String> lists = new ArrayList<>(List.of("indicator:OC07", "indicator:WF11"));
    for (org.caseflow.measure.ExceptionList e : org.caseflow.measure.ExceptionLists.load().all()) {
      if (e.drawn()) {
        lists.add("exception:" + e.id());
      }
    }
    for (String list : lists) {
      pages.put(
          "POST /children " + list,
          c.postForm("/children", Map.of("list", list, "period", "2024-25")).body());
    }
    // A team filter carrying the markup: echoed in the form, recorded in the audit log.
    pages.put(
        "POST /children filtered",
        c.postForm(
                "/children",
                Map.of("list", "exception:cp-visits-overdue", "period", "2024-25", "team", PAYLOAD))
            .body());
    String dq = pages.get("GET /data-quality");
    Matcher rule =
        Pattern.compile(
                "name=\"batch\" value=\"(\\d+)\"><input type=\"hidden\" name=\"rule\""
                    + " value=\"([^\"]+)\"")
            .matcher(dq);
    while (rule.find()) {
      pages.put(
          "POST /data-quality/rows " + rule.group(2),
          c.postForm(
                  "/data-quality/rows",
                  Map.of("batch", rule.group(1), "rule", unescape(rule.group(2))))
              .body());
    }
    return pages;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&amp;", "&");
  }

  @Test
  void noPageForAnyRoleCarriesThePlantedMarkupUnescaped() throws Exception {
    int pages = 0;
    for (Role r : Role.values()) {
      for (var page : everyPage(r).entrySet()) {
        pages++;
        String body = page.getValue();
        String where = r.word() + " " + page.getKey();
        assertThat(body).as(where).doesNotContain(PAYLOAD);
        // caseflow writes no img element of its own: any one would be planted markup.
        assertThat(body.toLowerCase(Locale.ROOT)).as(where).doesNotContain("<img");
      }
    }
    assertThat(pages).isGreaterThan(4 * 170);
  }

  @Test
  void thePlantedMarkupReachesThePagesItWasWrittenForEscaped() throws Exception {
    Map<String, String> admin = everyPage(Role.ADMIN);
    String action = admin.get("GET /actions/" + MarkupInjectionTest.action);
    // Title (heading), raised from, owner and the update's note: four times.
    assertThat(occurrences(action, ESCAPED)).as(action).isGreaterThanOrEqualTo(4);
    assertThat(admin.get("GET /actions"))
        .contains("<a href=\"/actions/" + MarkupInjectionTest.action + "\">" + ESCAPED + "</a>");
    // The "raised from" of a new action, carried in a hidden field.
    assertThat(
            admin.get(
                "GET /actions?raised_from="
                    + java.net.URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8)))
        .contains("name=\"raised_from\" value=\"" + IN_ATTRIBUTE + "\"");
    // The child's id, in the child list behind OC07. (The plan's category is planted too, but
    // every indicator maps it to a word of its own.)
    assertThat(admin.get("POST /children indicator:OC07"))
        .contains("<th scope=\"row\">" + ESCAPED + "</th>");
    // The worker and the team from the uploaded caseload extract, behind WF11 and on its page.
    assertThat(admin.get("POST /children indicator:WF11"))
        .contains("<th scope=\"row\">" + ESCAPED + "</th>");
    assertThat(admin.get("GET /indicators/WF11")).contains(ESCAPED);
    // The finding's example from the file, on the page of an indicator reading that table.
    assertThat(admin.get("GET /indicators/OC07"))
        .contains("<td>'" + ESCAPED + "' is not a date</td>");
    // The bad value of a refused file, in the error.
    assertThat(refused.body()).contains("open_cases: '" + ESCAPED + "' is not a whole number");
    // The upload's file name, made safe before it is stored.
    assertThat(admin.get("GET /imports")).contains("_img_src_x_onerror_alert_1__.csv");
    // Team and worker from Annex A on an exception list, in its cells and its filters; a care
    // leaver's accommodation and personal adviser in the detail column.
    String visits = admin.get("POST /children exception:cp-visits-overdue");
    assertThat(occurrences(visits, "<td>" + ESCAPED + "</td>")).as(visits).isEqualTo(2);
    assertThat(visits).contains("<option value=\"" + IN_ATTRIBUTE + "\">" + ESCAPED + "</option>");
    assertThat(admin.get("POST /children exception:pathway-plans-overdue"))
        .contains("<td>" + ESCAPED + "</td>");
    assertThat(admin.get("POST /children exception:leavers-unsuitable-accommodation"))
        .contains("<td>" + ESCAPED + " (unsuitable)</td>");
    assertThat(admin.get("POST /children filtered"))
        .contains("name=\"team\" value=\"" + IN_ATTRIBUTE + "\"");
    // The short list's name: in the list of lists, the picker and the delete button's field; and
    // a search typed with the markup, back in its field.
    String listed =
        admin.get(
            "GET /scorecard?list=" + java.net.URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8));
    assertThat(listed).contains("<span class=\"subtitle\">(" + ESCAPED + ")</span>");
    assertThat(listed).contains("name=\"name\" value=\"" + IN_ATTRIBUTE + "\"");
    assertThat(
            admin.get(
                "GET /scorecard?q=" + java.net.URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8)))
        .contains("name=\"q\" type=\"search\" value=\"" + IN_ATTRIBUTE + "\"");
    // The rule asked for, in the audit log.
    assertThat(admin.get("GET /audit")).contains(ESCAPED);
  }

  private static int occurrences(String s, String part) {
    int n = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
