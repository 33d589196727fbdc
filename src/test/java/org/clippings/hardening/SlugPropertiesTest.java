package org.clippings.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clippings.extract.Slugs;
import org.clippings.index.EntityKeys;
import org.clippings.ingest.ArticleReader;

/**
 * Slugs become folder names in the site: whatever the title or name, an article slug and an entity
 * key are one safe path segment, lower-case ASCII letters, digits and inner hyphens, 1 to 60
 * characters, never {@code .} or {@code ..}.
 */
class SlugPropertiesTest {

  private static final Pattern SAFE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  @Property(tries = 3000)
  void articleSlugsAreSafePathSegments(@ForAll("titles") String title, @ForAll("paths") String source) {
    // the fallback is the one PagePlan gives: "article-" and the id derived from the source path
    assertSafe(Slugs.of(title, "article-" + ArticleReader.idFor(source)), title);
  }

  @Property(tries = 3000)
  void entityKeysAreSafePathSegments(@ForAll("titles") String name) {
    assertSafe(EntityKeys.slug(name), name);
  }

  private static void assertSafe(String slug, String from) {
    String why = "slug '" + slug + "' of '" + from + "'";
    assertTrue(SAFE.matcher(slug).matches(), why);
    assertTrue(slug.length() <= Slugs.MAX, why);
    assertFalse(slug.equals(".") || slug.equals(".."), why);
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("aZ9 -_.'\u2019&/\\:?#%\u00E9\u00DF\u00F8\u0130\u212A\uFF21\u017F\u6771").ofMaxLength(300),
        Arbitraries.of(".", "..", "-", "--a--", "...", "/", "../../etc/passwd", "CON", "a..b", " - ", "\u0301",
            "\uD83D\uDE00", "\u6771\u4EAC"),
        Arbitraries.strings().withCharRange('a', 'z').ofLength(59).map(s -> s + "-" + s),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(55).ofMaxLength(65).map(s -> s + " end"));
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
  }
}
