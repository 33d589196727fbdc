import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Converts Clippings' data/records.json into a Hugo content folder: one Markdown file per record with
 * its title, date and the extracted people, places, organizations and topics as front-matter
 * taxonomies, so Hugo builds the same pages from the same articles.
 *
 * Run with the Clippings jar on the classpath (for Jackson):
 *   java -cp target/clippings.jar bench/ToHugo.java RECORDS_JSON HUGO_SITE_DIR
 */
public class ToHugo {
  public static void main(String[] args) throws Exception {
    JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Path site = Path.of(args[1]);
    Path content = site.resolve("content/articles");
    Files.createDirectories(content);
    int n = 0;
    for (JsonNode r : root.path("records")) {
      var sb = new StringBuilder("---\n");
      sb.append("title: ").append(quote(r.path("title").asText())).append('\n');
      if (!r.path("date").isNull()) sb.append("date: ").append(r.path("date").asText()).append('\n');
      sb.append("summary: ").append(quote(r.path("summary").asText())).append('\n');
      for (String tax : new String[] {"people", "places", "organizations"}) {
        sb.append(tax).append(":\n");
        for (JsonNode e : r.path(tax)) sb.append("  - ").append(quote(e.path("name").asText())).append('\n');
      }
      sb.append("topics:\n");
      for (JsonNode t : r.path("topics")) sb.append("  - ").append(quote(t.path("label").asText())).append('\n');
      sb.append("---\n\n");
      for (JsonNode b : r.path("body")) {
        String text = b.path("text").asText();
        sb.append(b.path("type").asText().equals("heading") ? "## " + text : text).append("\n\n");
      }
      Files.writeString(content.resolve(r.path("id").asText() + ".md"), sb, StandardCharsets.UTF_8);
      n++;
    }
    System.out.println("wrote " + n + " Hugo articles to " + content);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
