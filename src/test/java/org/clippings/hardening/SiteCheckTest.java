package org.clippings.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.clippings.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clippings check}: the demo passes; a template with a broken link fails, naming the page and the link. */
class SiteCheckTest {

  @Test
  void passesOnTheDemo(@TempDir Path dir) {
    Path root = TestSite.repoRoot();

    var r = TestSite.execute(dir, cl -> {}, "check", "--config", root.resolve("site-config.yaml").toString());

    r.assertExit(0);
    assertTrue(r.out().contains(": 0 problem(s) in the site"), r.out());
  }

  @Test
  void failsOnABrokenTemplateLinkNamingPageAndLink() throws IOException {
    String home;
    try (InputStream in = SiteCheckTest.class.getResourceAsStream("/org/clippings/templates/home.ftlh")) {
      home = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int end = home.lastIndexOf("</@layout.page>");
    String broken = home.substring(0, end) + "<p><a href=\"${view.page.root}no-such-page.html\">Gone</a></p>\n"
        + home.substring(end);
    TestSite site = TestSite.of("""
        -- articles/a.txt --
        date 2024-03-11 Harbour board approves budget

        The harbour board voted on Tuesday to approve next year's budget.
        """).writeFile("templates/home.ftlh", broken);

    var r = site.run("check", "--config", site.dir().resolve("site-config.yaml").toString(),
        "--articles", site.dir().resolve("articles").toString());

    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("index.html: broken link no-such-page.html"), r.out());
    assertTrue(r.out().contains(": 1 problem(s) in the site"), r.out());
  }
}
