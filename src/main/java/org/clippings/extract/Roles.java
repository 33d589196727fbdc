package org.clippings.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the role a text gives a person where it names it next to the name: by apposition before
 * ("North Korea's Vice-Minister of Foreign Affairs, Pak Myong Ho,") or after ("Maria Lopez, the
 * chief executive of Ferrox,"), or as a title ("Trade and Industry Secretary Patricia Hewitt").
 * A role must contain a word that names a role, so an ordinary clause is never taken for one.
 */
final class Roles {

  static final Set<String> ROLE_WORDS =
      Set.copyOf(java.util.List.of("minister", "vice-minister", "secretary", "president", "vice-president", "chancellor", "premier",
          "governor", "mayor", "senator", "congressman", "congresswoman", "representative", "ambassador", "envoy",
          "diplomat", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "chief",
          "executive", "ceo", "cfo", "director", "head", "leader", "founder", "co-founder", "king", "queen", "prince",
          "princess", "general", "commander", "colonel", "admiral", "officer", "judge", "justice", "prosecutor",
          "attorney", "lawyer", "barrister", "coach", "manager", "captain", "striker", "midfielder", "goalkeeper",
          "defender", "player", "professor", "scientist", "researcher", "economist", "analyst", "author", "editor",
          "counterpart", "deputy", "undersecretary", "commissioner", "official", "lawmaker", "mp", "inspector",
          "superintendent", "sheriff", "bishop", "pope", "cardinal", "imam", "rabbi", "pastor", "priest",
          "reporter", "correspondent", "actor", "actress", "singer", "director-general", "secretary-general",
          "chairperson", "adviser", "advisor", "negotiator", "candidate", "spokesperson", "emir", "sheikh",
          "dean", "principal", "headteacher", "rector", "chancellor", "detective", "constable", "ceo", "owner",
          "partner", "president-elect", "prime", "treasurer", "auditor", "physician", "surgeon", "doctor",
          "nurse", "architect", "engineer", "curator", "composer", "novelist", "poet", "artist", "champion",
          "athlete", "runner", "swimmer", "cyclist", "batsman", "bowler", "forward", "winger", "chef"));

  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "in", "at", "to", "&");
  private static final Set<String> DETERMINERS =
      Set.of("his", "her", "their", "its", "the", "a", "an", "our", "my", "your", "former", "then");
  private static final Pattern HONORIFIC_AT_END =
      Pattern.compile("(?<=\\s)(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\\.?\\s+$");
  private static final Pattern AFTER = Pattern.compile("^,\\s+([^,;()]{3,90}?)(?:,|;|\\.|$)");

  private Roles() {}

  /** The role stated around the mention at {@code [start, end)} of {@code sentence}, or empty. */
  static String around(String sentence, int start, int end) {
    String before = before(sentence, start);
    if (!before.isEmpty()) return before;
    return after(sentence.substring(Math.min(end, sentence.length())));
  }

  /** "X's Vice-Minister of Foreign Affairs, NAME" or "Trade Secretary NAME". */
  private static String before(String sentence, int start) {
    String left = HONORIFIC_AT_END.matcher(sentence.substring(0, start)).replaceFirst("");
    boolean appositive = left.endsWith(", ");
    if (appositive) left = left.substring(0, left.length() - 2);
    else if (!left.endsWith(" ")) return "";
    int clause = Math.max(Math.max(left.lastIndexOf(", "), left.lastIndexOf("; ")), left.lastIndexOf(" \u2013 "));
    String seg = (clause >= 0 ? left.substring(clause + 2) : left).strip();
    String[] words = seg.split("\\s+");
    // the role ends right before the name: find its head word scanning left from the end
    int head = -1;
    for (int i = words.length - 1; i >= 0 && i >= words.length - 6; i--) {
      if (isRoleWord(words[i])) {
        head = i;
        break;
      }
      if (!appositive && !isTitleish(words[i])) return "";
    }
    if (head < 0) return "";
    if (!appositive && head != words.length - 1) return "";
    int from = head;
    while (from > 0) {
      String w = words[from - 1];
      if (isTitleish(w) || CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && from - 1 > 0) from--;
      else break;
    }
    while (from <= head && CONNECTORS.contains(words[from].toLowerCase(Locale.ROOT))) from++;
    String role = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    return clean(role);
  }

  /** "NAME, the chief executive of Ferrox," */
  private static String after(String rest) {
    Matcher m = AFTER.matcher(rest);
    if (!m.find()) return "";
    String seg = m.group(1).strip();
    String[] words = seg.split("\\s+");
    if (words.length > 10) return "";
    String first = words[0].toLowerCase(Locale.ROOT);
    boolean startsLikeRole = DETERMINERS.contains(first) || Character.isUpperCase(words[0].charAt(0));
    if (!startsLikeRole) return "";
    for (String w : words) {
      if (isRoleWord(w)) return clean(seg);
    }
    return "";
  }

  private static boolean isRoleWord(String w) {
    String k = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
    if (ROLE_WORDS.contains(k)) return true;
    int dash = k.lastIndexOf('-');
    return dash > 0 && ROLE_WORDS.contains(k.substring(dash + 1));
  }

  private static boolean isTitleish(String w) {
    return !w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || isRoleWord(w));
  }

  private static String clean(String role) {
    String r = role.strip().replaceAll("[,;:.]+$", "");
    String[] words = r.split("\\s+");
    int i = 0;
    while (i < words.length - 1 && DETERMINERS.contains(words[i].toLowerCase(Locale.ROOT))) i++;
    r = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    return r.length() > 100 ? "" : r;
  }
}
