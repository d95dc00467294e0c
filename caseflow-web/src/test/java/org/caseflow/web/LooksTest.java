package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.caseflow.domain.golden.Golden;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How the dashboard looks and whether everyone can use it: axe-core (WCAG 2.0, 2.1 and 2.2, A and
 * AA) on every page for every role, and the scorecard's screenshots for every role at 1366×768 and
 * 1920×1080 against golden images, within a tolerance.
 */
class LooksTest {
  /** The golden screenshots: a missing one fails, as {@link Golden} does. */
  static final Path SCREENS = Path.of("src/test/resources/golden/screens");

  /** A pixel differs when a channel moves by more than this. */
  static final int CHANNEL = 32;

  /** The share of pixels allowed to differ (anti-aliasing, font hinting). */
  static final double TOLERANCE = 0.005;

  static final List<String> AXE_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  @TempDir static Path dir;
  static WebFixture web;
  static ChromeDriver browser;
  static String axe;
  static long action;
  static int passes;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, false);
    browser = Chromium.start(dir);
    axe =
        new String(
            LooksTest.class.getResourceAsStream("/axe/axe.min.js").readAllBytes(),
            StandardCharsets.UTF_8);
    Client manager = Client.signedIn(web.base(), "manager");
    var raised =
        manager.postForm(
            "/actions",
            Map.of("title", "Review the plans", "owner", "Head of CP", "due", "2025-07-01"));
    String where = raised.headers().firstValue("Location").orElseThrow();
    action = Long.parseLong(where.substring(where.lastIndexOf('/') + 1));
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
    Chromium.viewport(browser, 1366, 768);
  }

  /** axe-core's violations on the page in view, one line each (rule: first target). */
  @SuppressWarnings("unchecked")
  private static List<String> violations() {
    Chromium.script(browser, axe);
    Map<String, Object> result =
        (Map<String, Object>)
            browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                    + ".then(r => done({passes: r.passes.length,"
                    + " violations: r.violations.map(v => v.id + ': ' "
                    + " + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(' | '))}))"
                    + ".catch(e => done({violations: ['axe failed: ' + e]}));",
                AXE_TAGS);
    // A run that checked nothing would find nothing: count the rules each page passed.
    passes += ((Number) result.getOrDefault("passes", 0)).intValue();
    return (List<String>) result.get("violations");
  }

  @Test
  void noPageForAnyRoleBreaksAWcag22AOrAaRule() {
    List<String> found = new ArrayList<>();
    browser.get(web.base() + "/login");
    violations().forEach(v -> found.add("signed out /login " + v));
    int pages = 1;
    for (Role r : Role.values()) {
      browser.manage().deleteAllCookies();
      Chromium.signIn(browser, web.base(), r.word());
      List<String> paths =
          new ArrayList<>(
              List.of(
                  "/scorecard",
                  "/scorecard?period=2024-25&sort=status",
                  "/scorecard?period=2024-25-Q4&stage=outputs&off=on",
                  "/indicators/OC07?period=2024-25",
                  "/indicators/WF11?period=2024-25",
                  "/exceptions?period=2024-25",
                  "/reports"));
      if (Area.ACTIONS.allows(r)) {
        paths.add("/actions");
        paths.add("/actions/" + action);
      }
      if (Area.IMPORTS.allows(r)) {
        paths.add("/imports");
      }
      if (Area.DATA_QUALITY.allows(r)) {
        paths.add("/data-quality");
      }
      if (Area.AUDIT.allows(r)) {
        paths.add("/audit");
      }
      for (String path : paths) {
        browser.get(web.base() + path);
        pages++;
        violations().forEach(v -> found.add(r.word() + " " + path + " " + v));
      }
      if (Area.CHILDREN.allows(r)) {
        browser.get(web.base() + "/indicators/OC07?period=2024-25");
        Chromium.click(
            browser,
            By.xpath("//main//button[normalize-space()='Show the children behind this figure']"));
        pages++;
        violations().forEach(v -> found.add(r.word() + " children OC07 " + v));
      }
    }
    assertThat(found).as("axe-core violations").isEmpty();
    // Each page passes a dozen rules or more (landmarks, labels, contrast, names).
    assertThat(passes).isGreaterThan(10 * pages);
    // Sign-in, seven pages for every role, and the role's own pages and child list.
    assertThat(pages).isEqualTo(1 + 4 * 7 + (2 + 1 + 1 + 1 + 1) + (2 + 1 + 1 + 1) + (2 + 1 + 1));
  }

  @Test
  void theScorecardLooksAsItsGoldenImagesForEveryRoleAtBothSizes() throws Exception {
    List<String> differ = new ArrayList<>();
    for (Role r : Role.values()) {
      browser.manage().deleteAllCookies();
      Chromium.signIn(browser, web.base(), r.word());
      for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
        Chromium.viewport(browser, size[0], size[1]);
        browser.get(web.base() + "/scorecard?period=2024-25");
        // The computing time is the one thing on the page that changes from run to run.
        Chromium.script(
            browser, "document.querySelector('.timing').textContent = 'Computed in 0 ms.'");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        String name = r.word() + "-" + size[0] + "x" + size[1] + ".png";
        String problem = compare(SCREENS.resolve(name), png);
        if (problem != null) {
          differ.add(problem);
        }
      }
      // An indicator's page, with its trend chart, reference lines and breakdown bars.
      Chromium.viewport(browser, 1366, 768);
      browser.get(web.base() + "/indicators/OC07?period=2024-25#trend");
      String problem =
          compare(
              SCREENS.resolve(r.word() + "-oc07-1366x768.png"),
              browser.getScreenshotAs(OutputType.BYTES));
      if (problem != null) {
        differ.add(problem);
      }
    }
    assertThat(differ).isEmpty();
  }

  /** Null when the screenshot matches its golden image within the tolerance; else why not. */
  static String compare(Path golden, byte[] png) throws Exception {
    if (Golden.regenerating()) {
      Files.createDirectories(golden.getParent());
      Files.write(golden, png);
    }
    Path actual = Path.of("target/screens").resolve(golden.getFileName());
    Files.createDirectories(actual.getParent());
    Files.write(actual, png);
    if (!Files.exists(golden)) {
      return golden
          + " is missing: run mvn test -D"
          + Golden.REGENERATE
          + "=true and review it (this run's is "
          + actual
          + ")";
    }
    BufferedImage want = ImageIO.read(golden.toFile());
    BufferedImage got = ImageIO.read(new ByteArrayInputStream(png));
    if (want.getWidth() != got.getWidth() || want.getHeight() != got.getHeight()) {
      return golden
          + " is "
          + want.getWidth()
          + "×"
          + want.getHeight()
          + ", the page "
          + got.getWidth()
          + "×"
          + got.getHeight();
    }
    long differing = differing(want, got);
    double share = (double) differing / ((long) want.getWidth() * want.getHeight());
    return share <= TOLERANCE
        ? null
        : String.format(
            java.util.Locale.ROOT,
            "%s: %.2f%% of pixels differ (at most %.2f%%); this run's is %s",
            golden,
            share * 100,
            TOLERANCE * 100,
            actual);
  }

  /** How many pixels differ by more than {@link #CHANNEL} in a channel. */
  static long differing(BufferedImage a, BufferedImage b) {
    long n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > CHANNEL) {
            n++;
            break;
          }
        }
      }
    }
    return n;
  }

  @Test
  void theImageComparisonFailsOnAChangedRegionAndPassesOnAFewPixels() {
    BufferedImage a = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    BufferedImage b = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    // 10 × 10 = 100 white pixels of 10,000: 1% differ, over the 0.5% allowed.
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        b.setRGB(x, y, 0xffffff);
      }
    }
    assertThat(differing(a, b)).isEqualTo(100);
    // A shade 20 apart in every channel is within the channel's allowance: no pixel differs.
    BufferedImage c = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    c.setRGB(50, 50, 0x141414);
    assertThat(differing(a, c)).isZero();
  }
}
