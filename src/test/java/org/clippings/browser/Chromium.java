package org.clippings.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given to Selenium
 * explicitly, so Selenium Manager never runs and never downloads a browser or a driver.
 *
 * <p>When either is missing the browser tests are skipped, except on CI (the {@code CI} environment
 * variable is set), where they fail: {@code .ci/run} installs both.
 */
final class Chromium implements AutoCloseable {

  static final Path BROWSER = Path.of(System.getProperty("clippings.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("clippings.chromedriver", "/usr/bin/chromedriver"));
  static final int DESKTOP_WIDTH = 1280;
  static final int PHONE_WIDTH = 375;

  /**
   * Selenium looks for a DevTools binding matching the browser's version and warns when it has none;
   * these tests use only chromedriver's own CDP command, which needs none. Held so it is not collected.
   */
  private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger(
      "org.openqa.selenium.devtools");

  final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Why the browser tests cannot run here, or null when Chromium and chromedriver are both installed. */
  private static String missing() {
    String missing = !Files.isExecutable(BROWSER) ? BROWSER.toString()
        : !Files.isExecutable(DRIVER) ? DRIVER.toString() : null;
    return missing == null ? null : "browser tests need Chromium and chromedriver, and " + missing + " is missing:"
        + " install Debian's chromium and chromium-driver (.ci/run does), or point -Dclippings.chromium /"
        + " -Dclippings.chromedriver at them";
  }

  /**
   * For a test class's {@code @BeforeAll}: true when the browser tests can run. When they cannot it
   * fails on CI (the {@code CI} environment variable is set), and elsewhere says so and returns false,
   * and then every test skips itself through {@link #assumeInstalled()}.
   */
  static boolean installedOrFailOnCi(Class<?> tests) {
    String why = missing();
    if (why == null) return true;
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank()) fail(why + " (CI is set, so this fails instead of skipping)");
    System.err.println("SKIPPED " + tests.getSimpleName() + ": " + why);
    return false;
  }

  /** For a test's {@code @BeforeEach}: skips the test, with the reason, when the browser tests cannot run. */
  static void assumeInstalled() {
    String why = missing();
    if (why != null) Assumptions.abort(why);
  }

  /** Starts headless Chromium with a fresh profile, a desktop-sized window and browser logs kept. */
  static Chromium start() {
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    Path profile;
    try {
      profile = Files.createTempDirectory("clippings-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--no-default-browser-check", "--disable-extensions", "--user-data-dir=" + profile,
        "--window-size=" + DESKTOP_WIDTH + ",900", "--lang=en-GB");
    var logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
        .usingAnyFreePort().build();
    var driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    var chromium = new Chromium(driver, profile);
    chromium.viewport(DESKTOP_WIDTH);
    return chromium;
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Browser log entries at SEVERE since the last call (reading the log empties it). */
  List<LogEntry> severeLogs() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
  }

  /**
   * Lays pages out in a viewport this wide: narrower than a desktop it is a phone's (mobile, so the
   * page's viewport meta applies, 812 px tall), else a 900 px tall desktop window.
   */
  void viewport(int width) {
    boolean phone = width < DESKTOP_WIDTH;
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", phone ? 812 : 900, "deviceScaleFactor", 1, "mobile", phone));
  }

  /** Emulates {@code prefers-color-scheme} ("light" or "dark") for the pages that follow. */
  void colorScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** A PNG of the whole page (not only the viewport), written to {@code file}. */
  void screenshot(Path file) throws IOException {
    Number width = (Number) js("return window.innerWidth;");
    Number height = (Number) js("return Math.min(document.documentElement.scrollHeight, 6000);");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a leftover temporary profile is harmless
      }
    }
  }
}
