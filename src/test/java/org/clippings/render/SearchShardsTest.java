package org.clippings.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Large word shards are split by a third and fourth character, and every word stays findable by
 * the rule search.js uses: load each shard whose key is a prefix of the word's key or starts with it.
 */
class SearchShardsTest {

  @Test
  void aLargeShardIsSplitAndEveryWordStaysFindable() {
    var stemOf = new TreeMap<String, String>();
    for (String w : List.of("co", "coal", "coast", "coastal", "coastline", "comet", "commerce", "commercial",
        "commission", "commit", "con", "concert", "concerto", "conflict", "cons", "consent", "constant", "court")) {
      stemOf.put(w, w.length() > 6 ? w.substring(0, 6) : w);
    }
    var byKey = new TreeMap<String, List<String>>();
    stemOf.keySet().forEach(w -> byKey.computeIfAbsent(SearchIndexWriter.key(w, 2), k -> new ArrayList<>()).add(w));
    var shards = new TreeMap<String, List<String>>();
    // every stem in 1,000 documents: far more than a small limit allows in one file
    byKey.forEach((k, words) -> SearchIndexWriter.partition(k, words, 2, stemOf, stem -> 1000, 20_000, shards));

    assertTrue(shards.size() > 1, "split: " + shards);
    assertEquals(List.of("co"), shards.get("co"), "a word too short for a longer key stays under the short one");
    assertTrue(shards.keySet().stream().anyMatch(k -> k.length() == 4), "split down to four characters: " + shards);
    var seen = new TreeMap<String, String>();
    shards.forEach((k, words) -> words.forEach(w -> assertEquals(null, seen.put(w, k), w + " in two shards")));
    assertEquals(stemOf.keySet(), seen.keySet(), "every word in a shard");
    for (String w : stemOf.keySet()) {
      String wordKey = SearchIndexWriter.key(w, SearchIndexWriter.MAX_KEY);
      var loaded = shards.keySet().stream().filter(k -> k.startsWith(wordKey) || wordKey.startsWith(k)).toList();
      assertTrue(loaded.contains(seen.get(w)), w + " not found by loading " + loaded);
    }
  }

  @Test
  void aSmallShardIsNotSplit() {
    Map<String, String> stemOf = Map.of("coal", "coal", "coast", "coast");
    var shards = new TreeMap<String, List<String>>();
    SearchIndexWriter.partition("co", List.of("coal", "coast"), 2, stemOf, stem -> 3, SearchIndexWriter.SPLIT_BYTES,
        shards);
    assertEquals(Map.of("co", List.of("coal", "coast")), shards);
  }

  @Test
  void keysEscapeWhatIsNotALetterOrDigitAndStopAtASpace() {
    assertEquals("co", SearchIndexWriter.key("coast", 2));
    assertEquals("coas", SearchIndexWriter.key("coast", 4));
    assertEquals("_e9l", SearchIndexWriter.key("élysée", 2));
    assertEquals("ab", SearchIndexWriter.key("ab cd", 4));
  }

  /** Index files are scripts: no "</" may end the script element, whatever an article says. */
  @Test
  void everyClosingTagMarkInTheJsonIsEscapedAsJavaScriptReadsIt() {
    var utf8 = java.nio.charset.StandardCharsets.UTF_8;
    for (String json : List.of("{}", "[\"</script>\"]", "\"a</b</\"", "\"<\"", "\"/\"", "\"</\"", "\"é</é\"", "\"<<//\"")) {
      byte[] out = SearchIndexWriter.scriptSafe("f(".getBytes(utf8), json.getBytes(utf8), ");".getBytes(utf8));
      assertEquals("f(" + json.replace("</", "<\\/") + ");", new String(out, utf8), json);
    }
  }
}
