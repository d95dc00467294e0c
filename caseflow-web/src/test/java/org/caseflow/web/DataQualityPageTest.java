package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caseflow.store.AuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data quality page over HTTP: the rules failed, the rows behind one (audited), roles. */
class DataQualityPageTest {
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

  @Test
  void anAnalystSeesTheRulesFailedByYearAndACouncillorIsRefused() throws Exception {
    HttpResponse<String> page = Client.signedIn(web.base(), "analyst").get("/data-quality");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h2>CIN census</h2>")
        .contains("<th scope=\"row\">1103</th>")
        .contains("The assessment start date cannot be before the referral date")
        .contains("<th scope=\"col\" class=\"num\">2024-25</th>")
        .doesNotContain("C4");
    assertThat(Client.signedIn(web.base(), "manager").get("/data-quality").statusCode())
        .isEqualTo(200);
    assertThat(Client.signedIn(web.base(), "councillor").get("/data-quality").statusCode())
        .isEqualTo(403);
  }

  @Test
  void theRowsBehindARuleNameTheChildAndAreWrittenToTheAuditLog() throws Exception {
    HttpResponse<String> rows =
        Client.signedIn(web.base(), "manager")
            .postForm("/data-quality/rows", Map.of("batch", "1", "rule", "1103"));
    assertThat(rows.statusCode()).isEqualTo(200);
    assertThat(rows.body())
        .contains("<td>C4</td><td>Assessments row 1</td><td>2024-05-31</td><td>2024-06-01</td>")
        .contains("1 rows in 1 children");
    List<AuditLog.Entry> log = new AuditLog(web.store, web.clock).latest(50);
    assertThat(log)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("validation rows");
              assertThat(e.actor()).isEqualTo("manager");
              assertThat(e.subject()).isEqualTo("CIN census 2024-25 rule 1103");
              assertThat(e.children()).isEqualTo(1);
            });
    assertThat(
            Client.signedIn(web.base(), "councillor")
                .postForm("/data-quality/rows", Map.of("batch", "1", "rule", "1103"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anIndicatorReadingAssessmentsNamesTheErrorsInThem() throws Exception {
    HttpResponse<String> page =
        Client.signedIn(web.base(), "analyst").get("/indicators/PR01?period=2024-25");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Validation errors that may affect this figure")
        .containsPattern("\\d+ errors? in CIN census Assessments \\(rules [^)]*1103");
  }
}
