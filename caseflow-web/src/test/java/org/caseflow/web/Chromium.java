package org.caseflow.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium for the browser tests (as {@link DashboardBrowserTest} sets it up). */
public final class Chromium {
  private Chromium() {}

  /** A new headless browser whose profile lives under {@code dir}. */
  public static ChromeDriver start(Path dir) throws Exception {
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
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--font-render-hinting=none",
        "--lang=en-US",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return browser;
  }

  /** Sets the viewport to exactly {@code w} by {@code h} CSS pixels. */
  public static void viewport(ChromeDriver browser, int w, int h) {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", w, "height", h, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Signs in through the form. */
  public static void signIn(WebDriver browser, String base, String user) {
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
    click(browser, By.xpath("//main//button[normalize-space()='Sign in']"));
  }

  /** Clicks an element in the main content and waits for the next page. */
  public static void click(WebDriver browser, By what) {
    WebElement main = browser.findElement(By.tagName("main"));
    browser.findElement(what).click();
    waitGone(browser, main);
  }

  /** Waits until the element's page has gone. */
  public static void waitGone(WebDriver browser, WebElement old) {
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            d -> {
              try {
                old.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                return true;
              }
            });
  }

  public static Object script(WebDriver browser, String js, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(js, args);
  }
}
