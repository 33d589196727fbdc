package org.clippings.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clippings.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** site-config.yaml: defaults for everything, and errors that say where and what. */
class ConfigLoaderTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "\n\n", "   ", "# nothing configured yet\n\n# still nothing\n", "---\n"})
  void givesDefaultsForEmptyFile(String text) {
    SiteConfig c = ConfigLoader.parse("site-config.yaml", text);

    assertEquals(SiteConfig.DEFAULT, c);
    assertEquals("News archive", c.site().title());
    assertEquals("https://example.org/", c.site().baseUrl());
    assertEquals("articles", c.paths().articles());
    assertEquals("public", c.paths().output());
    assertEquals(20, c.build().pageSize());
    assertEquals(List.of(), c.ingest().boilerplate());
  }

  @Test
  void readsSnakeCaseKeysAndKeepsDefaultsForTheRest() {
    SiteConfig c = ConfigLoader.parse("site-config.yaml", """
        site:
          title: Harbour News
          base_url: https://news.example.com/archive
        build:
          page_size: 5
        ingest:
          heading_max_words: 8
          overrides:
            2024/a.txt: {date: 2024-03-11}
        """);

    assertEquals("Harbour News", c.site().title());
    assertEquals("Harbour News", c.site().author(), "author defaults to the title");
    assertEquals("https://news.example.com/archive/", c.site().baseUrl(), "base_url always ends with a slash");
    assertEquals("en", c.site().language());
    assertEquals(5, c.build().pageSize());
    assertEquals(8, c.ingest().headingMaxWords());
    assertEquals(Map.of("2024/a.txt", new Ingest.Override(null, "2024-03-11")), c.ingest().overrides());
  }

  @Test
  void readsTheDemoConfigOfTheRepo() throws IOException {
    SiteConfig c = ConfigLoader.load(TestSite.repoRoot().resolve("site-config.yaml"));

    assertEquals("https://example.org/clippings/", c.site().baseUrl());
  }

  @Test
  void rejectsUnknownKeyNamingItsLineColumnAndNearestKey() {
    var e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("site-config.yaml", """
        site:
          title: Harbour News
          titel: Harbour News
        """));

    assertEquals(3, e.at().line(), e.toString());
    assertEquals(3, e.at().column(), e.toString());
    assertTrue(e.getMessage().contains("'titel'"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'title'?"), e.getMessage());
    assertTrue(e.toString().startsWith("site-config.yaml:3:3: unknown key 'titel'"), e.toString());
  }

  @Test
  void rejectsUnknownSectionAtItsOwnLine() {
    var e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("site-config.yaml", "sites:\n  title: x\n"));

    assertEquals(1, e.at().line(), e.toString());
    assertTrue(e.getMessage().contains("did you mean 'site'?"), e.getMessage());
  }

  @Test
  void rejectsUnknownKeyInsideAListItem() {
    var e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("site-config.yaml", """
        topics:
          add:
            - id: harbours
              labl: Harbours
        """));

    assertEquals(4, e.at().line(), e.toString());
    assertEquals(7, e.at().column(), e.toString());
    assertTrue(e.getMessage().contains("did you mean 'label'?"), e.getMessage());
  }

  @Test
  void listsValidKeysWhenNothingIsClose() {
    var e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("site-config.yaml", "site:\n  colour: blue\n"));

    assertTrue(e.getMessage().contains("valid keys: author, base_url, description, language, title"), e.getMessage());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"build: {page_size: lots}\n", "build:\n  page_size: lots\n"})
  void rejectsValueOfTheWrongTypeNamingKeyAndLine(String text) {
    var e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("site-config.yaml", text));

    assertTrue(e.getMessage().contains("'build.page_size'"), e.getMessage());
    assertEquals(text.startsWith("build: {") ? 1 : 2, e.at().line(), e.toString());
    assertTrue(e.at().column() > 0, e.toString());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(ints = {0, -1})
  void rejectsPageSizeBelowOneInsteadOfLoopingForever(int size) {
    var e = assertThrows(ConfigException.class,
        () -> ConfigLoader.parse("site-config.yaml", "site:\n  title: x\nbuild:\n  page_size: " + size + "\n"));

    assertTrue(e.getMessage().contains("page_size must be at least 1"), e.getMessage());
    assertEquals(3, e.at().line(), e.toString());
  }

  @Test
  void rejectsTextThatIsNotYaml() {
    var e = assertThrows(ConfigException.class,
        () -> ConfigLoader.parse("site-config.yaml", "site:\n  title: x\n   bad: [\n"));

    assertTrue(e.at().line() >= 3, e.toString());
  }

  @Test
  void namesTheFileInTheError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-site.yaml");
    Files.writeString(file, "site:\n  titel: x\n");

    var e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));

    assertEquals(file.toString(), e.at().file());
    assertTrue(e.toString().startsWith(file + ":2:3: "), e.toString());
  }

  @Test
  void reportsMissingFileAsConfigError(@TempDir Path dir) {
    var e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("nope.yaml")));

    assertTrue(e.toString().contains("nope.yaml") && e.getMessage().contains("not found"), e.toString());
  }
}
