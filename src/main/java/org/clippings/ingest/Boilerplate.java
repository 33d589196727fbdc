package org.clippings.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Junk lines scrapers leave in article text ("Advertisement", its common misspelling
 * "Advertisment", "Read more", share prompts). A line is junk only when the whole trimmed line
 * matches, case-insensitively, so prose that mentions advertising is never touched.
 */
public final class Boilerplate {

  static final List<String> DEFAULT_PATTERNS =
      List.of(
          "advert(?:isement|isment|isemnt|izement|izment)?s?",
          "(?:skip|close|hide)\\s+advert(?:isement|isment)?",
          "advert(?:isement|isment)\\s*[-\u2013\u2014:|]?\\s*(?:scroll|continue|story continues).*",
          "(?:the\\s+)?(?:story|article|text) continues (?:below|after)(?: (?:this |the )?advert(?:isement|isment)?)?",
          "sponsored(?:\\s+content)?",
          "(?:read|see) more(?:\\s*:.*)?",
          "(?:also read|see also|related)\\s*:.*",
          "share (?:this|the) (?:article|story|page)(?:\\s+on .*)?",
          "(?:click|tap) here to .*",
          "(?:sign up|subscribe) (?:now|today|for free|to our newsletter).*",
          "loading(?:\\.\\.\\.|\u2026)?");

  private final Pattern pattern;

  private Boilerplate(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The built-in patterns plus an editor's own (regular expressions matched against a whole line). */
  public static Boilerplate withExtra(List<String> extra) {
    var all = new ArrayList<String>(DEFAULT_PATTERNS);
    for (String p : extra) {
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("invalid boilerplate pattern '" + p + "': " + e.getDescription());
      }
      all.add(p);
    }
    String alternation = String.join("|", all.stream().map(p -> "(?:" + p + ")").toList());
    return new Boilerplate(
        Pattern.compile("(?:" + alternation + ")[\\s.:!\u2026]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  public boolean isJunk(String line) {
    String t = line.strip();
    return !t.isEmpty() && t.length() <= 200 && pattern.matcher(t).matches();
  }
}
