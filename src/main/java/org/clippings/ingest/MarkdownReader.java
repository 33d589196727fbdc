package org.clippings.ingest;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.clippings.diag.Problem;
import org.clippings.diag.SourcePos;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Reads the body of a Markdown article with commonmark-java into blocks. One parser and renderer,
 * built once and shared across threads (both are thread-safe). Raw HTML in the source is escaped,
 * and a link or image whose URL is not safe ({@link SafeUrls}) keeps only its text and is reported:
 * scraped text must never become markup or script. A leading level-1 heading
 * is the file's headline; the remaining headings are shifted so the highest becomes level 2 under
 * the page's own title.
 */
final class MarkdownReader {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER =
      Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
      .sanitizeUrls(true).urlSanitizer(SafeUrls.SANITIZER).build();
  private static final TextContentRenderer TEXT =
      TextContentRenderer.builder().extensions(EXTENSIONS).build();

  record Result(String headline, List<Block> blocks, int junkLines, List<Problem> problems) {}

  private final Boilerplate boilerplate;

  MarkdownReader(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  Result read(String file, String body, int lineOffset) {
    Node doc = PARSER.parse(body);
    var problems = new ArrayList<Problem>();
    removeUnsafeLinks(doc, file, lineOffset, problems);
    var nodes = new ArrayList<Node>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) nodes.add(n);

    String headline = "";
    if (!nodes.isEmpty() && nodes.get(0) instanceof Heading h && h.getLevel() == 1) {
      headline = text(h);
      nodes.remove(0);
    }
    int top = nodes.stream().filter(n -> n instanceof Heading).mapToInt(n -> ((Heading) n).getLevel())
        .min().orElse(2);
    int shift = 2 - top;

    var anchors = new Anchors();
    var blocks = new ArrayList<Block>();
    int junk = 0;
    for (Node n : nodes) {
      int line = line(n, lineOffset);
      String text = text(n);
      if (n instanceof ThematicBreak || text.isBlank()) continue;
      if (boilerplate.isJunk(text)) {
        junk++;
        continue;
      }
      if (n instanceof Heading h) {
        blocks.add(Block.heading(Math.max(2, Math.min(6, h.getLevel() + shift)), text, anchors.next(text), line));
      } else {
        blocks.add(new Block(kindOf(n), 0, text, HTML.render(n).strip(), "", line));
      }
    }
    return new Result(headline, blocks, junk, problems);
  }

  /**
   * Links and images whose URL could run code or show inline data ({@code javascript:}, {@code data:}
   * ...) lose the URL and keep their text, and each is reported. Rendering them with an empty URL
   * instead would leave a link to nowhere that no one is told about.
   */
  private static void removeUnsafeLinks(Node doc, String file, int lineOffset, List<Problem> problems) {
    var unsafe = new ArrayList<Node>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        if (!SafeUrls.isSafe(link.getDestination())) unsafe.add(link);
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        if (!SafeUrls.isSafe(image.getDestination())) unsafe.add(image);
        visitChildren(image);
      }
    });
    for (Node n : unsafe) {
      boolean image = n instanceof Image;
      String url = image ? ((Image) n).getDestination() : ((Link) n).getDestination();
      String shown = url.length() > 60 ? url.substring(0, 57) + "..." : url;
      problems.add(Problem.warning(SourcePos.line(file, line(n, lineOffset)), "unsafe-link",
          (image ? "image '" : "link to '") + shown + "' removed, its text kept: only http, https, mailto and "
              + "relative URLs are published",
          image ? "use an image at an https:// address, or remove it" : "link to a web page (https://...) or remove the link"));
      for (Node child = n.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        n.insertBefore(child);
        child = next;
      }
      n.unlink();
    }
  }

  private static BlockKind kindOf(Node n) {
    if (n instanceof BulletList || n instanceof OrderedList) return BlockKind.LIST;
    if (n instanceof BlockQuote) return BlockKind.QUOTE;
    if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) return BlockKind.CODE;
    if (n instanceof TableBlock) return BlockKind.TABLE;
    return BlockKind.PARAGRAPH;
  }

  private static String text(Node n) {
    return TEXT.render(n).strip().replaceAll("\\s*\\n\\s*", " ");
  }

  /** The file line where {@code n} starts (or the nearest enclosing node that knows), 0 when none does. */
  private static int line(Node n, int lineOffset) {
    for (Node at = n; at != null; at = at.getParent()) {
      var spans = at.getSourceSpans();
      if (!spans.isEmpty()) return spans.get(0).getLineIndex() + 1 + lineOffset;
    }
    return 0;
  }
}
