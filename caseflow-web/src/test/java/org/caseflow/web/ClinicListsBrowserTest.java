package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.AA_CHILD_PROTECTION;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.caseflow.store.AuditLog;
import org.caseflow.store.StoreFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Exception lists (paging, sort, team and worker filters, export), report builds with an audience,
 * and account management, in headless Debian Chromium.
 *
 * <p>Added to {@link WebFixture}: 60 children on a plan in Annex A list 7 of 2025, V01 to V60, all
 * started 1 October 2024, V(i) last visited i days after 1 December 2024: every one more than 10
 * working days before 31 March 2025, so all 60 are on the CP visits list, V01 the most overdue.
 * V(i) is in Team A when i is odd (30 children) and Team B when even; worker W(i mod 3 + 1)...
 * precisely W1 when i mod 3 is 1, W2 when 2, W3 when 0. Team A and W1: i odd and i mod 3 = 1, so i
 * mod 6 = 1: 1, 7, 13, ..., 55, ten children.
 */
class ClinicListsBrowserTest {
  @TempDir static Path dir;
  static WebFixture web;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
    StoreFixture f = StoreFixture.on(web.store).year(2025);
    for (int i = 1; i <= 60; i++) {
      f.add(
          AA_CHILD_PROTECTION,
          "child_id",
          String.format("V%02d", i),
          "start_date",
          LocalDate.of(2024, 10, 1),
          "last_visit_date",
          LocalDate.of(2024, 12, 1).plusDays(i),
          "allocated_team",
          i % 2 == 1 ? "Team A" : "Team B",
          "allocated_worker",
          "W" + (i % 3 == 0 ? 3 : i % 3));
    }
    synchronized (web.store) {
      f.load();
    }
    browser = Chromium.start(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    web.close();
  }

  @BeforeEach
  void signedOut() {
    browser.get(web.base() + "/login");
    browser.manage().deleteAllCookies();
  }

  private static void signIn(String user) {
    browser.get(web.base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
    click(By.xpath("//main//button[normalize-space()='Sign in']"));
  }

  /** Clicks the element and waits for the next page. */
  private static void click(By what) {
    WebElement main = browser.findElement(By.tagName("main"));
    browser.findElement(what).click();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d -> {
              try {
                main.isEnabled();
                return false;
              } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
              }
            });
  }

  private static By button(String text) {
    return By.xpath("//main//button[normalize-space()='" + text + "']");
  }

  private static List<String> children() {
    return browser.findElements(By.cssSelector("main table tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String main() {
    return browser.findElement(By.tagName("main")).getText();
  }

  @Test
  void aManagerPagesSortsFiltersAndExportsAnExceptionListAndTheExportIsAudited() throws Exception {
    signIn("manager");
    browser.get(web.base() + "/exceptions?period=2024-25");
    assertThat(main()).contains("Child protection visits overdue");
    click(
        By.xpath(
            "//main//button[@aria-label='Show the children: Child protection visits overdue']"));
    assertThat(browser.getCurrentUrl()).endsWith("/children");
    assertThat(main()).contains("60 rows, 60 children", "Page 1 of 2");
    List<String> first = children();
    assertThat(first).hasSize(50);
    assertThat(first.get(0)).isEqualTo("V01");
    assertThat(first.get(49)).isEqualTo("V50");
    click(button("Next page"));
    assertThat(children()).hasSize(10).startsWith("V51").endsWith("V60");
    // Sorting by child, then the other way: back to page 1.
    click(button("Child"));
    assertThat(children().get(0)).isEqualTo("V01");
    click(button("Child"));
    assertThat(children().get(0)).isEqualTo("V60");
    assertThat(browser.findElement(By.xpath("//main//thead/tr/th[1]")).getAttribute("aria-sort"))
        .isEqualTo("descending");
    // Team A: the 30 odd children; with W1, ten.
    new Select(browser.findElement(By.id("filter-team"))).selectByValue("Team A");
    click(button("Filter"));
    assertThat(main()).contains("30 rows, 30 children", "Page 1 of 1");
    assertThat(children()).hasSize(30).startsWith("V59");
    new Select(browser.findElement(By.id("filter-worker"))).selectByValue("W1");
    click(button("Filter"));
    assertThat(children())
        .containsExactly("V55", "V49", "V43", "V37", "V31", "V25", "V19", "V13", "V07", "V01");
    int before = entries("children export");
    browser.findElement(button("Export to CSV (10 rows)")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> entries("children export") == before + 1);
    AuditLog.Entry e = latest("children export");
    assertThat(e.actor()).isEqualTo("manager");
    assertThat(e.subject()).isEqualTo("cp-visits-overdue 2024-25, team Team A, worker W1");
    assertThat(e.children()).isEqualTo(10);
    // And each view was recorded: the first of 60 children, the filtered ones of 30 and 10.
    synchronized (web.store) {
      assertThat(new AuditLog(web.store, web.clock).latest(100_000))
          .filteredOn(x -> x.action().equals("children") && x.actor().equals("manager"))
          .extracting(x -> x.subject() + ": " + x.children())
          .contains(
              "cp-visits-overdue 2024-25: 60",
              "cp-visits-overdue 2024-25, team Team A: 30",
              "cp-visits-overdue 2024-25, team Team A, worker W1: 10");
    }
  }

  private static int entries(String action) {
    try {
      synchronized (web.store) {
        return (int)
            new AuditLog(web.store, web.clock)
                .latest(100_000).stream().filter(x -> x.action().equals(action)).count();
      }
    } catch (java.sql.SQLException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static AuditLog.Entry latest(String action) throws Exception {
    synchronized (web.store) {
      return new AuditLog(web.store, web.clock)
          .latest(100_000).stream()
              .filter(x -> x.action().equals(action))
              .findFirst()
              .orElseThrow();
    }
  }

  @Test
  void aCouncillorChoosesTheScrutinyPaperAndDownloadsItOnceBuilt() {
    signIn("councillor");
    browser.get(web.base() + "/reports");
    Select audience = new Select(browser.findElement(By.id("audience")));
    assertThat(audience.getOptions().stream().map(o -> o.getAttribute("value")))
        .containsExactly("cabinet", "scrutiny");
    audience.selectByValue("scrutiny");
    new Select(browser.findElement(By.id("format"))).selectByValue("html");
    click(button("Build the report"));
    assertThat(browser.getCurrentUrl()).contains("/reports/builds/");
    // The page polls until the build is done, then offers the file.
    WebElement link =
        new WebDriverWait(browser, Duration.ofSeconds(120))
            .until(
                d ->
                    d.findElements(By.cssSelector("main a.download")).stream()
                        .findFirst()
                        .orElse(null));
    assertThat(link.getText()).isEqualTo("Download report-808-2024-25-public-scrutiny.html");
    assertThat(main()).contains("The scrutiny committee report for 2024-25 (public), HTML");
  }

  @Test
  void anAdminAddsDisablesEnablesAndResetsAnAccount() throws Exception {
    signIn("admin");
    browser.get(web.base() + "/users");
    browser.findElement(By.id("add-name")).sendKeys("newbie");
    new Select(browser.findElement(By.id("add-role"))).selectByValue("manager");
    browser.findElement(By.id("add-password")).sendKeys(WebFixture.PASSWORD);
    click(button("Add the account"));
    assertThat(main()).contains("Added newbie (manager).");
    Client newbie = Client.signedIn(web.base(), "newbie");
    assertThat(newbie.get("/scorecard").statusCode()).isEqualTo(200);
    // Disabled: the session ends at once and the password no longer signs in.
    click(By.xpath("//main//button[@aria-label='Disable newbie']"));
    assertThat(main()).contains("Disabled newbie");
    assertThat(browser.findElement(By.xpath("//main//tr[th='newbie']/td[3]")).getText())
        .isEqualTo("Disabled");
    var after = newbie.get("/scorecard");
    assertThat(after.statusCode()).isEqualTo(303);
    assertThat(after.headers().firstValue("Location")).hasValue("/login?error=ended");
    assertThat(new Client(web.base()).signIn("newbie", WebFixture.PASSWORD).statusCode())
        .isEqualTo(401);
    click(By.xpath("//main//button[@aria-label='Enable newbie']"));
    assertThat(new Client(web.base()).signIn("newbie", WebFixture.PASSWORD).statusCode())
        .isEqualTo(303);
    // A new password made and shown once; the old one no longer works.
    click(By.xpath("//main//tr[th='newbie']//button[normalize-space()='Set password']"));
    String made = browser.findElement(By.cssSelector("main p.password code")).getText();
    assertThat(made).hasSize(16);
    assertThat(new Client(web.base()).signIn("newbie", WebFixture.PASSWORD).statusCode())
        .isEqualTo(401);
    assertThat(new Client(web.base()).signIn("newbie", made).statusCode()).isEqualTo(303);
    browser.get(web.base() + "/audit");
    assertThat(main())
        .contains("account added", "account disabled", "account enabled", "password reset");
  }
}
