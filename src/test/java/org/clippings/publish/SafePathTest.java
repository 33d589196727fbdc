package org.clippings.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Only plain relative paths of plain names are written: nothing escapes the site folder. */
class SafePathTest {

  @Test
  void plainPathsPass() {
    for (String p : List.of("index.html", "articles/2024/05/01/a-b_c.d/index.html", "search/w/_e9.js", "a", "..a",
        "a..", ".well-known/x")) {
      assertTrue(SitePublisher.safe(p), p);
    }
  }

  @Test
  void escapesAndOddNamesAreRefused() {
    for (String p : List.of("", "/etc/passwd", "../x", "a/../../x", "a/..", "..", ".", "a/./b", "a//b", "a/", "/",
        "a b", "a\\b", "é.html", "a/b\u0000", "x:y", "%2e%2e/x")) {
      assertFalse(SitePublisher.safe(p), p);
    }
  }

  /** The same answers as the rule it replaced: every segment [A-Za-z0-9._-]+ and neither "." nor "..". */
  @Test
  void agreesWithTheSegmentRule() {
    var segment = Pattern.compile("[A-Za-z0-9._-]+");
    var random = new java.util.Random(7);
    String alphabet = "ab./-_.é \\%";
    for (int n = 0; n < 20_000; n++) {
      var sb = new StringBuilder();
      int len = random.nextInt(8);
      for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String p = sb.toString();
      boolean expected = !p.isEmpty() && !p.startsWith("/");
      for (String seg : p.split("/", -1)) {
        expected &= !seg.isEmpty() && !seg.equals(".") && !seg.equals("..") && segment.matcher(seg).matches();
      }
      if (expected != SitePublisher.safe(p)) throw new AssertionError("'" + p + "': expected " + expected);
    }
  }
}
