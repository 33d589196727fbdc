package org.clippings.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clippings.build.BuildResult;

/** {@code build --stats FILE}: the build's figures as JSON, for the benchmark harness in {@code bench/}. */
final class BuildStats {

  private BuildStats() {}

  static void write(Path file, BuildResult r) throws IOException {
    var m = new LinkedHashMap<String, Object>();
    m.put("articles", r.articles());
    m.put("cachedArticles", r.cachedArticles());
    m.put("files", r.files());
    m.put("reusedFiles", r.reusedFiles());
    m.put("bytesRendered", r.bytes());
    m.put("wallSeconds", seconds(r.times().total().toNanos()));
    var stages = new LinkedHashMap<String, Object>();
    r.times().stages().forEach((name, s) -> stages.put(name, Map.of(
        "wallSeconds", seconds(s.wall().toNanos()),
        "cpuSeconds", seconds(s.cpu().toNanos()),
        "peakHeapMB", Math.round(s.peakHeapBytes() / 1e6))));
    m.put("stages", stages);
    var steps = new LinkedHashMap<String, Object>();
    r.times().stepNanos().forEach((k, v) -> steps.put(k + "CpuSeconds", seconds(v)));
    m.put("steps", steps);
    m.put("counters", r.times().counters());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), m);
  }

  private static double seconds(long nanos) {
    return Math.round(nanos / 1e6) / 1000.0;
  }
}
