package org.clippings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clippings.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through picocli with captured streams: exit codes, and what each command prints and writes. */
class CliTest {

  private static final String DATED = """
      -- articles/dated.txt --
      date 2024-03-11 Harbour board approves budget

      The harbour board voted seven to two on Tuesday to approve next year's budget.
      """;

  private static final String UNDATED = """
      -- articles/undated.txt --
      The harbour board met again to discuss the dredging contract.

      No decision was taken.
      """;

  @Test
  void printsVersionAndExitsZero() {
    var r = TestSite.execute(Path.of("."), cl -> {}, "--version").assertExit(ExitCodes.OK);

    assertTrue(r.out().startsWith("Clippings "), r.out());
  }

  @Test
  void exitsTwoWithUsageWhenThereIsNoSubcommand() {
    var r = TestSite.execute(Path.of("."), cl -> {}).assertExit(ExitCodes.USAGE_OR_CONFIG);

    assertTrue(r.err().contains("Missing subcommand"), r.err());
    assertTrue(r.err().contains("Usage: clippings"), r.err());
  }

  @Test
  void exitsTwoForUnknownOption() {
    var r = TestSite.of(DATED).build("--no-such-option").assertExit(ExitCodes.USAGE_OR_CONFIG);

    assertTrue(r.err().contains("--no-such-option"), r.err());
  }

  @Test
  void exitsThreeUnderStrictWhenAnArticleIsUndated() {
    TestSite site = TestSite.of(DATED + UNDATED);

    site.build().assertExit(ExitCodes.OK);
    var strict = site.build("--strict").assertExit(ExitCodes.STRICT_WARNINGS);

    assertTrue(strict.err().contains("undated.txt: warning [undated]"), strict.err());
    assertTrue(strict.err().contains("--strict"), strict.err());
    strict.assertExists("public/index.html");
  }

  @Test
  void exitsZeroUnderStrictWhenThereIsNothingToWarnAbout() {
    var r = TestSite.of(DATED).build("--strict").assertExit(ExitCodes.OK);

    assertFalse(r.err().contains("warning"), r.err());
    assertTrue(r.out().contains("Built 1 article(s)"), r.out());
  }

  @Test
  void extractPrintsPrettyJsonWithOneRecordPerArticle() throws IOException {
    TestSite site = TestSite.of(DATED + UNDATED + """
        -- articles/notes.md --
        ---
        title: Dredging contract signed
        date: 2024-03-20
        ---

        The board signed the dredging contract.
        """);
    var bytes = new ByteArrayOutputStream();

    var r = site.run(cl -> ((ExtractCommand) cl.getSubcommands().get("extract").getCommand()).stdout = bytes,
        "extract", "--pretty", "--config", site.dir().resolve("site-config.yaml").toString(),
        "--articles", site.dir().resolve("articles").toString()).assertExit(ExitCodes.OK);

    String json = bytes.toString(StandardCharsets.UTF_8);
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(3, root.get("count").asInt());
    List<String> sources = new ArrayList<>();
    root.get("records").forEach(rec -> sources.add(rec.get("source").asText()));
    assertEquals(List.of("dated.txt", "notes.md", "undated.txt"), sources);
    assertEquals("Harbour board approves budget", root.get("records").get(0).get("title").asText());
    assertEquals("2024-03-20", root.get("records").get(1).get("date").asText());
    assertTrue(json.startsWith("{\n  \""), "indented: " + json.substring(0, 20));
    assertTrue(r.err().contains("[undated]"), "problems go to stderr (stdout parsed as JSON alone): " + r.err());
  }

  @Test
  void newWritesDraftThatTheNextBuildReadsButDoesNotPublish() throws IOException {
    TestSite site = TestSite.of(DATED);
    String config = site.dir().resolve("site-config.yaml").toString();

    var created = site.run("new", "Dredging contract signed", "--config", config).assertExit(ExitCodes.OK);

    Path file = Path.of(created.out().strip());
    assertEquals(site.dir().resolve("articles").resolve(LocalDate.now() + "-dredging-contract-signed.md"), file);
    String text = Files.readString(file);
    assertTrue(text.startsWith("---\ntitle: \"Dredging contract signed\"\ndate: " + LocalDate.now() + "\n"), text);
    assertTrue(text.contains("\ndraft: true\n"), text);

    var draft = site.build().assertExit(ExitCodes.OK);
    assertTrue(draft.out().contains("(1 draft(s) not published)"), draft.out());
    assertTrue(draft.out().contains("files found         2"), draft.out());
    assertFalse(draft.err().contains("front-matter"), "the skeleton's front matter is valid: " + draft.err());
    assertTrue(draft.siteFiles().stream().noneMatch(f -> f.contains("dredging-contract-signed")), draft.siteFiles()
        .toString());
    draft.assertFile("public/data/records.json", "! Dredging contract signed");

    Files.writeString(file, text.replace("draft: true\n", ""));
    var published = site.build().assertExit(ExitCodes.OK);
    String page = "public/articles/" + LocalDate.now().toString().replace('-', '/') + "/dredging-contract-signed/index.html";
    published.assertFile(page, "<h1>Dredging contract signed</h1>");
    assertFalse(published.out().contains("draft"), published.out());
  }

  @Test
  void newRefusesToOverwriteAnExistingArticle() {
    TestSite site = TestSite.of(DATED);
    String config = site.dir().resolve("site-config.yaml").toString();

    site.run("new", "Dredging contract signed", "--config", config).assertExit(ExitCodes.OK);
    var again = site.run("new", "Dredging contract signed", "--config", config).assertExit(ExitCodes.BUILD_FAILED);

    assertTrue(again.err().contains("already exists"), again.err());
  }

  @Test
  void failsOnTemplateSyntaxErrorNamingTemplateAndLineAndKeepsThePreviousSite() throws IOException {
    TestSite site = TestSite.of(DATED);
    site.build().assertExit(ExitCodes.OK);
    Map<String, byte[]> before = contents(site.dir().resolve("public"));

    site.writeFile("templates/home.ftlh", "<h1>${view.page.site.title}</h1>\n<p>${\n");
    var r = site.build().assertExit(ExitCodes.BUILD_FAILED);

    assertTrue(r.err().contains("templates/home.ftlh:2:"), r.err());
    assertTrue(r.err().contains("error [template]"), r.err());
    assertContentsEqual(before, contents(site.dir().resolve("public")));
    assertEquals(List.of(), names(site.dir()).stream().filter(n -> n.startsWith(".public.")).toList(),
        "no staging folder is left behind");
  }

  @Test
  void failsOnTemplateErrorAtRenderTimeNamingTheExpression() throws IOException {
    TestSite site = TestSite.of(DATED);
    site.writeFile("templates/home.ftlh", "<h1>${view.page.site.title}</h1>\n\n<p>${view.noSuchField}</p>\n");

    var r = site.build().assertExit(ExitCodes.BUILD_FAILED);

    assertTrue(r.err().contains("templates/home.ftlh:3:"), r.err());
    assertTrue(r.err().contains("noSuchField"), r.err());
    r.assertNotExists("public");
  }

  @Test
  void refusesToWriteIntoNonEmptyFolderItDidNotMake(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.of(DATED);
    Path out = dir.resolve("my-documents");
    Files.createDirectories(out.resolve("letters"));
    Files.writeString(out.resolve("notes.txt"), "do not delete\n");
    Files.writeString(out.resolve("letters/bank.txt"), "dear bank\n");
    Map<String, byte[]> before = contents(out);

    var r = site.run("build", "--config", site.dir().resolve("site-config.yaml").toString(), "--out", out.toString())
        .assertExit(ExitCodes.BUILD_FAILED);

    assertTrue(r.err().contains("refusing to write into " + out), r.err());
    assertTrue(r.err().contains(".clippings-site"), r.err());
    assertContentsEqual(before, contents(out));
    assertEquals(List.of("my-documents"), names(dir), "nothing is written beside it either");
  }

  @Test
  void writesIntoEmptyFolderAndReplacesItsOwnSiteNextTime(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.of(DATED);
    Path out = Files.createDirectories(dir.resolve("site"));
    String[] args = {"build", "--config", site.dir().resolve("site-config.yaml").toString(), "--out", out.toString()};

    site.run(args).assertExit(ExitCodes.OK);
    Files.writeString(out.resolve("stale.html"), "from an older build\n");
    site.run(args).assertExit(ExitCodes.OK);

    assertTrue(Files.exists(out.resolve(".clippings-site")));
    assertTrue(Files.exists(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("stale.html")), "a rebuild replaces the whole site");
  }

  @Test
  void exitsTwoOnConfigErrorNamingFileLineAndKey() {
    var r = TestSite.of("""
        -- site-config.yaml --
        site:
          titel: Harbour News
        """ + DATED).build().assertExit(ExitCodes.USAGE_OR_CONFIG);

    assertTrue(r.err().contains("site-config.yaml:2:3: unknown key 'titel'"), r.err());
    assertTrue(r.err().contains("did you mean 'title'?"), r.err());
    r.assertNotExists("public");
  }

  @Test
  void exitsTwoWhenTheConfigFileIsMissing(@TempDir Path dir) {
    var r = TestSite.execute(dir, cl -> {}, "build", "--config", dir.resolve("nope.yaml").toString(),
        "--out", dir.resolve("public").toString()).assertExit(ExitCodes.USAGE_OR_CONFIG);

    assertTrue(r.err().contains("nope.yaml"), r.err());
  }

  @Test
  void exitsOneWhenTheArticlesFolderIsMissing() {
    TestSite site = TestSite.of(DATED);

    var r = site.run("build", "--config", site.dir().resolve("site-config.yaml").toString(),
        "--articles", site.dir().resolve("no-such-folder").toString(),
        "--out", site.dir().resolve("public").toString()).assertExit(ExitCodes.BUILD_FAILED);

    assertTrue(r.err().contains("no-such-folder"), r.err());
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    var out = new java.util.TreeMap<String, byte[]>();
    for (var e : TestSite.files(root).entrySet()) out.put(e.getKey(), Files.readAllBytes(e.getValue()));
    return out;
  }

  private static void assertContentsEqual(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (String k : expected.keySet()) {
      assertTrue(java.util.Arrays.equals(expected.get(k), actual.get(k)), k + " changed");
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
