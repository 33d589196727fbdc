package org.clippings.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.clippings.ingest.Block;

/**
 * Turns the recogniser's raw mentions in one article into canonical entities. The recogniser runs
 * on each block separately, so a junk line or heading can never glue onto its neighbour. Then:
 * honorifics and possessives are stripped; demonyms and aliases map to their canonical names; a
 * surname or acronym links to the one full name in the article it abbreviates; each name takes the
 * kind most of its mentions have; and every other literal occurrence of a name in the body counts
 * as a mention (document-level consistency). Names found only in headings or the headline are
 * dropped unless the body names them too, since headings are where the model errs most.
 */
final class EntityResolver {

  private static final Pattern HONORIFIC =
      Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Messrs|Mme|Mlle)\\.?\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['\u2019]s|(?<=s)['\u2019])$");
  private static final Pattern NAME_PARTICLE = Pattern.compile(
      " (?:bin|ibn|bint|al|el|de|da|do|dos|das|del|della|di|van|von|der|den|la|le|y|ben|abu|ter) ");
  private static final Pattern ROLE_OF = Pattern.compile("(?i)(?:minister|secretary|ministry|department|"
      + "vice-minister|undersecretary|secretary-general|director|head|chief)\\s+(?:of|for)\\s+(?:the\\s+)?$");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&.]{1,7}");
  private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of("of", "the", "and", "for", "de", "&", "in", "on");

  private final EntityRecognizer recognizer;
  private final Gazetteer gazetteer;

  EntityResolver(EntityRecognizer recognizer, Gazetteer gazetteer) {
    this.recognizer = recognizer;
    this.gazetteer = gazetteer;
  }

  /** One mention before grouping: where it is, what the text says, what it resolves to. */
  private record Raw(String surface, String name, EntityKind kind, boolean fixedKind, int block, int start, int end,
      boolean inBody) {}

  /**
   * The people, places and organizations of an article, each list most-mentioned first, and every
   * mention's place in the body ({@code block} indexes the blocks given).
   */
  record Resolution(Map<EntityKind, List<Mention>> mentions, List<Located> spans) {}

  /** One counted mention: its entity's kind and canonical name, the block, and offsets in the block's text. */
  record Located(EntityKind kind, String name, int block, int start, int end) {}

  Resolution resolve(List<Block> blocks, String headline) {
    var texts = new ArrayList<String>();
    var inBody = new ArrayList<Boolean>();
    for (Block b : blocks) {
      texts.add(b.text());
      inBody.add(!b.isHeading());
    }
    if (!headline.isEmpty()) {
      texts.add(headline);
      inBody.add(false);
    }
    var raws = new ArrayList<Raw>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      for (EntitySpan s : joinNameParticles(text, findInSentences(text))) {
        toRaw(text, s, i, inBody.get(i)).ifPresent(raws::add);
      }
    }
    raws.replaceAll(r -> link(r, raws));
    return group(raws, texts, inBody);
  }

  /**
   * Runs the model on the sentences that can hold a name: a sentence with no capital letter after a
   * sentence-initial function word ("The talks ended.") has none, so the model (nine tenths of
   * extraction time) is spared it. The CoNLL model labels each sentence on its own, so this changes
   * no result.
   */
  private List<EntitySpan> findInSentences(String text) {
    int[] starts = Sentences.starts(text);
    var out = new ArrayList<EntitySpan>();
    for (int i = 0; i < starts.length; i++) {
      int end = i + 1 < starts.length ? starts[i + 1] : text.length();
      String sentence = text.substring(starts[i], end);
      if (!mayNameSomething(sentence)) continue;
      for (EntitySpan sp : recognizer.find(sentence)) {
        out.add(new EntitySpan(sp.label(), sp.start() + starts[i], sp.end() + starts[i]));
      }
    }
    return out;
  }

  static boolean mayNameSomething(String sentence) {
    boolean first = true;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(sentence.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(sentence.charAt(i))) i++;
      if (start >= n) break;
      char c = sentence.charAt(start);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        if (!first) return true;
        String word = sentence.substring(start, i).replaceAll("[^\\p{L}]+$", "");
        if (!Stems.isStopword(word)) return true;
      }
      first = false;
    }
    return false;
  }

  /** "Khalid" + "bin" + "Nasser al-Mansouri": the model often stops a name at a lower-case particle. */
  private static List<EntitySpan> joinNameParticles(String text, List<EntitySpan> spans) {
    var out = new ArrayList<EntitySpan>(spans.size());
    for (EntitySpan s : spans) {
      if (!out.isEmpty()) {
        EntitySpan prev = out.get(out.size() - 1);
        String gap = text.substring(prev.end(), s.start());
        if (prev.label().equals("PERSON") && s.label().equals("PERSON")
            && (gap.equals(" ") || NAME_PARTICLE.matcher(gap).matches())) {
          out.set(out.size() - 1, new EntitySpan("PERSON", prev.start(), s.end()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /** Mentions of names an author listed: counted and located in the body, without the model. */
  Map<EntityKind, List<Mention>> stated(List<Block> blocks, List<String> people, List<String> places,
      List<String> organizations) {
    var texts = new ArrayList<String>();
    var inBody = new ArrayList<Boolean>();
    for (Block b : blocks) {
      texts.add(b.text());
      inBody.add(!b.isHeading());
    }
    var out = new EnumMap<EntityKind, List<Mention>>(EntityKind.class);
    out.put(EntityKind.PERSON, statedMentions(people, EntityKind.PERSON, texts, inBody));
    out.put(EntityKind.PLACE, statedMentions(places, EntityKind.PLACE, texts, inBody));
    out.put(EntityKind.ORGANIZATION, statedMentions(organizations, EntityKind.ORGANIZATION, texts, inBody));
    return out;
  }

  private static List<Mention> statedMentions(List<String> names, EntityKind kind, List<String> texts,
      List<Boolean> inBody) {
    var out = new ArrayList<Mention>();
    for (String name : names) {
      var positions = new ArrayList<int[]>();
      var surfaces = new TreeSet<String>(List.of(name));
      int count = literal(surfaces, texts, inBody, new HashMap<>(), positions);
      String sentence = positions.isEmpty() ? "" : Sentences.around(texts.get(positions.get(0)[0]), positions.get(0)[1]);
      out.add(new Mention(name, kind, count, List.of(), "", sentence));
    }
    return out;
  }

  private Optional<Raw> toRaw(String text, EntitySpan s, int block, boolean body) {
    String surface = text.substring(s.start(), s.end());
    int start = s.start();
    String name = surface;
    var h = HONORIFIC.matcher(name);
    if (h.find()) {
      name = name.substring(h.end());
    }
    if (s.label().equals("PERSON")) {
      name = withoutLeadingRole(name);
    }
    name = name.replaceAll("^[\\s\"'\u201C\u2018(]+|[\\s\"'\u201D\u2019),.;:]+$", "");
    if (name.length() < 2 || name.length() > 80 || name.chars().noneMatch(Character::isUpperCase)
        || gazetteer.isNever(name) || gazetteer.isNever(surface)) {
      return Optional.empty();
    }
    // "Vice-Minister of Foreign Affairs": a title's field, not an organization
    if (ROLE_OF.matcher(text.substring(Math.max(0, s.start() - 40), s.start())).find()
        && !s.label().equals("PERSON")) {
      return Optional.empty();
    }
    EntityKind kind = switch (s.label()) {
      case "PERSON" -> EntityKind.PERSON;
      case "LOCATION" -> EntityKind.PLACE;
      case "ORGANIZATION" -> EntityKind.ORGANIZATION;
      default -> null;
    };
    boolean fixed = false;
    Optional<Gazetteer.Known> known = gazetteer.lookup(name);
    if (known.isPresent()) {
      name = known.get().canonical();
      if (known.get().kind().isPresent()) {
        kind = known.get().kind().get();
        fixed = true;
      }
    }
    Optional<EntityKind> forced = gazetteer.forcedKind(name);
    if (forced.isPresent()) {
      kind = forced.get();
      fixed = true;
    }
    if (kind == null) return Optional.empty(); // MISC that is not a demonym: nationalities, events, works
    return Optional.of(new Raw(surface, name, kind, fixed, block, start, s.end(), body));
  }

  /** "Curator Lee Min-jung": a title the model swept into the name is a role, not part of it. */
  private static String withoutLeadingRole(String name) {
    String[] words = name.split(" ");
    int i = 0;
    while (i < words.length - 1 && Roles.ROLE_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) i++;
    return i == 0 ? name : String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  /**
   * A one-word mention stands for the one longer name in the article it abbreviates: a word of a
   * person's name ("Ramírez" for Santiago Ramírez Ochoa, "Liu" for Liu Yanqing; a first word only
   * when the model also read it as a person), the first word of an organization's name ("Havbris"
   * for Havbris Seafood), or an organization's initials ("WHO"). Two candidates: no link.
   */
  private static Raw link(Raw r, List<Raw> all) {
    if (r.fixedKind() || r.name().indexOf(' ') >= 0) return r;
    String target = null;
    EntityKind kind = null;
    boolean acronym = ACRONYM.matcher(r.name()).matches();
    for (Raw o : all) {
      if (o.name().indexOf(' ') < 0 || o.name().equals(target)) continue;
      if (!abbreviates(r, o, acronym)) continue;
      if (target != null) return r;
      target = o.name();
      kind = o.kind();
    }
    return target == null ? r
        : new Raw(r.surface(), target, kind, false, r.block(), r.start(), r.end(), r.inBody());
  }

  private static boolean abbreviates(Raw r, Raw full, boolean acronym) {
    if (acronym && initials(full.name()).equals(r.name().replace(".", ""))) return true;
    String[] words = full.name().split(" ");
    if (full.kind() == EntityKind.PERSON) {
      for (int i = 0; i < words.length; i++) {
        if (words[i].equals(r.name()) && (i > 0 || r.kind() == EntityKind.PERSON)) return true;
      }
      return false;
    }
    return full.kind() == EntityKind.ORGANIZATION && words[0].equals(r.name()) && r.kind() != EntityKind.PLACE;
  }

  private static String initials(String name) {
    var sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  private Resolution group(List<Raw> raws, List<String> texts, List<Boolean> inBody) {
    var spans = new ArrayList<Located>();
    var byName = new LinkedHashMap<String, List<Raw>>();
    for (Raw r : raws) byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
    // "Mongolia's" is Mongolia when the article names Mongolia too; "Lord's" alone stays whole
    for (String n : List.copyOf(byName.keySet())) {
      String bare = POSSESSIVE.matcher(n).replaceFirst("");
      if (!bare.equals(n) && byName.containsKey(bare)) byName.get(bare).addAll(byName.remove(n));
    }

    var out = new EnumMap<EntityKind, List<Mention>>(EntityKind.class);
    for (EntityKind k : EntityKind.values()) out.put(k, new ArrayList<>());
    for (var e : byName.entrySet()) {
      String name = e.getKey();
      List<Raw> rs = e.getValue();
      EntityKind kind = vote(rs);
      var surfaces = new TreeSet<String>();
      for (Raw r : rs) surfaces.add(r.surface());
      surfaces.add(name);
      // a person named by one word only, never by a fuller name, is too often a misread place or firm
      if (kind == EntityKind.PERSON && name.indexOf(' ') < 0 && rs.stream().noneMatch(Raw::fixedKind)) continue;
      var positions = new ArrayList<int[]>();
      int count = countInBody(surfaces, rs, texts, inBody, positions);
      if (count == 0) continue; // only in a heading or the headline
      for (int[] p : positions) spans.add(new Located(kind, name, p[0], p[1], p[2]));
      Raw first = rs.stream().filter(Raw::inBody).findFirst().orElse(rs.get(0));
      String sentence = Sentences.around(texts.get(first.block()), first.start());
      String role = kind == EntityKind.PERSON ? role(rs, texts) : "";
      surfaces.remove(name);
      out.get(kind).add(new Mention(name, kind, count, List.copyOf(surfaces), role, sentence));
    }
    var order = Comparator.comparingInt(Mention::count).reversed().thenComparing(Mention::name);
    out.values().forEach(l -> l.sort(order));
    spans.sort(Comparator.comparingInt(Located::block).thenComparingInt(Located::start));
    return new Resolution(out, spans);
  }

  private static EntityKind vote(List<Raw> rs) {
    for (Raw r : rs) {
      if (r.fixedKind()) return r.kind();
    }
    var votes = new EnumMap<EntityKind, Integer>(EntityKind.class);
    for (Raw r : rs) votes.merge(r.kind(), 1, Integer::sum);
    EntityKind best = null;
    for (EntityKind k : EntityKind.values()) {
      if (best == null || votes.getOrDefault(k, 0) > votes.getOrDefault(best, 0)) best = k;
    }
    return best;
  }

  /** Tagged body mentions plus untagged literal occurrences of the same surface forms in the body. */
  private static int countInBody(TreeSet<String> surfaces, List<Raw> rs, List<String> texts, List<Boolean> inBody,
      List<int[]> positions) {
    var seen = new HashMap<Integer, java.util.BitSet>();
    int count = 0;
    for (Raw r : rs) {
      if (!r.inBody()) continue;
      if (seen.computeIfAbsent(r.block(), k -> new java.util.BitSet()).get(r.start())) continue;
      seen.get(r.block()).set(r.start(), r.end());
      positions.add(new int[] {r.block(), r.start(), r.end()});
      count++;
    }
    if (count == 0) {
      // a name only the headline or a heading tagged still counts if the body names it literally
      for (int i = 0; i < texts.size(); i++) {
        if (inBody.get(i) && occurs(texts.get(i), rs.get(0).name())) {
          return literal(surfaces, texts, inBody, seen, positions);
        }
      }
      return 0;
    }
    return count + literal(surfaces, texts, inBody, seen, positions);
  }

  private static int literal(TreeSet<String> surfaces, List<String> texts, List<Boolean> inBody,
      Map<Integer, java.util.BitSet> seen, List<int[]> positions) {
    int extra = 0;
    for (String s : surfaces.descendingSet()) {
      if (s.length() < 3) continue;
      for (int i = 0; i < texts.size(); i++) {
        if (!inBody.get(i)) continue;
        String t = texts.get(i);
        var bits = seen.computeIfAbsent(i, k -> new java.util.BitSet());
        for (int at = t.indexOf(s); at >= 0; at = t.indexOf(s, at + 1)) {
          int end = at + s.length();
          boolean word = (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
              && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)));
          if (word && bits.get(at, end).isEmpty()) {
            bits.set(at, end);
            positions.add(new int[] {i, at, end});
            extra++;
          }
        }
      }
    }
    return extra;
  }

  private static boolean occurs(String text, String name) {
    int at = text.indexOf(name);
    return at >= 0;
  }

  private static String role(List<Raw> rs, List<String> texts) {
    for (Raw r : rs) {
      if (!r.inBody()) continue;
      String text = texts.get(r.block());
      int[] starts = Sentences.starts(text);
      int s = 0;
      for (int st : starts) {
        if (st <= r.start()) s = st;
      }
      int e = text.length();
      for (int st : starts) {
        if (st > r.start()) {
          e = st;
          break;
        }
      }
      String sentence = text.substring(s, e);
      String role = Roles.around(sentence, r.start() - s, r.end() - s);
      if (!role.isEmpty()) return role;
    }
    return "";
  }
}
