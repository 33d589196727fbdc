package org.clippings.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.clippings.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #6: {@code clippings serve} rebuilds and reloads an open page in a real browser within two
 * seconds of an article being saved.
 */
class ServeReloadIT {

  @TempDir Path dir;

  @Test
  void savingAnArticleRebuildsAndReloadsTheOpenPageWithinTwoSeconds() throws Exception {
    if (!Chromium.installedOrFailOnCi(ServeReloadIT.class)) return;
    Path articles = Files.createDirectories(dir.resolve("articles"));
    for (Path seed : Files.list(DemoSite.REPO.resolve("articles")).sorted().toList()) {
      Files.copy(seed, articles.resolve(seed.getFileName()));
    }
    Path config = dir.resolve("site-config.yaml");
    Files.writeString(config, "site:\n  title: Serve test\n");

    var out = new StringWriter();
    var err = new StringWriter();
    var output = new PrintWriter(out, true);
    Thread serve = new Thread(() -> Main.commandLine().setOut(output).setErr(new PrintWriter(err, true))
        .execute("serve", "--config", config.toString(), "--port", "0"), "serve-under-test");
    serve.setDaemon(true);
    serve.start();
    int port = awaitPort(out, err);

    try (Chromium browser = Chromium.start()) {
      browser.driver.get("http://127.0.0.1:" + port + "/index.html");
      browser.js("window.__beforeReload = true;");
      Files.writeString(articles.resolve("added.md"), "---\ntitle: Reload check headline\ndate: 2030-01-02\n"
          + "people: []\nplaces: []\norganizations: []\n---\n\nA short article saved while the page was open.\n",
          StandardCharsets.UTF_8);
      long saved = System.nanoTime();
      boolean reloaded = false;
      while (System.nanoTime() - saved < TimeUnit.SECONDS.toNanos(10)) {
        Object marker = browser.js("return window.__beforeReload === true;");
        if (Boolean.FALSE.equals(marker) && browser.driver.getPageSource().contains("Reload check headline")) {
          reloaded = true;
          break;
        }
        Thread.sleep(25);
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved);
      System.out.println("serve: page reloaded with the new article " + millis + " ms after saving it");
      assertTrue(reloaded, "the page never reloaded with the new article; serve said:\n" + out + err);
      assertTrue(millis < 2000, "reload took " + millis + " ms");
    } finally {
      serve.interrupt();
      serve.join(5000);
    }
    assertEquals(false, serve.isAlive(), "serve stops when interrupted");
  }

  private static int awaitPort(StringWriter out, StringWriter err) throws InterruptedException {
    var p = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    for (int i = 0; i < 1200; i++) {
      var m = p.matcher(out.toString());
      if (m.find()) return Integer.parseInt(m.group(1));
      Thread.sleep(25);
    }
    throw new AssertionError("serve did not start:\n" + out + err);
  }
}
