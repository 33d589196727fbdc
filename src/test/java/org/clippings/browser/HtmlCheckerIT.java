package org.clippings.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page kind of the built demo passes the W3C Nu HTML Checker, run in-process, with no error. */
class HtmlCheckerIT {

  @TempDir static Path dir;
  static DemoSite site;

  @BeforeAll
  static void buildTheDemo() {
    site = DemoSite.build(dir);
  }

  @Test
  void everyPageKindIsValidHtmlWithNoCheckerErrors() throws Exception {
    var errors = new ArrayList<String>();
    var warnings = new ArrayList<String>();
    for (var kind : site.pageKinds().entrySet()) {
      String path = kind.getValue().replaceFirst("\\?.*", "");
      var report = NuChecker.check(site.root.resolve(path), kind.getKey() + " page, " + path);
      errors.addAll(report.errors());
      warnings.addAll(report.warnings());
    }
    if (!warnings.isEmpty()) System.out.println("Nu HTML Checker warnings:\n  " + String.join("\n  ", warnings));
    assertEquals(List.of(), errors, () -> "Nu HTML Checker errors:\n  " + String.join("\n  ", errors) + "\n");
  }
}
