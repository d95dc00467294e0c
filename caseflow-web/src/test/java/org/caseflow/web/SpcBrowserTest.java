package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The signal-or-noise summary matrix and a chart in headless Debian Chromium. */
class SpcBrowserTest {
  @TempDir static Path dir;
  static WebFixture web;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
    browser = Chromium.start(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    web.close();
  }

  private static void signIn(String user) {
    browser.get(web.base() + "/login");
    browser.manage().deleteAllCookies();
    browser.get(web.base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
    browser.findElement(By.xpath("//main//button[normalize-space()='Sign in']")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> !d.getCurrentUrl().endsWith("/login"));
  }

  @Test
  void theSummaryMatrixShowsEachIconWithItsWordAndLeadsToTheChart() {
    signIn(Role.ANALYST.word());
    browser.findElement(By.linkText("Signal or noise")).click();
    WebElement matrix = browser.findElement(By.cssSelector("table.spc-matrix"));
    // Four assurance columns after the row heading, each an icon with a text alternative.
    List<WebElement> columns = matrix.findElements(By.cssSelector("thead th svg"));
    assertThat(columns).hasSize(4);
    for (WebElement icon : columns) {
      assertThat(icon.getAttribute("role")).isEqualTo("img");
      assertThat(icon.getAttribute("aria-label")).startsWith("Assurance: ");
      assertThat(icon.getRect().getWidth()).isGreaterThan(40);
    }
    assertThat(matrix.findElements(By.cssSelector("tbody th svg.spc-variation"))).isNotEmpty();
    // The common-cause row is always there; IN05 (three referrals in 24 months, none in the last
    // nine) sits in a row of the matrix and links to its chart.
    assertThat(matrix.getText()).contains("Common cause");
    WebElement in05 = matrix.findElement(By.linkText("IN05"));
    in05.click();
    WebElement chart = browser.findElement(By.cssSelector("svg.spc-chart"));
    assertThat(chart.getAttribute("aria-label")).startsWith("XmR chart of ");
    assertThat(chart.findElements(By.cssSelector("line.spc-mean"))).isNotEmpty();
    assertThat(chart.findElements(By.cssSelector("line.spc-limit"))).hasSize(2);
    assertThat(chart.findElements(By.cssSelector("circle.spc-point"))).hasSize(24);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("process limits");
  }

  @Test
  void aCouncillorsChartHasNoMeanLimitsOrIconsWhenAMonthIsHidden() {
    signIn(Role.COUNCILLOR.word());
    browser.get(web.base() + "/spc/IN05?period=2024-25");
    WebElement chart = browser.findElement(By.cssSelector("svg.spc-chart"));
    assertThat(chart.findElements(By.cssSelector("line.spc-mean"))).isEmpty();
    assertThat(chart.findElements(By.cssSelector("line.spc-limit"))).isEmpty();
    // September 2023, October 2023 and June 2024 (one referral each) are not plotted.
    assertThat(chart.findElements(By.cssSelector("circle.spc-point"))).hasSize(21);
    assertThat(browser.findElements(By.cssSelector("svg.spc-variation"))).isEmpty();
  }
}
