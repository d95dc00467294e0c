package org.caseflow.report;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Runs axe-core (vendored, {@value #VERSION}, see {@code axe/README.md}) in headless Debian
 * Chromium on a page and returns its WCAG 2.2 A and AA violations. Reusable: the dashboard's
 * browser tests can copy it and call {@link #violations(WebDriver)} on their own driver.
 */
final class Axe implements AutoCloseable {
  /** The axe-core version vendored in the test resources. */
  static final String VERSION = "4.11.0";

  /** The rule tags run: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  private final WebDriver browser;

  private Axe(WebDriver browser) {
    this.browser = browser;
  }

  /** A headless Chromium, set up as caseflow-web's browser tests set theirs up. */
  static Axe start(Path scratch) throws IOException {
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
        "--allow-file-access-from-files",
        "--user-data-dir=" + Files.createTempDirectory(scratch, "chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
    return new Axe(browser);
  }

  /** The violations on a file, opened in the browser. */
  List<String> violations(Path file) throws IOException {
    browser.get(file.toAbsolutePath().toUri().toString());
    return violations(browser);
  }

  /**
   * The WCAG A and AA violations on the page a driver shows, one line each: rule, impact, help and
   * the first few elements' selectors.
   */
  static List<String> violations(WebDriver driver) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(script());
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help"
                + " + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')"
                + " + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''))))"
                + ".catch(e => done(['axe failed: ' + e]));",
            TAGS);
    List<String> out = new ArrayList<>();
    if (result instanceof List<?> list) {
      for (Object o : list) {
        out.add(String.valueOf(o));
      }
    } else if (result instanceof Map<?, ?> m) {
      out.add("unexpected axe result " + m.keySet());
    }
    return out;
  }

  private static String script() throws IOException {
    try (InputStream in = Axe.class.getResourceAsStream("axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    browser.quit();
  }
}
