package org.clippings.build;

import static org.clippings.extract.HeadlineRules.assertHeadline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.clippings.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The repo's demo, built whole: what seeds/REFERENCE.md says a careful human reads in the two seed articles. */
class DemoSiteTest {

  private static final String SEED_0 = "000_99b8831b88121862.txt";
  private static final String SEED_1 = "001_76e8e36c0461269e.txt";
  private static final Map<String, List<String>> HEADINGS = Map.of(
      SEED_0, List.of("Diplomatic Dialogues in Ulaanbaatar", "Strategic Implications and Regional Dynamics",
          "Future Prospects and Challenges"),
      SEED_1, List.of("Reviving Diplomatic Ties", "Focus on Education and Culture",
          "Implications for Global Diplomacy"));

  private static TestSite.Result demo;
  private static JsonNode records;

  @BeforeAll
  static void build() throws IOException {
    demo = TestSite.demo();
    records = new ObjectMapper().readTree(demo.site().resolve("data/records.json").toFile()).get("records");
  }

  @Test
  void datesSeedZeroFromItsHeader() {
    JsonNode r = record(SEED_0);

    assertEquals("2024-03-11", r.get("date").asText());
    assertEquals("header", r.get("dateSource").asText());
    assertTrue(r.get("url").asText().startsWith("articles/2024/03/11/"), r.get("url").asText());
    Document page = page(SEED_0);
    assertNotNull(page.selectFirst("article time[datetime=2024-03-11]"), "the page shows the date");
    assertTrue(page.select(".date-note").text().isEmpty(), "a header date needs no note: " + page.select(".date-note"));
  }

  @Test
  void neverPresentsADateForSeedOneAsStatedFact() throws IOException {
    JsonNode r = record(SEED_1);
    String source = r.get("dateSource").asText();
    Document page = page(SEED_1);
    String header = page.select("article").text();

    assertTrue(List.of("none", "inferred-from-related").contains(source), "nothing in 001 states a date: " + source);
    if (source.equals("none")) {
      assertTrue(r.get("date").isNull());
      assertTrue(page.select("article time").isEmpty(), "no date shown");
      assertTrue(header.contains("Undated"), header);
    } else {
      assertEquals("2024-03-11", r.get("date").asText(), "only the same story's date can be inferred");
      assertTrue(header.contains("inferred"), "the page says where the date came from: " + header);
    }
    String mtime = LocalDate.ofInstant(Files.getLastModifiedTime(TestSite.repoRoot().resolve("articles/" + SEED_1))
        .toInstant(), ZoneOffset.UTC).toString();
    if (!mtime.equals("2024-03-11")) {
      assertFalse(demo.read("public/data/records.json").contains(mtime), "never the file's modification time");
      assertFalse(page.html().contains(mtime), "never the file's modification time");
    }
  }

  @Test
  void keepsJunkLinesAndTheHeaderOutOfEveryFile() throws IOException {
    for (var f : TestSite.files(demo.site()).entrySet()) {
      String text = Files.readString(f.getValue(), StandardCharsets.UTF_8);
      assertFalse(text.contains("Advertisment"), f.getKey() + " contains the junk line");
      assertFalse(text.contains("date 2024-03-11"), f.getKey() + " contains the date header");
    }
  }

  @Test
  void rendersTheSixSectionHeadingsAsH2() {
    for (var seed : HEADINGS.entrySet()) {
      Document page = page(seed.getKey());
      List<String> h2 = page.select("article h2").eachText();

      assertEquals(seed.getValue(), h2.stream().filter(seed.getValue()::contains).toList(), seed.getKey() + ": " + h2);
      for (String heading : seed.getValue()) {
        for (Element p : page.select("article p")) {
          assertFalse(p.text().equals(heading), "'" + heading + "' is not a paragraph");
        }
      }
      for (Element h : page.select("article h2")) {
        if (seed.getValue().contains(h.text())) assertFalse(h.id().isEmpty(), "headings have anchors: " + h);
      }
    }
  }

  @Test
  void derivesRealHeadlinesForBothSeeds() {
    for (String seed : List.of(SEED_0, SEED_1)) {
      JsonNode r = record(seed);
      String title = r.get("title").asText();
      String lead = r.get("body").get(0).get("text").asText();

      assertEquals("derived", r.get("titleSource").asText());
      assertHeadline(lead, title);
      assertFalse(title.startsWith("In a notable development"), title);
      assertEquals(title, page(seed).select("article h1").text());
    }
  }

  @Test
  void keepsBothSeedsSummariesFreeOfJunkAndShort() {
    for (String seed : List.of(SEED_0, SEED_1)) {
      String summary = record(seed).get("summary").asText();

      assertFalse(summary.isEmpty());
      assertTrue(summary.length() <= 300, summary);
      assertTrue(record(seed).get("body").get(0).get("text").asText().startsWith(summary.replace("\u2026", "")),
          "the summary is the start of the first paragraph: " + summary);
    }
  }

  @Test
  void makesNoEntityPageOutOfJunkHeadingsOrSentenceStarts() {
    List<String> never = List.of("advertisment", "diplomatic-dialogues", "strategic-implications", "regional-dynamics",
        "future-prospects", "challenges", "reviving-diplomatic-ties", "focus", "global-diplomacy", "vice-minister",
        "foreign-affairs", "mr", "this", "while", "as", "both", "analysts", "covid-19", "north-korean");
    for (String f : demo.siteFiles()) {
      String[] parts = f.split("/");
      if (parts.length < 3 || !List.of("people", "places", "organizations").contains(parts[0])) continue;
      assertFalse(never.contains(parts[1]), "no entity page " + f);
    }
    assertTrue(demo.siteFiles().stream().noneMatch(f -> f.startsWith("people/covid-19/")
        || f.startsWith("people/north-korean/")), "COVID-19 and North Korean are not people");
  }

  @Test
  void findsExactlyTheSeedsPeopleAndPlacesOfTheReference() {
    var requiredPlaces = java.util.Set.of("North Korea", "Mongolia", "Ulaanbaatar", "Pyongyang");
    var optionalPlaces = java.util.Set.of("East Asia", "Korean Peninsula");
    var optionalOrganizations = java.util.Set.of("Mongolian Ministry of Foreign Affairs");
    var allPlaces = new java.util.HashSet<String>();
    for (String seed : List.of(SEED_0, SEED_1)) {
      JsonNode r = record(seed);
      assertEquals(java.util.Set.of("Pak Myong Ho", "Amartuvshin Gombosuren"), names(r.get("people")), seed);
      var places = names(r.get("places"));
      assertTrue(places.containsAll(requiredPlaces), seed + " places " + places);
      var extra = new java.util.HashSet<>(places);
      extra.removeAll(requiredPlaces);
      extra.removeAll(optionalPlaces);
      assertTrue(extra.isEmpty(), seed + ": places the reference does not list " + extra);
      var orgs = names(r.get("organizations"));
      orgs.removeAll(optionalOrganizations);
      assertTrue(orgs.isEmpty(), seed + ": organizations the reference does not list " + orgs);
      allPlaces.addAll(places);
    }
    assertTrue(allPlaces.contains("Korean Peninsula"), "001 names the Korean Peninsula");
  }

  @Test
  void linksNorthKoreanToNorthKoreaAndShowsPakMyongHosRole() throws IOException {
    JsonNode northKorea = null;
    for (JsonNode p : record(SEED_0).get("places")) {
      if (p.get("name").asText().equals("North Korea")) northKorea = p;
    }
    assertNotNull(northKorea);
    assertTrue(northKorea.get("aliases").toString().contains("North Korean"), "the adjective counts: " + northKorea);
    Document pak = Jsoup.parse(demo.site().resolve("people/pak-myong-ho/index.html").toFile(), "UTF-8");
    assertTrue(pak.select(".role").text().contains("Vice-Minister of Foreign Affairs"), pak.select(".role").text());
  }

  @Test
  void filesBothSeedsUnderDiplomacyAsOneStory() {
    for (String seed : List.of(SEED_0, SEED_1)) {
      JsonNode r = record(seed);
      var topics = new java.util.HashSet<String>();
      r.get("topics").forEach(t -> topics.add(t.get("id").asText()));
      assertTrue(topics.contains("diplomacy"), seed + " topics " + topics);
      for (String wrong : List.of("sport", "economy", "crime", "weather")) {
        assertFalse(topics.contains(wrong), seed + " filed under " + wrong);
      }
      String other = record(seed.equals(SEED_0) ? SEED_1 : SEED_0).get("id").asText();
      assertTrue(r.get("related").toString().contains("\"id\":\"" + other + "\",\"reason\":\"same-story\""),
          seed + " related " + r.get("related"));
    }
    assertEquals("inferred-from-related", record(SEED_1).get("dateSource").asText());
    assertEquals("2024-03-11", record(SEED_1).get("date").asText());
    assertTrue(page(SEED_1).select(".date-note").text().contains("inferred from related coverage"));
  }

  private static java.util.Set<String> names(JsonNode list) {
    var out = new java.util.HashSet<String>();
    list.forEach(e -> out.add(e.get("name").asText()));
    return out;
  }

  private static JsonNode record(String source) {
    for (JsonNode r : records) {
      if (r.get("source").asText().equals(source)) return r;
    }
    throw new AssertionError("no record for " + source);
  }

  private static Document page(String source) {
    Path file = demo.site().resolve(record(source).get("url").asText() + "index.html");
    try {
      return Jsoup.parse(file.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new AssertionError("no page for " + source + " at " + file, e);
    }
  }
}
