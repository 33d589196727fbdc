package org.clippings.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a headline from an article's lead sentence when the file has no title: the main clause,
 * without a leading framing clause ("In a notable development that ..., "), appositive commas around
 * a name, articles, or trailing subordinate clauses; at most {@link #MAX} characters, cut on a word
 * and never ending on a comma or a dangling function word.
 */
public final class Headlines {

  /** Hard limit; "about 100 characters" with room for a long name. */
  public static final int MAX = 110;

  private static final Set<String> FRAMING_STARTS =
      Set.of("in", "on", "at", "after", "amid", "amidst", "as", "following", "with", "while", "despite", "although",
          "though", "because", "since", "during", "before", "under", "over", "according", "earlier", "later",
          "meanwhile", "yesterday", "today", "last", "this", "when", "once", "until", "for", "from", "by",
          "nearly", "almost", "more", "less", "having", "faced", "facing", "speaking", "writing", "in a",
          "against", "within", "without", "throughout", "ahead", "amongst", "among", "like", "unlike", "if");

  /** Words a headline must not end on. */
  private static final Set<String> DANGLING =
      Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "and", "or", "but", "by", "from",
          "as", "that", "which", "who", "whose", "his", "her", "its", "their", "our", "this", "these", "those",
          "is", "are", "was", "were", "be", "been", "into", "onto", "over", "under", "after", "before", "amid",
          "than", "between", "about", "nor", "so", "yet", "while", "when", "where", "has", "have", "had", "will",
          "would", "could", "should", "may", "might", "can", "not", "very", "more", "most", "it", "up");

  /** Words that begin a clause or phrase: a good place to end the headline before them. */
  private static final Pattern BOUNDARY =
      Pattern.compile(
          ",\\s|;\\s|\\s(?:for|with|to|in|on|at|after|amid|following|as|while|during|despite|since|because|before|"
              + "which|who|where|when|and|but|from|by|over|under|into|against|between|ahead|than)\\s");

  private static final Pattern APPOSITIVE_NAME =
      Pattern.compile(",\\s((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s){1,4}\\p{Lu}[\\p{L}'\u2019-]*),\\s(?=\\p{Ll})");
  private static final Pattern SUBJECT_THEN_APPOSITIVE =
      Pattern.compile("^((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s){1,4}\\p{Lu}[\\p{L}'\u2019-]*),\\s[^,]{3,90},\\s(?=\\p{Ll})");
  /** A quote, then who said it: "...," the company's chief executive said. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile("^[\"\u201C](.{10,200}?)[,.!?]?[\"\u201D],?\\s+(?:\\S+\\s){0,6}(?:said|says|told|warned|added)\\b.*");
  /**
   * A non-restrictive relative clause after the subject: "The company, which employs 4,000 people,
   * said". Not when only an attribution follows ("The bridge fell, which caused chaos, police said").
   */
  private static final Pattern SUBJECT_RELATIVE_CLAUSE =
      Pattern.compile("^([^,]{3,60}),\\s(?:who|which|whose)\\s(?:[^,]|,(?=\\S)){3,120}?,\\s"
          + "(?=\\p{Ll})(?!(?:\\S+\\s){1,3}(?:said|says|reported|added)\\b)");
  private static final Pattern PARENTHETICAL = Pattern.compile("\\s\\([^()]{1,40}\\)");
  private static final Pattern RELATIVE_START = Pattern.compile("^(?:who|which|whose|where)\\b");
  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
          "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
  private static final Pattern HONORIFIC = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr|Mx)\\.\\s");
  private static final Pattern ARTICLE = Pattern.compile("\\s(?:a|an|the)\\s");

  private Headlines() {}

  /** The headline for an article whose lead paragraph is {@code lead}; empty when there is no text. */
  public static String derive(String lead) {
    List<String> sentences = Sentences.split(lead.strip());
    if (sentences.isEmpty()) return "";
    String s = sentences.get(0);

    Matcher quote = ATTRIBUTION.matcher(s);
    if (quote.matches()) {
      return finish(quote.group(1));
    }
    // "Yesterday, in a statement, the ministry said": framing clauses can stack
    for (int pass = 0; pass < 2; pass++) {
      String dropped = dropFramingClause(s);
      if (dropped.equals(s)) break;
      s = dropped;
    }
    s = PARENTHETICAL.matcher(s).replaceAll("");
    s = SUBJECT_RELATIVE_CLAUSE.matcher(s).replaceFirst("$1 ");
    s = HONORIFIC.matcher(s).replaceAll("");
    s = APPOSITIVE_NAME.matcher(s).replaceFirst(" $1 ");
    Matcher subject = SUBJECT_THEN_APPOSITIVE.matcher(s);
    if (subject.find()) {
      s = subject.group(1) + " " + s.substring(subject.end());
    }
    s = ARTICLE.matcher(s).replaceAll(" ");
    s = s.replaceAll("\\s+", " ").strip();
    return finish(cut(s));
  }

  /** Drops an introductory phrase ending at the first comma when it starts like one. */
  static String dropFramingClause(String s) {
    int comma = s.indexOf(", ");
    if (comma < 0 || comma > s.length() - 20) return s;
    String firstWord = s.split("[\\s,]", 2)[0].toLowerCase(Locale.ROOT);
    if (!FRAMING_STARTS.contains(firstWord)) return s;
    String rest = s.substring(comma + 2);
    // "This meeting, which took place ...": the comma closes a subject, not an introduction
    if (RELATIVE_START.matcher(rest).find()) return s;
    // "In Ulaanbaatar, the capital of Mongolia, officials met": skip an appositive after the place too
    if ((rest.startsWith("the ") || rest.startsWith("a ")) && endsWithPlaceName(s.substring(0, comma))) {
      int next = rest.indexOf(", ");
      if (next > 0 && next < 60 && next < rest.length() - 20
          && !RELATIVE_START.matcher(rest.substring(next + 2)).find()) {
        rest = rest.substring(next + 2);
      }
    }
    return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }

  /** The introductory phrase ends on a capitalised name that is not a day or month ("In Ulaanbaatar"). */
  private static boolean endsWithPlaceName(String intro) {
    String last = intro.substring(intro.lastIndexOf(' ') + 1);
    return !last.isEmpty() && Character.isUpperCase(last.charAt(0))
        && !TIME_WORDS.contains(last.toLowerCase(Locale.ROOT));
  }

  /** The longest prefix within {@link #MAX} that ends before a clause or phrase boundary. */
  static String cut(String s) {
    String core = trimEnd(s);
    if (core.length() <= MAX) {
      int comma = core.indexOf(", ");
      return trimDangling(comma > 40 ? core.substring(0, comma) : core);
    }
    Matcher m = BOUNDARY.matcher(core);
    int best = -1;
    while (m.find()) {
      if (m.start() > MAX) break;
      if (m.start() >= 30) best = m.start();
    }
    String cutAt = best > 0 ? core.substring(0, best) : wordPrefix(core);
    return trimDangling(cutAt);
  }

  private static String wordPrefix(String s) {
    int end = s.lastIndexOf(' ', MAX);
    return end > 0 ? s.substring(0, end) : s.substring(0, Math.min(MAX, s.length()));
  }

  private static String trimDangling(String s) {
    String t = trimEnd(s);
    while (true) {
      int sp = t.lastIndexOf(' ');
      if (sp < 0) return t;
      String last = t.substring(sp + 1).toLowerCase(Locale.ROOT);
      if (!DANGLING.contains(last)) return t;
      t = trimEnd(t.substring(0, sp));
    }
  }

  private static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && ",;:.-\u2013\u2014 \"'\u201C\u201D(".indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(0, end);
  }

  private static String finish(String s) {
    String t = trimEnd(s.strip());
    if (t.length() > MAX) t = trimDangling(wordPrefix(t));
    if (t.isEmpty()) return "";
    return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}
