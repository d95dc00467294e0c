package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signal-or-noise pages over HTTP. The fixture's referrals (IN05) fall one a month in September
 * 2023, October 2023 and June 2024 and none in the other months of April 2023 to March 2025: every
 * role may open the pages, and a councillor sees those three months hidden and no judgement.
 */
class SpcPagesTest {
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

  private static HttpResponse<String> get(Role r, String path) throws Exception {
    return Client.signedIn(web.base(), r.word()).get(path);
  }

  @Test
  void everyRoleOpensTheSummaryAndAChartAndTheNavigationLinksThem() throws Exception {
    for (Role r : Role.values()) {
      HttpResponse<String> summary = get(r, "/spc?period=2024-25");
      assertThat(summary.statusCode()).as(r.word()).isEqualTo(200);
      assertThat(summary.body()).contains("href=\"/spc\"", "Signal or noise", "/spc/IN05");
      assertThat(get(r, "/spc/IN05?period=2024-25").statusCode()).as(r.word()).isEqualTo(200);
    }
    assertThat(get(Role.ANALYST, "/spc/XX99?period=2024-25").statusCode()).isEqualTo(404);
  }

  @Test
  void staffSeeTheMeanLimitsIconsAndEveryMonthsValue() throws Exception {
    String body = get(Role.ANALYST, "/spc/IN05?period=2024-25").body();
    // 3 referrals in 24 months: mean 0.125 (shown as a count, 0). The icons carry their words.
    assertThat(body)
        .contains("process limits", "spc-variation", "spc-assurance", "aria-label=\"Variation: ")
        .contains("<th scope=\"row\">2023-09</th><td class=\"num\">1</td>")
        .doesNotContain("Public version");
    String summary = get(Role.ANALYST, "/spc?period=2024-25").body();
    assertThat(summary).contains("spc-matrix", "aria-label=\"Assurance: ");
  }

  @Test
  void aCouncillorSeesTheSmallMonthsHiddenAndNoMeanLimitsOrIcons() throws Exception {
    String body = get(Role.COUNCILLOR, "/spc/IN05?period=2024-25").body();
    assertThat(body)
        .contains("Public version: the mean, limits and signals are not shown, because three")
        .contains("<th scope=\"row\">2023-09</th><td class=\"num\">c</td>")
        .contains("<th scope=\"row\">2023-08</th><td class=\"num\">0</td>")
        .doesNotContain("process limits")
        .doesNotContain("spc-signal")
        .doesNotContain("spc-variation");
    String summary = get(Role.COUNCILLOR, "/spc?period=2024-25").body();
    assertThat(summary).contains("Public version", "Not shown: the mean, limits and signals");
  }
}
