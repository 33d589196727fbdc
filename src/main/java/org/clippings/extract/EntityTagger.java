package org.clippings.extract;

import java.util.ArrayList;
import java.util.List;
import org.clippings.ingest.Block;

/**
 * Mention-level output for scoring the extraction with any standard NER scorer: the entities of a
 * plain text with code-point offsets into that exact text. Paragraphs (blank-line separated) are
 * resolved as one article's blocks, the same way a build resolves them.
 */
public final class EntityTagger {

  /** One mention: {@code PERSON}, {@code LOCATION} or {@code ORGANIZATION}, code-point offsets, the text. */
  public record Tag(String type, int start, int end, String text) {}

  private final EntityResolver resolver;

  public EntityTagger(EntityRecognizer recognizer, Gazetteer gazetteer) {
    this.resolver = new EntityResolver(recognizer, gazetteer);
  }

  public List<Tag> tag(String text) {
    var blocks = new ArrayList<Block>();
    var offsets = new ArrayList<Integer>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = text.indexOf("\n\n", i);
      if (end < 0) end = n;
      String chunk = text.substring(i, end);
      if (!chunk.isBlank()) {
        blocks.add(Block.paragraph(chunk, 0));
        offsets.add(i);
      }
      i = end + 2;
    }
    var out = new ArrayList<Tag>();
    for (EntityResolver.Located l : resolver.resolve(blocks, "").spans()) {
      int from = offsets.get(l.block()) + l.start();
      int to = offsets.get(l.block()) + l.end();
      out.add(new Tag(type(l.kind()), text.codePointCount(0, from), text.codePointCount(0, to), text.substring(from, to)));
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
    return out;
  }

  private static String type(EntityKind k) {
    return switch (k) {
      case PERSON -> "PERSON";
      case PLACE -> "LOCATION";
      case ORGANIZATION -> "ORGANIZATION";
    };
  }
}
