package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The scorecard in Chromium: filters, search, orders, exports and short lists, all by plain GET
 * forms; and a keyboard-only walk from sign-in to raising an action.
 */
class ScorecardBrowserTest {
  @TempDir static Path dir;
  static WebFixture web;
  static ChromeDriver browser;

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

  @BeforeEach
  void signedOut() {
    browser.get(web.base() + "/login");
    browser.manage().deleteAllCookies();
  }

  private static void apply() {
    Chromium.click(browser, By.xpath("//main//button[normalize-space()='Apply']"));
  }

  private static List<String> shownIds() {
    return browser.findElements(By.cssSelector("table.scorecard tbody th a")).stream()
        .map(a -> a.getText().split(" ", 2)[0])
        .toList();
  }

  private static List<String> shownStatuses() {
    return browser.findElements(By.cssSelector("table.scorecard tbody td .rag")).stream()
        .map(e -> e.getText().substring(2))
        .toList();
  }

  @Test
  void theScorecardNamesTheCouncilAndSummarisesEachStage() {
    Chromium.signIn(browser, web.base(), "manager");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Scorecard: Stockton-on-Tees, 2024-25");
    List<WebElement> tiles = browser.findElements(By.cssSelector(".tiles > li"));
    assertThat(tiles.get(tiles.size() - 1).getText()).startsWith("All stages");
    // The tile for all stages counts every indicator shown once.
    int all =
        browser.findElements(By.cssSelector(".tile-all .count .n")).stream()
            .mapToInt(e -> Integer.parseInt(e.getText()))
            .sum();
    assertThat(all).isEqualTo(shownIds().size());
    assertThat(browser.findElement(By.id("results")).getText())
        .isEqualTo("Showing " + all + " of " + all + " indicators.");
  }

  @Test
  void aStageAndOffTargetOnlyNarrowTheRowsThroughThePlainForm() {
    Chromium.signIn(browser, web.base(), "manager");
    new Select(browser.findElement(By.id("stage"))).selectByValue("outputs");
    apply();
    assertThat(browser.getCurrentUrl()).contains("stage=outputs");
    List<String> outputs = shownIds();
    assertThat(outputs).contains("OC07").doesNotContain("IN05", "PR04", "WF11");
    // One table, the outputs'.
    assertThat(
            browser.findElements(By.cssSelector("table.scorecard caption")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList())
        .containsExactly("Outputs: children in need, protection, care and leaving care");
    browser.findElement(By.id("off")).click();
    apply();
    assertThat(browser.getCurrentUrl()).contains("off=on");
    assertThat(shownStatuses()).allMatch(s -> s.equals("Off target") || s.equals("Near target"));
    assertThat(shownIds()).isSubsetOf(outputs);
  }

  @Test
  void searchFindsIndicatorsByNameAndTheOrderByNameIsAlphabetical() {
    Chromium.signIn(browser, web.base(), "analyst");
    browser.findElement(By.id("q")).sendKeys("child protection");
    new Select(browser.findElement(By.id("sort"))).selectByValue("name");
    apply();
    List<String> names =
        browser.findElements(By.cssSelector("table.scorecard tbody th a")).stream()
            .map(a -> a.getText().split(" ", 2)[1])
            .toList();
    assertThat(names)
        .isNotEmpty()
        .allMatch(n -> n.toLowerCase(Locale.ROOT).contains("child protection"));
    assertThat(shownIds()).contains("OC07");
    assertThat(names)
        .isSortedAccordingTo(java.util.Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
  }

  @Test
  void theCsvExportHoldsExactlyTheRowsShown() {
    Chromium.signIn(browser, web.base(), "analyst");
    browser.findElement(By.id("q")).sendKeys("OC0");
    apply();
    List<String> shown = shownIds();
    String href = browser.findElement(By.linkText("Download these as CSV")).getAttribute("href");
    assertThat(href).contains("/scorecard.csv?", "q=OC0");
    String csv =
        (String)
            browser.executeAsyncScript(
                "var done = arguments[1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                href);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("Stage,Indicator,Name,Value,Status,");
    assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList())
        .isEqualTo(shown);
  }

  @Test
  void aSavedShortListOpensByDefaultUntilEveryIndicatorIsAskedFor() {
    Chromium.signIn(browser, web.base(), "manager");
    int everything = shownIds().size();
    browser.findElement(By.id("q")).sendKeys("OC0");
    apply();
    List<String> chosen = shownIds();
    browser.findElement(By.id("list-name")).sendKeys("Protection");
    browser.findElement(By.id("list-default")).click();
    Chromium.click(browser, By.xpath("//main//button[normalize-space()='Save the list']"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).endsWith("(Protection)");
    assertThat(shownIds()).isEqualTo(chosen);
    // A plain visit opens the default list.
    browser.get(web.base() + "/scorecard");
    assertThat(shownIds()).isEqualTo(chosen);
    new Select(browser.findElement(By.id("list"))).selectByValue("all");
    apply();
    assertThat(shownIds()).hasSize(everything);
    // Another person does not see it.
    browser.manage().deleteAllCookies();
    Chromium.signIn(browser, web.base(), "analyst");
    assertThat(shownIds()).hasSize(everything);
    assertThat(browser.findElement(By.id("list")).getText()).doesNotContain("Protection");
  }

  /** Presses Tab until the focused element satisfies the test (at most 200 presses). */
  private static WebElement tabTo(java.util.function.Predicate<WebElement> test, String what) {
    for (int k = 0; k < 200; k++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
      WebElement e = browser.switchTo().activeElement();
      if (test.test(e)) {
        return e;
      }
    }
    throw new AssertionError("Tab never reached " + what);
  }

  private static WebElement tabToId(String id) {
    return tabTo(e -> id.equals(e.getAttribute("id")), "#" + id);
  }

  private static WebElement tabToText(String text) {
    return tabTo(e -> e.getText().strip().startsWith(text), "'" + text + "'");
  }

  private static void enter(WebElement e) {
    WebElement main = browser.findElement(By.tagName("main"));
    e.sendKeys(Keys.ENTER);
    Chromium.waitGone(browser, main);
  }

  @Test
  void aManagerSignsInFiltersOpensAnIndicatorItsChildrenAndRaisesAnActionByKeyboardAlone() {
    browser.get(web.base() + "/login");
    tabToId("username").sendKeys("manager");
    tabToId("password").sendKeys(WebFixture.PASSWORD);
    enter(tabToText("Sign in"));
    assertThat(browser.getTitle()).startsWith("Scorecard");
    // The stage picker: a closed select takes the arrow keys.
    WebElement stage = tabToId("stage");
    while (!"outputs".equals(stage.getAttribute("value"))) {
      stage.sendKeys(Keys.ARROW_DOWN);
    }
    enter(tabToText("Apply"));
    assertThat(browser.getCurrentUrl()).contains("stage=outputs");
    enter(tabToText("OC07 "));
    assertThat(browser.getTitle()).startsWith("OC07");
    enter(tabToText("Show the children behind this figure"));
    assertThat(browser.getTitle()).startsWith("Children: OC07");
    tabToId("action-title").sendKeys("Review the three plans");
    tabToId("action-owner").sendKeys("Head of child protection");
    // A date field takes its parts as typed digits (month, day, year in en-US).
    tabToId("action-due").sendKeys("07012025");
    assertThat(browser.findElement(By.id("action-due")).getAttribute("value"))
        .isEqualTo("2025-07-01");
    enter(tabToText("Raise the action"));
    assertThat(browser.getTitle()).startsWith("Action ");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Review the three plans", "Head of child protection");
  }
}
