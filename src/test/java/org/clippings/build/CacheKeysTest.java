package org.clippings.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new jar keeps the records cache when only rendering changed, and drops it when extraction could have. */
class CacheKeysTest {

  @TempDir Path dir;

  @Test
  void onlyCodeThatCanChangeARecordIsInTheRecordsKey() throws IOException {
    var base = new TreeMap<String, String>(Map.of(
        "org/clippings/extract/RecordExtractor.class", "extract v1",
        "org/clippings/publish/BodyStore.class", "bodies v1",
        "org/clippings/render/ArticlePages.class", "render v1",
        "org/clippings/index/Taxonomies.class", "index v1",
        "org/clippings/templates/article.ftlh", "<p>v1</p>",
        "edu/stanford/nlp/models/ner/model.ser.gz", "model v1"));
    String key = CacheKeys.extractionCode(jar("a.jar", base));
    assertEquals(key, CacheKeys.extractionCode(jar("same.jar", base)), "same entries, another file");

    assertEquals(key, CacheKeys.extractionCode(jar("render.jar",
        with(base, "org/clippings/render/ArticlePages.class", "render v2"))), "rendering changed");
    assertEquals(key, CacheKeys.extractionCode(jar("index.jar",
        with(base, "org/clippings/index/Taxonomies.class", "index v2"))), "indexing changed");
    assertEquals(key, CacheKeys.extractionCode(jar("template.jar",
        with(base, "org/clippings/templates/article.ftlh", "<p>v2</p>"))), "a template changed");

    assertNotEquals(key, CacheKeys.extractionCode(jar("extract.jar",
        with(base, "org/clippings/extract/RecordExtractor.class", "extract v2"))), "extraction changed");
    assertNotEquals(key, CacheKeys.extractionCode(jar("model.jar",
        with(base, "edu/stanford/nlp/models/ner/model.ser.gz", "model v2"))), "the model changed");
    assertNotEquals(key, CacheKeys.extractionCode(jar("bodies.jar",
        with(base, "org/clippings/publish/BodyStore.class", "bodies v2"))), "the bodies file format changed");
  }

  private static Map<String, String> with(Map<String, String> base, String name, String content) {
    var m = new TreeMap<>(base);
    m.put(name, content);
    return m;
  }

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path p = dir.resolve(name);
    try (var out = new JarOutputStream(Files.newOutputStream(p))) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return p;
  }
}
