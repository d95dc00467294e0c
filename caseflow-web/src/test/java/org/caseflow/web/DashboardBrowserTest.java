package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.caseflow.synth.SynthSpec;
import org.caseflow.synth.Synthesiser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The dashboard in headless Debian Chromium, one browser for the class. */
class DashboardBrowserTest {
  @TempDir static Path dir;
  static WebFixture web;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    org.openqa.selenium.logging.LoggingPreferences logs =
        new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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
    button("Sign in");
  }

  /** Clicks a button in the main content and waits for the next page. */
  private static void button(String text) {
    WebElement main = browser.findElement(By.tagName("main"));
    browser.findElement(By.xpath("//main//button[normalize-space()='" + text + "']")).click();
    // The old page is gone when its main element can no longer be asked about. Chromium reports
    // that either as a stale element or, mid-navigation, as a node no longer in the document.
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
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

  private static Object script(String js, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(js, args);
  }

  @Test
  void aManagerDrillsDownFromTheScorecardToTheChildrenAndRaisesAndClosesAnAction() {
    signIn("manager");
    assertThat(browser.getTitle()).as(browser.getPageSource()).startsWith("Scorecard");
    browser.findElement(By.partialLinkText("OC07 Children on a child protection plan")).click();
    assertThat(browser.getTitle()).startsWith("OC07");
    button("Show the children behind this figure");
    assertThat(browser.getTitle()).startsWith("Children: OC07");
    assertThat(browser.getCurrentUrl()).endsWith("/children");
    List<String> children =
        browser.findElements(By.cssSelector("main table tbody th")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(children).containsExactly("C1", "C2", "C3");
    browser.findElement(By.id("action-title")).sendKeys("Review the three plans");
    browser.findElement(By.id("action-owner")).sendKeys("Head of child protection");
    script("document.getElementById('action-due').value = '2025-07-01'");
    button("Raise the action");
    assertThat(browser.getTitle()).startsWith("Action ");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Review the three plans", "open");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("update-status")))
        .selectByValue("done");
    browser.findElement(By.id("update-note")).sendKeys("All three reviewed at conference");
    button("Save the update");
    String main = browser.findElement(By.tagName("main")).getText();
    assertThat(main).contains("All three reviewed at conference");
    assertThat(browser.findElement(By.xpath("//main//tr[th='Status']/td")).getText())
        .isEqualTo("done");
  }

  @Test
  void anAnalystUploadsAReturnAndSeesItsProvenance() throws Exception {
    Path returns = dir.resolve("returns");
    Synthesiser.generate(new SynthSpec("808", 2024, 2024, 3L, 0.02, false), returns);
    Path cin = returns.resolve("cin_census_2024.xml");
    assertThat(cin).exists();
    signIn("analyst");
    browser.get(web.base() + "/imports");
    browser.findElement(By.id("files")).sendKeys(cin.toAbsolutePath().toString());
    // htmx posts the form in the background (so the progress bar moves): the page is not
    // reloaded, only its main content replaced, so a mark left on the window survives.
    script("window.caseflowMark = 'kept'");
    button("Upload and import");
    String main = browser.findElement(By.tagName("main")).getText();
    assertThat(main).contains("Imported", "cin_census_2024.xml");
    assertThat(script("return window.caseflowMark")).isEqualTo("kept");
  }

  @Test
  void anAnalystOpensTheRowsBehindAFailedRuleFromTheDataQualityPage() {
    signIn("analyst");
    browser.findElement(By.linkText("Data quality")).click();
    assertThat(browser.getTitle()).startsWith("Data quality");
    WebElement main = browser.findElement(By.tagName("main"));
    assertThat(main.getText())
        .contains("The assessment start date cannot be before the referral date");
    browser
        .findElement(By.cssSelector("button[aria-label='Rows failing rule 1103 in 2024-25']"))
        .click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> d.getTitle().startsWith("Rule 1103"));
    assertThat(browser.getCurrentUrl()).endsWith("/data-quality/rows");
    List<String> cells =
        browser.findElements(By.cssSelector("main table tbody td")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(cells).containsExactly("C4", "Assessments row 1", "2024-05-31", "2024-06-01");
  }

  @Test
  void thePagesBreakNoRuleOfTheirOwnContentSecurityPolicy() {
    signIn("admin");
    for (String page :
        List.of(
            "/scorecard?period=2024-25",
            "/indicators/OC10?period=2024-25",
            "/exceptions?period=2024-25",
            "/actions",
            "/imports",
            "/data-quality",
            "/audit")) {
      browser.get(web.base() + page);
    }
    List<String> violations =
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
            .map(org.openqa.selenium.logging.LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused"))
            .toList();
    assertThat(violations).isEmpty();
  }

  @Test
  void aBrokenUploadImportsNothingAndSaysWhy() throws Exception {
    Path bad = dir.resolve("cin_census_broken.xml");
    Files.writeString(bad, "<Message><Header><Collection>CIN</Collection></Header><Children>");
    long before = batches();
    signIn("analyst");
    browser.get(web.base() + "/imports");
    browser.findElement(By.id("files")).sendKeys(bad.toAbsolutePath().toString());
    button("Upload and import");
    String main = browser.findElement(By.tagName("main")).getText();
    assertThat(main)
        .contains("Nothing was imported", "cin_census_broken.xml", "store is unchanged");
    assertThat(batches()).isEqualTo(before);
  }

  private static long batches() throws Exception {
    try (var s = web.store.connection().createStatement();
        var rs = s.executeQuery("SELECT count(*) FROM import_batch")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aCouncillorIsRefusedTheChildListAndTheRefusalIsInTheAuditLog() {
    signIn("councillor");
    browser.get(web.base() + "/exceptions?period=2024-25");
    assertThat(browser.findElements(By.xpath("//button[normalize-space()='Show the children']")))
        .isEmpty();
    // Post the request the page does not offer, with the session's own CSRF token.
    script(
        "var f = document.createElement('form'); f.method = 'post'; f.action = '/children';"
            + "var t = document.querySelector('input[name=_csrf]').cloneNode();"
            + "var l = document.createElement('input'); l.name = 'list';"
            + " l.value = 'exception:cp-plans-18-months'; f.append(t, l);"
            + " document.body.append(f); f.submit();");
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
        .until(d -> d.getTitle().startsWith("Error"));
    assertThat(browser.getTitle()).startsWith("Error 403");
    browser.manage().deleteAllCookies();
    signIn("admin");
    browser.get(web.base() + "/audit");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("councillor refused children 808 cp-plans-18-months");
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRejected() throws Exception {
    signIn("manager");
    browser.get(web.base() + "/actions");
    script("document.querySelector('main form input[name=_csrf]').remove()");
    browser.findElement(By.id("action-title")).sendKeys("Forged");
    browser.findElement(By.id("action-owner")).sendKeys("Nobody");
    script("document.getElementById('action-due').value = '2025-07-01'");
    button("Raise the action");
    assertThat(browser.getTitle()).startsWith("Error 403");
  }

  @Test
  void anExpiredSessionSendsYouToSignIn() {
    signIn("manager");
    browser.get(web.base() + "/actions");
    assertThat(browser.getTitle()).startsWith("Actions");
    web.clock.advance(Duration.ofMinutes(31));
    browser.get(web.base() + "/actions");
    assertThat(browser.getCurrentUrl()).endsWith("/login?error=ended");
    assertThat(browser.getTitle()).startsWith("Sign in");
    assertThat(browser.getPageSource()).contains("Your session has ended. Sign in again.");
  }
}
