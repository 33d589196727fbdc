/*
 * Clippings benchmark corpus generator: deterministic synthetic news articles.
 *
 *   java bench/GenerateCorpus.java --count 1000 --seed 42 --out /tmp/corpus [--force]
 *
 * Single-file Java 17 program, JDK only. Article i is generated from a SplittableRandom seeded
 * from (seed, i) alone, over a fixed "world" (name, place and organization pools built from a
 * constant seed), so the same arguments always give byte-identical output. See bench/README.md.
 *
 * This source is kept pure ASCII (non-ASCII letters are written as \\u escapes) so that it
 * compiles identically whatever the platform's default encoding is.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

public class GenerateCorpus {

  static final int PER_FOLDER = 1000;
  static final long MAX_COUNT = 10_000_000L;

  public static void main(String[] args) throws IOException {
    long count = 1000;
    long seed = 42;
    Path out = null;
    boolean force = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--count" -> count = Long.parseLong(value(args, ++i, "--count"));
          case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
          case "--out" -> out = Path.of(value(args, ++i, "--out"));
          case "--force" -> force = true;
          case "-h", "--help" -> {
            usage();
            return;
          }
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
      }
      if (out == null) throw new IllegalArgumentException("--out is required");
      if (count < 0 || count > MAX_COUNT) {
        throw new IllegalArgumentException("--count must be between 0 and " + MAX_COUNT);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      usage();
      System.exit(2);
      return;
    }
    if (!prepareOut(out, force)) {
      System.exit(2);
      return;
    }

    long start = System.nanoTime(); // only for the timing line, never for content
    Generator gen = new Generator(World.get(), seed);
    long words = 0;
    long bytes = 0;
    Path folder = null;
    for (int i = 0; i < count; i++) {
      if (i % PER_FOLDER == 0) {
        folder = out.resolve(pad(i / PER_FOLDER, 4));
        Files.createDirectories(folder);
      }
      Generator.Article a = gen.article(i);
      byte[] data = a.text().getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve("a" + pad(i, 7) + ".txt"), data);
      words += countWords(a.text());
      bytes += data.length;
    }
    double secs = (System.nanoTime() - start) / 1e9;
    System.out.println("generated " + count + " articles, " + words + " words, " + bytes + " bytes in "
        + fixed(secs, 1) + " s");
  }

  static void usage() {
    System.err.println("usage: java bench/GenerateCorpus.java --out DIR [--count N] [--seed S] [--force]");
    System.err.println("  --count N  number of articles (default 1000)");
    System.err.println("  --seed S   random seed, a long (default 42)");
    System.err.println("  --out DIR  output folder; created; must be empty unless --force");
    System.err.println("  --force    write into a non-empty folder, first deleting earlier output");
    System.err.println("             (NNNN/aNNNNNNN.txt files); other files are left alone");
  }

  static String value(String[] args, int i, String name) {
    if (i >= args.length) throw new IllegalArgumentException(name + " needs a value");
    return args[i];
  }

  /** Creates the output folder, or checks it is empty; with force, removes earlier output. */
  static boolean prepareOut(Path out, boolean force) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      System.err.println("error: " + out + " exists and is not a folder");
      return false;
    }
    if (!Files.exists(out)) {
      Files.createDirectories(out);
      return true;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(out)) {
      for (Path p : ds) entries.add(p);
    }
    if (entries.isEmpty()) return true;
    if (!force) {
      System.err.println("error: " + out + " is not empty (use --force to overwrite earlier output)");
      return false;
    }
    for (Path dir : entries) {
      if (!Files.isDirectory(dir) || !dir.getFileName().toString().matches("\\d{4}")) continue;
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) files.add(p);
      }
      boolean allOurs = true;
      for (Path f : files) {
        if (Files.isRegularFile(f) && f.getFileName().toString().matches("a\\d{7}\\.txt")) {
          Files.delete(f);
        } else {
          allOurs = false;
        }
      }
      if (allOurs) Files.delete(dir);
    }
    return true;
  }

  static long countWords(String s) {
    long n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space && !in) n++;
      in = !space;
    }
    return n;
  }

  static String pad(long v, int width) {
    String s = Long.toString(v);
    StringBuilder b = new StringBuilder();
    for (int i = s.length(); i < width; i++) b.append('0');
    return b.append(s).toString();
  }

  /** Locale-independent fixed-point formatting. */
  static String fixed(double v, int decimals) {
    long scale = 1;
    for (int i = 0; i < decimals; i++) scale *= 10;
    long r = Math.round(v * scale);
    String s = Long.toString(r / scale);
    if (decimals == 0) return s;
    return s + "." + pad(Math.abs(r % scale), decimals);
  }

  /** fmix64 from MurmurHash3: a strong bijective mixer for deriving seeds. */
  static long mix(long z) {
    z ^= z >>> 33;
    z *= 0xff51afd7ed558ccdL;
    z ^= z >>> 33;
    z *= 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z;
  }

  static long seedFor(long seed, long index) {
    return mix(mix(seed ^ 0x5DEECE66DL) + 0x9E3779B97F4A7C15L * (index + 1));
  }
}

/** Zipf-distributed ranks 0..n-1: P(k) proportional to 1/(k+1)^s. */
final class Zipf {
  static final double EXPONENT = 1.1;
  private final double[] cdf;

  Zipf(int n, double s) {
    cdf = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1.0 / Math.pow(k + 1, s);
      cdf[k] = sum;
    }
  }

  int size() {
    return cdf.length;
  }

  int sample(SplittableRandom r) {
    double u = r.nextDouble() * cdf[cdf.length - 1];
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] > u) hi = mid; else lo = mid + 1;
    }
    return lo;
  }
}

/** A real country or city. {@code the} marks names used with "the" in running text. */
record Place(String name, boolean the, boolean city, int country) {
  /** The name as used in a sentence ("the Netherlands"). */
  String inText() {
    return the ? "the " + name : name;
  }
}

/** A role: an optional title before the name, an appositive, and the org kind it is tied to. */
record Role(String title, String appositive, int orgKind) {
  static Role parse(String spec) {
    String[] f = spec.split("\\|", -1);
    return new Role(f[0].isEmpty() ? null : f[0], f[1], f.length > 2 && !f[2].isEmpty() ? Orgs.kind(f[2]) : -1);
  }
}

/** One person of the world: fixed name, theme, role, organization and home country. */
record Person(String full, String surname, int theme, Role role, int org, int country) {}

/**
 * The fixed world every article draws from: places, organizations and people, built once from a
 * constant seed (independent of --seed) and ranked for Zipf sampling by their order here.
 */
final class World {
  static final long WORLD_SEED = 0x436C697070696E67L; // "Clipping"
  static final int PEOPLE_PER_THEME = 2000;

  final Place[] places; // countries first, then cities (in source order)
  final int[] placeRank; // Zipf rank -> index into places
  final int countryCount;
  final String[][] orgs; // by kind, in Zipf rank order
  final Person[][] people; // by theme, in Zipf rank order
  final Zipf placeZipf;
  final Zipf[] orgZipf;
  final Zipf personZipf;

  private static World instance;

  static synchronized World get() {
    if (instance == null) instance = new World();
    return instance;
  }

  private World() {
    SplittableRandom r = new SplittableRandom(WORLD_SEED);
    // Places.
    List<Place> ps = new ArrayList<>();
    for (String c : Places.COUNTRIES) {
      boolean the = c.startsWith("*");
      ps.add(new Place(the ? c.substring(1) : c, the, false, ps.size()));
    }
    countryCount = ps.size();
    for (String spec : Places.CITIES) {
      String[] f = spec.split("\\|");
      int country = -1;
      for (int i = 0; i < countryCount; i++) {
        if (ps.get(i).name().equals(f[1])) country = i;
      }
      if (country < 0) throw new IllegalStateException("city " + f[0] + ": unknown country " + f[1]);
      ps.add(new Place(f[0], false, true, country));
    }
    places = ps.toArray(new Place[0]);
    placeRank = new int[places.length];
    for (int i = 0; i < placeRank.length; i++) placeRank[i] = i;
    shuffle(placeRank, r);
    placeZipf = new Zipf(places.length, Zipf.EXPONENT);

    // Organizations.
    orgs = Orgs.build(this, r);
    orgZipf = new Zipf[orgs.length];
    for (int k = 0; k < orgs.length; k++) orgZipf[k] = new Zipf(orgs[k].length, Zipf.EXPONENT);

    // People.
    people = new Person[Themes.ALL.length][];
    Set<String> seen = new HashSet<>(); // membership only, never iterated
    for (int t = 0; t < Themes.ALL.length; t++) {
      Theme th = Themes.ALL[t];
      Person[] list = new Person[PEOPLE_PER_THEME];
      int attempts = 0;
      for (int n = 0; n < PEOPLE_PER_THEME; ) {
        Names.Culture cu = Names.CULTURES[pickCulture(r)];
        Names.Culture sc = cu;
        int mixing = r.nextInt(100);
        if (mixing < 25) { // a surname from a neighbouring culture of the same cluster
          Names.Culture other = Names.CULTURES[r.nextInt(Names.CULTURES.length)];
          if (other.cluster() == cu.cluster()) sc = other;
        } else if (mixing < 31 && cu.order() == Names.GIVEN_FIRST) { // families of mixed origin
          Names.Culture other = Names.CULTURES[r.nextInt(Names.CULTURES.length)];
          if (other.order() == Names.GIVEN_FIRST) sc = other;
        }
        String given = cu.given()[r.nextInt(cu.given().length)];
        if (cu.name().equals("English") && r.nextInt(100) < 15) { // American-style middle initial
          given = given + " " + (char) ('A' + r.nextInt(26)) + ".";
        }
        if (++attempts > 50 * PEOPLE_PER_THEME) throw new IllegalStateException("name pools too small");
        String surname = Names.agree(cu, given, sc.surnames()[r.nextInt(sc.surnames().length)]);
        String full;
        String shortName;
        switch (cu.order()) {
          case Names.FAMILY_FIRST -> {
            full = surname + " " + given;
            shortName = surname;
          }
          case Names.FAMILY_FIRST_GIVEN_SHORT -> {
            full = surname + " " + given;
            shortName = given.substring(given.lastIndexOf(' ') + 1);
          }
          default -> {
            full = given + " " + surname;
            shortName = surname;
          }
        }
        if (!seen.add(full)) continue;
        Role role = th.roles()[r.nextInt(th.roles().length)];
        int org = role.orgKind() < 0 ? -1 : orgZipf[role.orgKind()].sample(r);
        int country = countryIndex(cu.countries()[r.nextInt(cu.countries().length)]);
        list[n++] = new Person(full, shortName, t, role, org, country);
      }
      people[t] = list;
    }
    personZipf = new Zipf(PEOPLE_PER_THEME, Zipf.EXPONENT);
  }

  private static int pickCulture(SplittableRandom r) {
    int total = 0;
    for (Names.Culture c : Names.CULTURES) total += c.weight();
    int x = r.nextInt(total);
    for (int i = 0; i < Names.CULTURES.length; i++) {
      x -= Names.CULTURES[i].weight();
      if (x < 0) return i;
    }
    return Names.CULTURES.length - 1;
  }

  int countryIndex(String name) {
    for (int i = 0; i < countryCount; i++) {
      if (places[i].name().equals(name)) return i;
    }
    throw new IllegalStateException("unknown country " + name);
  }

  int cityCount() {
    return places.length - countryCount;
  }

  Place city(int i) {
    return places[countryCount + i];
  }

  static void shuffle(int[] a, SplittableRandom r) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}

/** Organization kinds and the patterns that build the organization pools. */
final class Orgs {
  static final String[] KINDS = {
    "company", "bank", "club", "univ", "healthbody", "weatherbody", "envbody", "sciencebody",
    "hospital", "court", "police", "ngo", "museum", "arts", "school", "tech", "institute",
    "party", "union", "media", "ministry", "festival"
  };
  static final int[] TARGET = {
    400, 120, 300, 220, 60, 60, 60, 50,
    180, 180, 120, 80, 140, 180, 120, 150, 90,
    50, 60, 120, 300, 100
  };

  static final String[] DEPARTMENTS = {
    "Finance", "Foreign Affairs", "Health", "Education", "the Interior", "Justice", "Environment",
    "Culture", "Defence", "Trade"
  };
  /** Countries whose ministries are named "<Country> Ministry of X". */
  static final String[] MINISTRY_COUNTRIES = {
    "France", "Germany", "Spain", "Italy", "Brazil", "Mexico", "Argentina", "Chile", "Colombia",
    "Peru", "Portugal", "Poland", "Turkey", "Egypt", "Morocco", "Nigeria", "Ghana", "Kenya",
    "South Africa", "India", "Pakistan", "Indonesia", "Japan", "South Korea", "Vietnam", "Thailand",
    "Russia", "Ukraine", "Sweden", "Norway"
  };

  static final String[] COMPANY_SUFFIX = {
    "Holdings", "Group", "Industries", "& Partners", "Capital", "Logistics", "Energy", "Motors",
    "Foods", "Shipping", "Pharmaceuticals", "Retail", "Construction", "Mining", "Airlines", "Telecom"
  };
  static final String[] CITY_COMPANY_SUFFIX = {
    "Steel", "Logistics", "Port Authority", "Power Company", "Water Company", "Cement", "Breweries",
    "Textiles", "Airways"
  };
  static final String[] ADJ = {
    "Northern", "Southern", "Eastern", "Western", "Atlantic", "Pacific", "Continental", "Global",
    "United", "Golden", "Silver", "Blue", "Red", "Green", "Royal", "Imperial", "Central", "Coastal"
  };
  static final String[] CORP_NOUN = {
    "Star", "River", "Harbour", "Bridge", "Crown", "Summit", "Horizon", "Anchor", "Falcon", "Oak",
    "Lion", "Compass", "Meridian", "Pioneer", "Beacon", "Delta"
  };
  static final String[] CORP_FORM = {"Corporation", "Company", "Trading Company", "Group", "Resources"};
  static final String[] BRAND_A = {
    "Nova", "Zen", "Quanta", "Veri", "Lumi", "Cyber", "Hexa", "Opti", "Sky", "Data", "Neuro", "Astra",
    "Info", "Mobi", "Syn", "Tera", "Vecto", "Clari", "Omni", "Pixel"
  };
  static final String[] BRAND_B = {
    "tek", "sys", "logic", "soft", "gen", "wave", "link", "core", "mind", "net", "ware", "scale",
    "path", "grid", "bit"
  };
  static final String[] TECH_SUFFIX = {
    "Systems", "Labs", "Technologies", "Robotics", "Software", "Networks", "Semiconductors", "Analytics"
  };
  static final String[] SAINTS = {
    "Mary", "Thomas", "George", "Luke", "Anne", "Joseph", "Peter", "Catherine", "Vincent", "Francis",
    "Andrew", "Margaret", "James", "Bartholomew", "Elizabeth"
  };
  static final String[] FIELDS = {
    "Economic", "Medical", "Climate", "Energy", "Marine", "Agricultural", "Social", "Policy",
    "Space", "Materials", "Genetic", "Urban"
  };
  static final String[] PARTY_ADJ = {
    "National", "Democratic", "Social Democratic", "People's", "Liberal", "Conservative", "Green",
    "Progressive", "Republican", "Popular", "Christian Democratic", "United", "Reform", "Labour",
    "Patriotic", "Civic", "Federal", "Workers'"
  };
  static final String[] PARTY_NOUN = {
    "Party", "Alliance", "Union", "Front", "Movement", "Congress", "Renewal Party", "Progress Party",
    "Rally", "Coalition"
  };
  static final String[] WORKERS = {
    "Teachers", "Nurses", "Transport Workers", "Dockworkers", "Miners", "Railway Workers",
    "Civil Servants", "Journalists", "Doctors", "Farmers", "Steelworkers", "Postal Workers"
  };
  static final String[] NATURE = {
    "Forest", "Ocean", "Rivers", "Earth", "Wetlands", "Rainforest", "Coral Reef", "Wildlife",
    "Climate", "Mountains", "Coast", "Countryside"
  };

  static int kind(String name) {
    for (int i = 0; i < KINDS.length; i++) {
      if (KINDS[i].equals(name)) return i;
    }
    throw new IllegalStateException("unknown organization kind " + name);
  }

  static String[][] build(World w, SplittableRandom r) {
    String[][] out = new String[KINDS.length][];
    Set<String> seen = new HashSet<>(); // membership only, never iterated
    for (int k = 0; k < KINDS.length; k++) {
      List<String> list = new ArrayList<>();
      int attempts = 0;
      while (list.size() < TARGET[k] && attempts++ < TARGET[k] * 50) {
        String name = make(KINDS[k], w, r);
        if (seen.add(name)) list.add(name);
      }
      out[k] = list.toArray(new String[0]);
    }
    return out;
  }

  private static String pick(String[] a, SplittableRandom r) {
    return a[r.nextInt(a.length)];
  }

  private static String city(World w, SplittableRandom r) {
    // Bias towards the first cities of the list (the better known ones).
    int n = w.cityCount();
    int i = Math.min(r.nextInt(n), r.nextInt(n));
    return w.city(i).name();
  }

  private static String country(World w, SplittableRandom r) {
    Place p;
    do {
      p = w.places[r.nextInt(w.countryCount)];
    } while (p.the());
    return p.name();
  }

  private static String surname(SplittableRandom r) {
    Names.Culture c = Names.CULTURES[r.nextInt(Names.CULTURES.length)];
    if (c.order() != Names.GIVEN_FIRST) c = Names.CULTURES[0];
    return pick(c.surnames(), r);
  }

  private static String make(String kind, World w, SplittableRandom r) {
    int v = r.nextInt(100);
    switch (kind) {
      case "company":
        if (v < 55) return surname(r) + " " + pick(COMPANY_SUFFIX, r);
        if (v < 75) return city(w, r) + " " + pick(CITY_COMPANY_SUFFIX, r);
        return pick(ADJ, r) + " " + pick(CORP_NOUN, r) + " " + pick(CORP_FORM, r);
      case "bank":
        if (v < 35) return "Bank of " + city(w, r);
        if (v < 60) return city(w, r) + " Savings Bank";
        if (v < 80) return surname(r) + " Bank";
        return city(w, r) + " Commercial Bank";
      case "club": {
        String c = city(w, r);
        if (v < 30) return c + " United";
        if (v < 45) return c + " FC";
        if (v < 55) return c + " Rovers";
        if (v < 65) return "Athletic " + c;
        if (v < 75) return "Sporting " + c;
        if (v < 85) return c + " Wanderers";
        if (v < 92 && !c.endsWith("City")) return c + " City";
        return "Real " + c;
      }
      case "univ":
        if (v < 55) return "University of " + city(w, r);
        if (v < 75) return city(w, r) + " State University";
        if (v < 90) return city(w, r) + " Institute of Technology";
        return city(w, r) + " Technical University";
      case "healthbody":
        return body(new String[] {"Public Health", "Health Protection", "Medicines", "Disease Control",
            "Food Safety", "Blood Transfusion", "Health Research"}, w, r);
      case "weatherbody":
        return body(new String[] {"Meteorological", "Weather", "Disaster Management", "Emergency Management",
            "Civil Protection", "Flood Control", "Seismological"}, w, r);
      case "envbody":
        return body(new String[] {"Environment", "Environmental Protection", "Water Resources", "Forestry",
            "Wildlife", "Climate", "Marine Conservation"}, w, r);
      case "sciencebody":
        return body(new String[] {"Space", "Science", "Research", "Nuclear Research", "Innovation",
            "Standards"}, w, r);
      case "hospital":
        if (v < 35) return city(w, r) + " General Hospital";
        if (v < 55) return city(w, r) + " Children's Hospital";
        if (v < 70) return "St " + pick(SAINTS, r) + "'s Hospital";
        if (v < 85) return city(w, r) + " University Hospital";
        return surname(r) + " Memorial Hospital";
      case "court":
        if (v < 30) return city(w, r) + " High Court";
        if (v < 60) return city(w, r) + " District Court";
        if (v < 80) return city(w, r) + " Court of Appeal";
        return city(w, r) + " Criminal Court";
      case "police":
        if (v < 45) return city(w, r) + " Police Department";
        if (v < 75) return city(w, r) + " Metropolitan Police";
        return city(w, r) + " Police Service";
      case "ngo":
        if (v < 25) return pick(NATURE, r) + " Watch";
        if (v < 45) return "Friends of the " + pick(NATURE, r);
        if (v < 65) return pick(ADJ, r) + " " + pick(NATURE, r) + " Alliance";
        if (v < 80) return "Save the " + pick(NATURE, r);
        return city(w, r) + " Climate Network";
      case "museum":
        if (v < 30) return city(w, r) + " Museum of Modern Art";
        if (v < 55) return city(w, r) + " National Museum";
        if (v < 75) return city(w, r) + " History Museum";
        return surname(r) + " Gallery";
      case "arts":
        if (v < 25) return city(w, r) + " Philharmonic Orchestra";
        if (v < 45) return city(w, r) + " Symphony Orchestra";
        if (v < 70) return city(w, r) + " Opera House";
        return city(w, r) + " National Theatre";
      case "festival":
        if (v < 45) return city(w, r) + " Film Festival";
        if (v < 65) return city(w, r) + " Book Fair";
        if (v < 85) return city(w, r) + " Arts Festival";
        return city(w, r) + " Music Festival";
      case "school":
        if (v < 30) return city(w, r) + " Grammar School";
        if (v < 55) return surname(r) + " Academy";
        if (v < 80) return city(w, r) + " High School";
        return "St " + pick(SAINTS, r) + "'s School";
      case "tech":
        if (v < 70) return pick(BRAND_A, r) + pick(BRAND_B, r) + " " + pick(TECH_SUFFIX, r);
        return surname(r) + " " + pick(TECH_SUFFIX, r);
      case "institute":
        if (v < 50) return surname(r) + " Institute for " + pick(FIELDS, r) + " Research";
        return city(w, r) + " Institute of " + pick(FIELDS, r) + " Studies";
      case "party":
        return pick(PARTY_ADJ, r) + " " + pick(PARTY_NOUN, r);
      case "union":
        if (v < 40) return "National Union of " + pick(WORKERS, r);
        if (v < 75) return country(w, r) + " " + pick(WORKERS, r) + " Union";
        return city(w, r) + " " + pick(WORKERS, r) + " Union";
      case "media":
        if (v < 30) return city(w, r) + " Herald";
        if (v < 50) return city(w, r) + " Gazette";
        if (v < 70) return city(w, r) + " Daily News";
        if (v < 85) return city(w, r) + " Tribune";
        return city(w, r) + " Evening Post";
      case "ministry": {
        String c = MINISTRY_COUNTRIES[r.nextInt(MINISTRY_COUNTRIES.length)];
        return c + " Ministry of " + pick(DEPARTMENTS, r);
      }
      default:
        throw new IllegalStateException(kind);
    }
  }

  /** "National <Noun> Agency" and its variants. */
  private static String body(String[] nouns, World w, SplittableRandom r) {
    String noun = pick(nouns, r);
    int v = r.nextInt(100);
    if (v < 40) return "National " + noun + " Agency";
    if (v < 55) return "National " + noun + " Authority";
    if (v < 65) return "National " + noun + " Council";
    if (v < 75) return "National " + noun + " Service";
    return country(w, r) + " " + noun + " Agency";
  }
}

/** Given names and surnames of many cultures. */
final class Names {
  static final int GIVEN_FIRST = 0;
  static final int FAMILY_FIRST = 1;
  /** Vietnamese: family name first, referred to by the last word of the given name. */
  static final int FAMILY_FIRST_GIVEN_SHORT = 2;

  record Culture(String name, int weight, int cluster, int order, String[] given, String[] surnames,
      String[] countries) {}

  static String[] w(String s) {
    return s.trim().split("\\s*,\\s*");
  }

  static final Culture[] CULTURES = {
    new Culture("English", 4, 0, GIVEN_FIRST,
        w("James, Mary, John, Patricia, Robert, Jennifer, Michael, Linda, David, Elizabeth, William, Sarah,"
            + "Richard, Karen, Thomas, Emily, Daniel, Rachel, Matthew, Laura, Andrew, Rebecca, Mark, Hannah,"
            + "Paul, Claire, Steven, Emma, Christopher, Olivia, Kevin, Grace"),
        w("Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Taylor, Anderson, Thompson, White,"
            + "Harris, Clark, Lewis, Walker, Hall, Allen, Young, King, Wright, Scott, Green, Baker, Adams,"
            + "Campbell, Mitchell, Roberts, Carter, Phillips, Evans, Turner, Collins, Morgan, Hughes, Bennett,"
            + "Murphy, O'Brien, Kelly, Fletcher"),
        w("United States, United Kingdom, Australia, Canada, Ireland, New Zealand")),
    new Culture("Spanish", 2, 1, GIVEN_FIRST,
        w("Mar\u00eda, Jos\u00e9, Carmen, Javier, Luc\u00eda, Alejandro, Sof\u00eda, Diego, Valentina, Carlos, Isabel, Pablo,"
            + "Elena, Andr\u00e9s, Gabriela, Fernando, Paula, Santiago, Daniela, Ra\u00fal, Ximena, Manuel, Roc\u00edo, Luis"),
        w("Garc\u00eda, Rodr\u00edguez, Mart\u00ednez, L\u00f3pez, Gonz\u00e1lez, Hern\u00e1ndez, P\u00e9rez, S\u00e1nchez, Ram\u00edrez, Torres, Flores,"
            + "Rivera, G\u00f3mez, D\u00edaz, Morales, Ortiz, Castillo, Romero, Vargas, Mendoza, Herrera, Medina, Ruiz,"
            + "Navarro"),
        w("Spain, Mexico, Argentina, Colombia, Chile, Peru, Venezuela, Ecuador, Uruguay")),
    new Culture("Portuguese", 1, 1, GIVEN_FIRST,
        w("Jo\u00e3o, Ana, Pedro, Beatriz, Tiago, Mariana, Rafael, Camila, Lucas, Larissa, Gabriel, Fernanda,"
            + "Miguel, In\u00eas, Gon\u00e7alo, Juliana, Rodrigo, Let\u00edcia, Bruno, Catarina"),
        w("Silva, Santos, Oliveira, Souza, Pereira, Costa, Ferreira, Rodrigues, Almeida, Carvalho, Gomes,"
            + "Ribeiro, Martins, Ara\u00fajo, Barbosa, Cardoso, Teixeira, Moreira, Nascimento, Lima"),
        w("Brazil, Portugal, Angola, Mozambique")),
    new Culture("French", 1, 0, GIVEN_FIRST,
        w("Jean, Marie, Pierre, Camille, Nicolas, Isabelle, Fran\u00e7ois, \u00c9lodie, Julien, C\u00e9line, Antoine, Sophie,"
            + "Mathieu, Claire, Laurent, Am\u00e9lie, Thierry, Nathalie, Olivier, Manon"),
        w("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Lefebvre,"
            + "Michel, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Chevalier, Mercier,"
            + "Blanc, Gauthier"),
        w("France, Belgium, Switzerland, Senegal, Ivory Coast")),
    new Culture("German", 1, 0, GIVEN_FIRST,
        w("J\u00fcrgen, Katrin, Stefan, Sabine, Matthias, Claudia, Tobias, Ursula, Klaus, Heike, Wolfgang, Julia,"
            + "Florian, Birgit, Dieter, Anke, Jan, Lena, Felix, Petra"),
        w("M\u00fcller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter,"
            + "Klein, Wolf, Schr\u00f6der, Neumann, Braun, Zimmermann, Kr\u00fcger, Hartmann"),
        w("Germany, Austria, Switzerland")),
    new Culture("Scandinavian", 1, 0, GIVEN_FIRST,
        w("Lars, Ingrid, Erik, Astrid, Magnus, Sigrid, Nils, Freja, Anders, Karin, Bj\u00f8rn, Liv, Henrik, Maja,"
            + "Olav, Sofie, S\u00f8ren, Elin, Gustav, Linnea"),
        w("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsen, Hansen, Johansen, Olsen, Pedersen,"
            + "Nielsen, Jensen, Lindqvist, Berg, Lund, Holm, Dahl, Haugen, Solberg, Bakke"),
        w("Sweden, Norway, Denmark, Finland, Iceland")),
    new Culture("Polish", 1, 2, GIVEN_FIRST,
        w("Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Ewa, Ma\u0142gorzata, Monika, Aleksandra, Zofia, Karolina,"
            + "Barbara, Marta, Piotr, Krzysztof, Tomasz, Pawe\u0142, Micha\u0142, Marcin, \u0141ukasz, Jakub, Andrzej, Marek,"
            + "Grzegorz, Wojciech, Kamil, Mateusz, Rafa\u0142"),
        w("Nowak, Kowalski, Wi\u015bniewski, W\u00f3jcik, Kowalczyk, Kami\u0144ski, Lewandowski, Zieli\u0144ski, Szyma\u0144ski,"
            + "Wo\u017aniak, D\u0105browski, Koz\u0142owski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski,"
            + "Nowakowski, Paw\u0142owski, Michalski, Kr\u00f3l, Wieczorek, Jab\u0142o\u0144ski, Wr\u00f3bel"),
        w("Poland")),
    new Culture("Russian", 1, 2, GIVEN_FIRST,
        w("Dmitry, Sergei, Alexei, Ivan, Mikhail, Andrei, Vladimir, Nikolai, Pavel, Yuri, Oleg, Igor, Boris,"
            + "Viktor, Konstantin, Roman, Maxim, Grigory, Leonid, Olga, Yelena, Natalia, Irina, Tatiana,"
            + "Svetlana, Ekaterina, Anastasia, Darya, Yulia, Ksenia, Marina, Galina, Vera, Lyudmila"),
        w("Ivanov, Smirnov, Kuznetsov, Popov, Volkov, Sokolov, Lebedev, Kozlov, Novikov, Morozov, Petrov,"
            + "Orlov, Pavlov, Semenov, Golubev, Vinogradov, Bogdanov, Vorobyov, Fedorov, Mikhailov, Belov,"
            + "Tarasov, Zaitsev, Karpov, Sorokin, Nikitin, Zakharov, Romanov, Kovalenko, Shevchenko"),
        w("Russia, Ukraine, Kazakhstan, Belarus")),
    new Culture("Arabic", 2, 3, GIVEN_FIRST,
        w("Ahmed, Mohammed, Fatima, Omar, Layla, Youssef, Khalid, Nour, Hassan, Mariam, Ali, Salma, Karim,"
            + "Rania, Tariq, Huda, Samir, Amira, Faisal, Yasmin, Ibrahim, Mona"),
        w("Al-Masri, Haddad, Mansour, Khalil, Hamdan, Nasser, Saleh, Al-Rashid, Abdullah, Farouk, Hussein,"
            + "Aziz, Qasim, Darwish, El-Sayed, Khoury, Bakr, Suleiman, Al-Amin, Zaki, Habib, Mahmoud"),
        w("Egypt, Saudi Arabia, Jordan, Morocco, Lebanon, United Arab Emirates, Iraq, Tunisia, Algeria, Qatar")),
    new Culture("Turkish", 1, 3, GIVEN_FIRST,
        w("Mehmet, Ay\u015fe, Mustafa, Fatma, Emre, Zeynep, Burak, Elif, Murat, Selin, Hakan, Deniz, Cem, Esra,"
            + "O\u011fuz, Leyla, Kemal, Derya, Serkan, G\u00fcl"),
        w("Y\u0131lmaz, Kaya, Demir, \u015eahin, \u00c7elik, Y\u0131ld\u0131z, Y\u0131ld\u0131r\u0131m, \u00d6zt\u00fcrk, Ayd\u0131n, \u00d6zdemir, Arslan, Do\u011fan, K\u0131l\u0131\u00e7,"
            + "Aslan, \u00c7etin, Kara, Ko\u00e7, Kurt, \u00d6zkan, \u015eim\u015fek"),
        w("Turkey")),
    new Culture("Chinese", 2, 4, FAMILY_FIRST,
        w("Wei, Fang, Jing, Lei, Yan, Jun, Ming, Hui, Xiaoming, Jianguo, Haoran, Yuxuan, Zihan, Xin, Tao,"
            + "Qiang, Ying, Lihua, Guoqiang, Mei, Hong, Yong, Jie, Xiuying"),
        w("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao,"
            + "Luo"),
        w("China, Singapore, Taiwan, Malaysia")),
    new Culture("Korean", 1, 5, FAMILY_FIRST,
        w("Min-jun, Seo-yeon, Ji-ho, Ha-eun, Jae-won, Soo-jin, Hyun-woo, Ji-woo, Dong-hyun, Eun-ji, Sung-min,"
            + "Yoon-seo, Tae-yang, Hye-jin, Jung-ho, Young-soo, Mi-kyung, Seung-hoon, Da-eun, Kyung-soo"),
        w("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn,"
            + "Song, Yoo, Hong"),
        w("South Korea")),
    new Culture("Japanese", 1, 6, GIVEN_FIRST,
        w("Haruto, Yuki, Sakura, Hiroshi, Takeshi, Kenji, Akira, Yumi, Naoko, Daisuke, Shinji, Aiko, Ren,"
            + "Sota, Emi, Kazuo, Masato, Hana, Taro, Keiko"),
        w("Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida,"
            + "Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Mori"),
        w("Japan")),
    new Culture("Vietnamese", 1, 7, FAMILY_FIRST_GIVEN_SHORT,
        w("Van Hung, Thi Lan, Minh Tuan, Thanh Hai, Van Duc, Thi Mai, Quoc Bao, Duc Anh, Thi Huong,"
            + "Hoang Nam, Van Long, Thi Thu, Xuan Phuc, Minh Chau, Thanh Tam, Huu Nghia, Ngoc Anh, Quang Vinh,"
            + "Thi Hoa, Dinh Khoa"),
        w("Nguyen, Tran, Le, Pham, Hoang, Phan, Vu, Dang, Bui, Do, Ho, Ngo, Duong, Ly"),
        w("Vietnam")),
    new Culture("Indian", 2, 8, GIVEN_FIRST,
        w("Aarav, Priya, Rahul, Anjali, Vikram, Sunita, Arjun, Deepika, Rajesh, Kavita, Amit, Neha, Sanjay,"
            + "Pooja, Rohan, Meera, Anil, Lakshmi, Suresh, Divya, Karan, Ananya"),
        w("Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Mehta, Joshi, Rao, Chatterjee, Banerjee,"
            + "Desai, Kapoor, Malhotra, Verma, Pillai, Bhatt, Agarwal, Menon, Chopra"),
        w("India")),
    new Culture("Nigerian", 1, 9, GIVEN_FIRST,
        w("Chinedu, Ngozi, Oluwaseun, Adebayo, Chioma, Emeka, Funmilayo, Aisha, Tunde, Yetunde, Obinna,"
            + "Folake, Kelechi, Amaka, Babatunde, Uche, Nneka, Segun, Bola, Musa, Zainab, Ifeoma"),
        w("Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Ogunleye, Chukwu, Olawale, Abubakar, Bello,"
            + "Danjuma, Obi, Uzor, Afolabi, Ibekwe, Oyelaran, Ogbu, Adewale, Ekwueme, Nwachukwu, Lawal"),
        w("Nigeria")),
  };

  /** Feminine surname forms for Russian and Polish women's names (those ending in "a"). */
  static String agree(Culture given, String first, String surname) {
    boolean slavic = given.name().equals("Russian") || given.name().equals("Polish");
    if (!slavic || !first.endsWith("a")) return surname;
    if (surname.endsWith("ski") || surname.endsWith("cki") || surname.endsWith("dzki")) {
      return surname.substring(0, surname.length() - 1) + "a";
    }
    if (surname.endsWith("ov") || surname.endsWith("ev") || surname.endsWith("in")) return surname + "a";
    return surname;
  }
}

/** Real countries and cities. A leading "*" marks a country named with "the" in running text. */
final class Places {
  static final String[] COUNTRIES = Names.w(
      "Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia, Australia,"
      + "Austria, Azerbaijan, *Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin,"
      + "Bhutan, Bolivia, Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi,"
      + "Cambodia, Cameroon, Canada, Cape Verde, *Central African Republic, Chad, Chile, China, Colombia,"
      + "Comoros, Costa Rica, Croatia, Cuba, Cyprus, *Czech Republic, *Democratic Republic of the Congo,"
      + "Denmark, Djibouti, Dominica, *Dominican Republic, Ecuador, Egypt, El Salvador, Equatorial Guinea,"
      + "Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, *Gambia, Georgia, Germany, Ghana,"
      + "Greece, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India,"
      + "Indonesia, Iran, Iraq, Ireland, Israel, Italy, Ivory Coast, Jamaica, Japan, Jordan, Kazakhstan, Kenya,"
      + "Kiribati, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein,"
      + "Lithuania, Luxembourg, Madagascar, Malawi, Malaysia, *Maldives, Mali, Malta, *Marshall Islands,"
      + "Mauritania, Mauritius, Mexico, Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco,"
      + "Mozambique, Myanmar, Namibia, Nauru, Nepal, *Netherlands, New Zealand, Nicaragua, Niger, Nigeria,"
      + "North Korea, North Macedonia, Norway, Oman, Pakistan, Palau, Panama, Papua New Guinea, Paraguay,"
      + "Peru, *Philippines, Poland, Portugal, Qatar, *Republic of the Congo, Romania, Russia, Rwanda,"
      + "Saint Lucia, Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore,"
      + "Slovakia, Slovenia, *Solomon Islands, Somalia, South Africa, South Korea, South Sudan, Spain,"
      + "Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand,"
      + "Timor-Leste, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkey, Turkmenistan, Tuvalu, Uganda,"
      + "Ukraine, *United Arab Emirates, *United Kingdom, *United States, Uruguay, Uzbekistan, Vanuatu,"
      + "Venezuela, Vietnam, Yemen, Zambia, Zimbabwe");

  static final String[] CITIES = Names.w(
      "London|United Kingdom, Manchester|United Kingdom, Birmingham|United Kingdom, Glasgow|United Kingdom,"
      + "Edinburgh|United Kingdom, Liverpool|United Kingdom, Leeds|United Kingdom, Cardiff|United Kingdom,"
      + "Belfast|United Kingdom, Bristol|United Kingdom, New York|United States, Los Angeles|United States,"
      + "Chicago|United States, Houston|United States, Washington|United States, Boston|United States,"
      + "San Francisco|United States, Seattle|United States, Miami|United States, Atlanta|United States,"
      + "Denver|United States, Philadelphia|United States, Detroit|United States, Dallas|United States,"
      + "Phoenix|United States, New Orleans|United States, Toronto|Canada, Montreal|Canada, Vancouver|Canada,"
      + "Ottawa|Canada, Calgary|Canada, Sydney|Australia, Melbourne|Australia, Brisbane|Australia,"
      + "Perth|Australia, Adelaide|Australia, Auckland|New Zealand, Wellington|New Zealand, Dublin|Ireland,"
      + "Cork|Ireland, Paris|France, Marseille|France, Lyon|France, Toulouse|France, Nice|France,"
      + "Bordeaux|France, Lille|France, Berlin|Germany, Hamburg|Germany, Munich|Germany, Cologne|Germany,"
      + "Frankfurt|Germany, Stuttgart|Germany, Leipzig|Germany, Dresden|Germany, Vienna|Austria,"
      + "Salzburg|Austria, Zurich|Switzerland, Geneva|Switzerland, Basel|Switzerland, Brussels|Belgium,"
      + "Antwerp|Belgium, Amsterdam|Netherlands, Rotterdam|Netherlands, Utrecht|Netherlands,"
      + "Madrid|Spain, Barcelona|Spain, Valencia|Spain, Seville|Spain, Bilbao|Spain, Malaga|Spain,"
      + "Lisbon|Portugal, Porto|Portugal, Rome|Italy, Milan|Italy, Naples|Italy, Turin|Italy,"
      + "Florence|Italy, Venice|Italy, Palermo|Italy, Bologna|Italy, Athens|Greece, Thessaloniki|Greece,"
      + "Stockholm|Sweden, Gothenburg|Sweden, Malmo|Sweden, Oslo|Norway, Bergen|Norway,"
      + "Copenhagen|Denmark, Aarhus|Denmark, Helsinki|Finland, Reykjavik|Iceland, Warsaw|Poland,"
      + "Krakow|Poland, Gdansk|Poland, Wroclaw|Poland, Prague|Czech Republic, Brno|Czech Republic,"
      + "Budapest|Hungary, Bucharest|Romania, Sofia|Bulgaria, Belgrade|Serbia, Zagreb|Croatia,"
      + "Ljubljana|Slovenia, Bratislava|Slovakia, Vilnius|Lithuania, Riga|Latvia, Tallinn|Estonia,"
      + "Kyiv|Ukraine, Kharkiv|Ukraine, Odesa|Ukraine, Lviv|Ukraine, Minsk|Belarus, Chisinau|Moldova,"
      + "Moscow|Russia, Saint Petersburg|Russia, Novosibirsk|Russia, Kazan|Russia, Vladivostok|Russia,"
      + "Istanbul|Turkey, Ankara|Turkey, Izmir|Turkey, Antalya|Turkey, Tbilisi|Georgia, Yerevan|Armenia,"
      + "Baku|Azerbaijan, Almaty|Kazakhstan, Astana|Kazakhstan, Tashkent|Uzbekistan, Tehran|Iran,"
      + "Isfahan|Iran, Baghdad|Iraq, Basra|Iraq, Erbil|Iraq, Damascus|Syria, Aleppo|Syria, Beirut|Lebanon,"
      + "Amman|Jordan, Jerusalem|Israel, Tel Aviv|Israel, Riyadh|Saudi Arabia, Jeddah|Saudi Arabia,"
      + "Dubai|United Arab Emirates, Abu Dhabi|United Arab Emirates, Doha|Qatar, Kuwait City|Kuwait,"
      + "Muscat|Oman, Manama|Bahrain, Sanaa|Yemen, Cairo|Egypt, Alexandria|Egypt, Tripoli|Libya,"
      + "Tunis|Tunisia, Algiers|Algeria, Casablanca|Morocco, Rabat|Morocco, Marrakesh|Morocco,"
      + "Khartoum|Sudan, Addis Ababa|Ethiopia, Nairobi|Kenya, Mombasa|Kenya, Kampala|Uganda,"
      + "Kigali|Rwanda, Dar es Salaam|Tanzania, Lagos|Nigeria, Abuja|Nigeria, Kano|Nigeria,"
      + "Ibadan|Nigeria, Port Harcourt|Nigeria, Accra|Ghana, Kumasi|Ghana, Dakar|Senegal,"
      + "Abidjan|Ivory Coast, Bamako|Mali, Kinshasa|Democratic Republic of the Congo, Luanda|Angola,"
      + "Maputo|Mozambique, Harare|Zimbabwe, Lusaka|Zambia, Johannesburg|South Africa,"
      + "Cape Town|South Africa, Durban|South Africa, Pretoria|South Africa, Windhoek|Namibia,"
      + "Antananarivo|Madagascar, Mumbai|India, Delhi|India, Bengaluru|India, Chennai|India,"
      + "Kolkata|India, Hyderabad|India, Pune|India, Ahmedabad|India, Jaipur|India, Karachi|Pakistan,"
      + "Lahore|Pakistan, Islamabad|Pakistan, Dhaka|Bangladesh, Chittagong|Bangladesh, Colombo|Sri Lanka,"
      + "Kathmandu|Nepal, Kabul|Afghanistan, Beijing|China, Shanghai|China, Guangzhou|China,"
      + "Shenzhen|China, Chengdu|China, Wuhan|China, Hangzhou|China, Xi'an|China, Chongqing|China,"
      + "Nanjing|China, Hong Kong|China, Taipei|Taiwan, Kaohsiung|Taiwan, Tokyo|Japan, Osaka|Japan,"
      + "Kyoto|Japan, Yokohama|Japan, Nagoya|Japan, Sapporo|Japan, Fukuoka|Japan, Seoul|South Korea,"
      + "Busan|South Korea, Incheon|South Korea, Daegu|South Korea, Pyongyang|North Korea,"
      + "Ulaanbaatar|Mongolia, Hanoi|Vietnam, Ho Chi Minh City|Vietnam, Da Nang|Vietnam, Bangkok|Thailand,"
      + "Chiang Mai|Thailand, Phnom Penh|Cambodia, Vientiane|Laos, Yangon|Myanmar, Kuala Lumpur|Malaysia,"
      + "Penang|Malaysia, Jakarta|Indonesia, Surabaya|Indonesia, Bali|Indonesia,"
      + "Manila|Philippines, Cebu|Philippines, Davao|Philippines, Port Moresby|Papua New Guinea,"
      + "Suva|Fiji, Mexico City|Mexico, Guadalajara|Mexico, Monterrey|Mexico, Tijuana|Mexico,"
      + "Cancun|Mexico, Guatemala City|Guatemala, San Salvador|El Salvador, Tegucigalpa|Honduras,"
      + "Managua|Nicaragua, San Jose|Costa Rica, Panama City|Panama, Havana|Cuba, Kingston|Jamaica,"
      + "Santo Domingo|Dominican Republic, Port-au-Prince|Haiti, Bogota|Colombia, Medellin|Colombia,"
      + "Cali|Colombia, Cartagena|Colombia, Caracas|Venezuela, Maracaibo|Venezuela, Quito|Ecuador,"
      + "Guayaquil|Ecuador, Lima|Peru, Cusco|Peru, Arequipa|Peru, La Paz|Bolivia, Santa Cruz|Bolivia,"
      + "Santiago|Chile, Valparaiso|Chile, Buenos Aires|Argentina, Cordoba|Argentina, Rosario|Argentina,"
      + "Mendoza|Argentina, Montevideo|Uruguay, Asuncion|Paraguay, Sao Paulo|Brazil, Rio de Janeiro|Brazil,"
      + "Brasilia|Brazil, Salvador|Brazil, Fortaleza|Brazil, Belo Horizonte|Brazil, Manaus|Brazil,"
      + "Recife|Brazil, Porto Alegre|Brazil, Curitiba|Brazil");
}

/** Generates article i from (seed, i) alone. */
final class Generator {
  static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  static final long LAST_DAY = LocalDate.of(2025, 12, 31).toEpochDay();
  static final int MIN_WORDS = 350;
  static final int MAX_WORDS = 900;
  static final int RETELL_PERCENT = 5;
  static final int RETELL_WINDOW = 300;
  static final int GENERIC_BASE = 1000;
  static final int LEADER_BASE = 1100;
  static final int POLITICS = 0; // index of the politics theme in Themes.ALL
  static final int LEADER_PERCENT = 40;
  static final String[] JUNK = {"Advertisement", "Advertisment", "ADVERTISEMENT", "Share this article"};
  static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  static final String[] NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"};

  /**
   * What a story is about: what a retelling keeps. cast[0] is the main theme's people, cast[1] the
   * second theme's, cast[2] an optional political leader commenting on a non-political story.
   */
  record Story(int theme, int second, long day, int[][] cast, int place, int place2) {}

  /**
   * text is the file content; used holds the ids of the sentence templates the text used, wording
   * those and the ones a retelling of it should avoid (its own and, for a retelling, its source's).
   */
  record Article(int index, Story story, boolean retelling, String text, Set<Integer> used, Set<Integer> wording) {}

  private final World w;
  private final long seed;

  Generator(World w, long seed) {
    this.w = w;
    this.seed = seed;
  }

  Article article(int index) {
    SplittableRandom r = new SplittableRandom(GenerateCorpus.seedFor(seed, index));
    boolean retell = index > 0 && r.nextInt(100) < RETELL_PERCENT;
    if (!retell) return render(index, r, newStory(r), false, true, Set.of());
    int source = index - 1 - r.nextInt(Math.min(index, RETELL_WINDOW));
    Article src = article(source); // depends only on (seed, source)
    Story s = src.story();
    boolean dated = r.nextInt(100) < 75;
    long day = Math.max(FIRST_DAY, Math.min(LAST_DAY, s.day() + r.nextInt(7) - 3));
    Story story = new Story(s.theme(), s.second(), day, s.cast(), s.place(), s.place2());
    return render(index, r, story, true, dated, src.wording());
  }

  private Story newStory(SplittableRandom r) {
    int theme = r.nextInt(Themes.ALL.length);
    int second = -1;
    if (r.nextInt(100) < 35 && Themes.ALL.length > 1) {
      second = r.nextInt(Themes.ALL.length - 1);
      if (second >= theme) second++;
    }
    long day = FIRST_DAY + r.nextLong(LAST_DAY - FIRST_DAY + 1);
    List<String> shortNames = new ArrayList<>();
    int[][] cast = new int[3][];
    cast[0] = drawCast(r, theme, 3, shortNames);
    cast[1] = second < 0 ? new int[0] : drawCast(r, second, 2, shortNames);
    boolean leader = theme != POLITICS && second != POLITICS && r.nextInt(100) < LEADER_PERCENT;
    cast[2] = leader ? drawCast(r, POLITICS, 1, shortNames) : new int[0];
    int place = w.placeRank[w.placeZipf.sample(r)];
    int place2;
    do {
      place2 = w.placeRank[w.placeZipf.sample(r)];
    } while (place2 == place || w.places[place2].country() == w.places[place].country());
    return new Story(theme, second, day, cast, place, place2);
  }

  private Article render(int index, SplittableRandom r, Story story, boolean retelling, boolean dated,
      Set<Integer> forbidden) {
    Renderer rd = new Renderer(w, r, story, retelling, dated, forbidden);
    String text = rd.run();
    Set<Integer> wording = rd.used;
    if (!forbidden.isEmpty()) {
      wording = new HashSet<>(rd.used);
      wording.addAll(forbidden);
    }
    return new Article(index, story, retelling, text, rd.used, wording);
  }

  /** n people of a theme, Zipf-ranked, with surnames not yet used in the article. */
  private int[] drawCast(SplittableRandom r, int theme, int n, List<String> shortNames) {
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      int p;
      do {
        p = w.personZipf.sample(r);
      } while (shortNames.contains(w.people[theme][p].surname()));
      shortNames.add(w.people[theme][p].surname());
      out[k] = p;
    }
    return out;
  }
}

/** Writes one article's text for a story. */
final class Renderer {
  private final World w;
  private final SplittableRandom r;
  private final Generator.Story story;
  private final boolean retelling;
  private final boolean dated;
  private final Set<Integer> forbidden; // templates of the retold article (membership only)
  final Set<Integer> used = new HashSet<>(); // membership only, never iterated
  private final boolean[][] introduced = new boolean[3][3];
  private final int[][] orgChoice = new int[Orgs.KINDS.length][2];
  private final Set<String> usedHeadings = new HashSet<>();
  private final List<Integer> recent = new ArrayList<>(); // the last template ids picked
  private final String weekday;
  private final int year;
  private final String month;
  private boolean headlineMode;
  private boolean exhausted; // every template of a pool has been used once: stop soon
  private int ledeIndex; // the headline matches the lead sentence

  Renderer(World w, SplittableRandom r, Generator.Story story, boolean retelling, boolean dated,
      Set<Integer> forbidden) {
    this.w = w;
    this.r = r;
    this.story = story;
    this.retelling = retelling;
    this.dated = dated;
    this.forbidden = forbidden;
    for (int[] a : orgChoice) Arrays.fill(a, -1);
    LocalDate event = LocalDate.ofEpochDay(story.day() - r.nextInt(2));
    DayOfWeek dow = event.getDayOfWeek();
    weekday = Generator.WEEKDAYS[dow.getValue() - 1];
    year = event.getYear();
    month = Generator.MONTHS[event.getMonthValue() - 1];
  }

  String run() {
    Theme main = Themes.ALL[story.theme()];
    // Triangular over 360..860 (mean about 610); retellings are shorter.
    int target = retelling ? 360 + r.nextInt(240) : 360 + (r.nextInt(501) + r.nextInt(501)) / 2;
    int budget = Generator.MAX_WORDS - 40; // room for headings and a headline
    List<String> paras = new ArrayList<>();
    List<Integer> paraSlot = new ArrayList<>();
    int words = 0;
    while (words < target && !(exhausted && words >= Generator.MIN_WORDS)) {
      int k = paras.size();
      int slot = k >= 2 && story.second() >= 0 && r.nextInt(100) < 40 ? 1 : 0;
      int sentences = sentenceCount();
      String p = paragraph(slot, sentences, k == 0);
      int pw = (int) GenerateCorpus.countWords(p);
      if (words + pw > budget) {
        if (words >= Generator.MIN_WORDS + 10) break;
        p = paragraph(slot, 2, k == 0);
        pw = (int) GenerateCorpus.countWords(p);
        if (words + pw > budget) break;
      }
      paras.add(p);
      paraSlot.add(slot);
      words += pw;
    }
    int n = paras.size();

    // Section headings before some paragraphs (never the first), 2-4 of them.
    int headings = Math.min(2 + r.nextInt(3), n - 1);
    boolean[] headingAt = new boolean[n];
    for (int h = 0; h < headings; ) {
      int at = 1 + r.nextInt(n - 1);
      if (!headingAt[at]) {
        headingAt[at] = true;
        h++;
      }
    }
    // Junk lines: 0-3.
    int junk = r.nextInt(10);
    junk = junk < 4 ? 0 : junk < 7 ? 1 : junk < 9 ? 2 : 3;
    int[] junkAt = new int[n];
    for (int j = 0; j < junk; j++) junkAt[1 + r.nextInt(n - 1)]++;

    StringBuilder out = new StringBuilder(words * 7);
    int variant = r.nextInt(100);
    String dateHeader = "date " + LocalDate.ofEpochDay(story.day()) + " ";
    if (variant < 10) {
      out.append(headline(main)).append("\n\n");
      if (dated && r.nextBoolean()) out.append(dateHeader);
    } else if (variant >= 20 && dated) {
      out.append(dateHeader);
    }
    out.append(paras.get(0)).append('\n');
    for (int k = 1; k < n; k++) {
      for (int j = 0; j < junkAt[k]; j++) out.append('\n').append(Generator.JUNK[r.nextInt(4)]).append('\n');
      if (headingAt[k]) out.append('\n').append(heading(paraSlot.get(k))).append('\n');
      out.append('\n').append(paras.get(k)).append('\n');
    }
    return out.toString();
  }

  private int sentenceCount() {
    int v = r.nextInt(100);
    return v < 25 ? 2 : v < 60 ? 3 : v < 85 ? 4 : 5;
  }

  private int themeOf(int slot) {
    return slot == 0 ? story.theme() : slot == 1 ? story.second() : Generator.POLITICS;
  }

  private String paragraph(int slot, int sentences, boolean lede) {
    int t = themeOf(slot);
    Theme th = Themes.ALL[t];
    int bodyBase = t * 100 + th.ledes().length;
    int quoteBase = t * 100 + Theme.QUOTE_BASE;
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < sentences; s++) {
      String tpl;
      int v = r.nextInt(100);
      boolean bodyFresh = hasFresh(th.body(), bodyBase);
      boolean quoteFresh = hasFresh(th.quotes(), quoteBase);
      boolean genericFresh = hasFresh(Themes.GENERIC, Generator.GENERIC_BASE);
      if (!bodyFresh && slot == 0) exhausted = true; // finish the article soon
      if (lede && s == 0) {
        tpl = pickTemplate(th.ledes(), t * 100);
        for (int i = 0; i < th.ledes().length; i++) if (th.ledes()[i] == tpl) ledeIndex = i;
      } else if (s > 0 && story.cast()[2].length > 0 && r.nextInt(100) < 7
          && hasFresh(Themes.LEADER, Generator.LEADER_BASE)) {
        tpl = pickTemplate(Themes.LEADER, Generator.LEADER_BASE);
      } else if (quoteFresh && (s > 0 && v < 14 || !bodyFresh && (v < 50 || !genericFresh))) {
        String frame = Themes.QUOTE_FRAMES[r.nextInt(Themes.QUOTE_FRAMES.length)];
        tpl = frame.replace("{Q}", pickTemplate(th.quotes(), quoteBase));
      } else if (genericFresh && (s > 0 && v >= 14 && v < 28 || !bodyFresh)) {
        tpl = pickTemplate(Themes.GENERIC, Generator.GENERIC_BASE);
      } else {
        tpl = pickTemplate(th.body(), bodyBase);
      }
      if (s > 0) b.append(' ');
      b.append(sentence(tpl, slot));
    }
    return b.toString();
  }

  /** A template not used yet in this article nor in the retold one, if any is left. */
  private String pickTemplate(String[] pool, int base) {
    for (int tier = 0; tier < 4; tier++) {
      int count = 0;
      for (int i = 0; i < pool.length; i++) if (eligible(base + i, tier)) count++;
      if (count == 0) continue;
      int pick = r.nextInt(count);
      for (int i = 0; i < pool.length; i++) {
        if (eligible(base + i, tier) && pick-- == 0) {
          if (tier >= (retelling ? 1 : 2)) exhausted = true;
          used.add(base + i);
          recent.add(base + i);
          if (recent.size() > 12) recent.remove(0);
          return pool[i];
        }
      }
    }
    throw new IllegalStateException("empty template pool");
  }

  private boolean hasFresh(String[] pool, int base) {
    int tier = retelling ? 0 : 1; // a retelling avoids the retold article's templates
    for (int i = 0; i < pool.length; i++) if (eligible(base + i, tier)) return true;
    return false;
  }

  private boolean eligible(int id, int tier) {
    return switch (tier) {
      case 0 -> !used.contains(id) && !forbidden.contains(id);
      case 1 -> !used.contains(id);
      case 2 -> !recent.contains(id);
      default -> true;
    };
  }

  private String heading(int slot) {
    Theme t = Themes.ALL[themeOf(slot)];
    for (int attempt = 0; attempt < 20; attempt++) {
      String[] pool = r.nextInt(100) < 70 ? t.headings() : Themes.GENERIC_HEADINGS;
      String h = expand(pool[r.nextInt(pool.length)], slot);
      if (usedHeadings.add(h)) return capitalize(h);
    }
    return "More Details";
  }

  private String headline(Theme t) {
    headlineMode = true;
    String h = capitalize(expand(t.headlines()[ledeIndex % t.headlines().length], 0));
    headlineMode = false;
    return h;
  }

  String sentence(String template, int slot) {
    return capitalize(expand(template, slot));
  }

  /** Chooses among [a|b|c] alternatives, then fills {slots}. */
  private String expand(String template, int slot) {
    String flat = template;
    if (template.indexOf('[') >= 0) {
      StringBuilder b = new StringBuilder();
      int i = 0;
      while (i < template.length()) {
        char c = template.charAt(i);
        if (c == '[') {
          int end = template.indexOf(']', i);
          String[] options = template.substring(i + 1, end).split("\\|", -1);
          b.append(options[r.nextInt(options.length)]);
          i = end + 1;
        } else {
          b.append(c);
          i++;
        }
      }
      flat = b.toString();
    }
    if (flat.indexOf('{') < 0) return flat;
    StringBuilder b = new StringBuilder(flat.length() + 64);
    int i = 0;
    while (i < flat.length()) {
      char c = flat.charAt(i);
      if (c == '{') {
        int end = flat.indexOf('}', i);
        char next = end + 1 < flat.length() ? flat.charAt(end + 1) : '.';
        String value = slotValue(flat.substring(i + 1, end), slot, next);
        b.append(value);
        i = end + 1;
        if (value.endsWith("s") && flat.startsWith("'s", i)) { // "Rovers'", not "Rovers's"
          b.append('\'');
          i += 2;
        }
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  private String slotValue(String name, int slot, char next) {
    switch (name) {
      case "G" -> {
        return person(2, 0, next, 0);
      }
      case "P1", "P2", "P3" -> {
        return person(slot, name.charAt(1) - '1', next, 0);
      }
      case "S1", "S2", "S3" -> {
        return person(slot, name.charAt(1) - '1', next, 1);
      }
      case "N1", "N2", "N3" -> {
        return person(slot, name.charAt(1) - '1', next, 3);
      }
      case "F1", "F2", "F3" -> {
        return person(slot, name.charAt(1) - '1', next, 2);
      }
      case "L" -> {
        return w.places[story.place()].inText();
      }
      case "L2" -> {
        return w.places[story.place2()].inText();
      }
      case "C" -> {
        return w.places[w.places[story.place()].country()].inText();
      }
      case "C2" -> {
        return w.places[w.places[story.place2()].country()].inText();
      }
      case "WD" -> {
        return weekday;
      }
      case "MON" -> {
        return month;
      }
      case "YEAR" -> {
        return Integer.toString(year);
      }
      case "LASTYEAR" -> {
        return Integer.toString(year - 1);
      }
      case "N" -> {
        return Integer.toString(3 + r.nextInt(38));
      }
      case "NW" -> {
        return Generator.NUMBER_WORDS[r.nextInt(Generator.NUMBER_WORDS.length)];
      }
      case "BIG" -> {
        return thousands((1 + r.nextInt(90)) * 100 + r.nextInt(10) * 10);
      }
      case "OLDYEAR" -> {
        return Integer.toString(year - 2 - r.nextInt(14));
      }
      case "MONEYM" -> {
        String cur = r.nextInt(100) < 60 ? "$" : r.nextInt(2) == 0 ? "\u20ac" : "\u00a3";
        return cur + (2 + r.nextInt(400)) + " million";
      }
      case "FEE" -> {
        String cur = r.nextInt(100) < 50 ? "\u20ac" : r.nextInt(2) == 0 ? "$" : "\u00a3";
        return cur + (3 + r.nextInt(90)) + " million";
      }
      case "PRICE" -> {
        String cur = r.nextInt(100) < 60 ? "$" : r.nextInt(2) == 0 ? "\u20ac" : "\u00a3";
        return cur + thousands((1 + r.nextInt(19)) * 1000 + r.nextInt(10) * 100);
      }
      case "MIN" -> {
        return ordinal(3 + r.nextInt(87));
      }
      case "PCTMID" -> {
        return (3 + r.nextInt(12)) + "." + (1 + r.nextInt(9)) + " percent";
      }
      case "OIL" -> {
        return Integer.toString(25 + r.nextInt(96));
      }
      case "CROWD" -> {
        return thousands((5 + r.nextInt(76)) * 1000 + r.nextInt(10) * 100);
      }
      case "AGESP" -> {
        return Integer.toString(18 + r.nextInt(19));
      }
      case "PCTLO" -> {
        return r.nextInt(5) + "." + (1 + r.nextInt(9)) + " percent";
      }
      case "PCTHI" -> {
        return (35 + r.nextInt(50)) + " percent";
      }
      case "PCT" -> {
        return r.nextInt(3) == 0 ? (2 + r.nextInt(19)) + " percent" : r.nextInt(15) + "." + (1 + r.nextInt(9)) + " percent";
      }
      case "MONEY" -> {
        String cur = r.nextInt(100) < 60 ? "$" : r.nextInt(2) == 0 ? "\u20ac" : "\u00a3";
        return r.nextBoolean()
            ? cur + (1 + r.nextInt(9)) + "." + (1 + r.nextInt(9)) + " billion"
            : cur + (10 + r.nextInt(890)) + " million";
      }
      case "A_AGE" -> {
        int age = 19 + r.nextInt(66);
        return (age / 10 == 8 || age == 11 || age == 18 ? "an " : "a ") + age;
      }
      case "AGE" -> {
        return Integer.toString(19 + r.nextInt(66));
      }
      case "SCORE" -> {
        int a = 1 + r.nextInt(4);
        return a + "-" + r.nextInt(a);
      }
      default -> {
        if (name.startsWith("ministry:")) {
          String country = w.places[w.places[story.place()].country()].name();
          String dept = name.substring(9);
          for (String c : Orgs.MINISTRY_COUNTRIES) {
            if (c.equals(country)) return c + " Ministry of " + dept;
          }
          return "Ministry of " + dept;
        }
        boolean second = name.endsWith("2");
        int kind = Orgs.kind(second ? name.substring(0, name.length() - 1) : name);
        return w.orgs[kind][org(kind, second ? 1 : 0)];
      }
    }
  }

  /** The article's first or second organization of a kind, drawn on first use. */
  private int org(int kind, int which) {
    if (orgChoice[kind][which] < 0) {
      int o;
      do {
        o = w.orgZipf[kind].sample(r);
      } while (o == orgChoice[kind][1 - which]);
      orgChoice[kind][which] = o;
    }
    return orgChoice[kind][which];
  }

  /**
   * A person of the paragraph's theme. Modes 0 and 1 introduce the person on first mention (title and
   * full name, or full name and an appositive with the role; before a possessive only the former) and
   * use the surname afterwards; mode 3 is the same without appositive (for slots followed by a
   * clause of their own); mode 2 is always the full name. In headlines: the surname.
   */
  private String person(int slot, int k, char next, int mode) {
    int[] cast = story.cast()[slot];
    k = k % cast.length;
    Person p = w.people[themeOf(slot)][cast[k]];
    if (headlineMode) return mode == 2 ? p.full() : p.surname();
    if (mode == 2) return p.full();
    if (introduced[slot][k]) return p.surname();
    Role role = p.role();
    if (next == '\'' || mode == 3) { // no appositive; without a title, the role waits for a later mention
      if (role.title() == null) return p.full();
      introduced[slot][k] = true;
      return role.title() + " " + p.full();
    }
    introduced[slot][k] = true;
    if (role.title() != null && r.nextInt(100) < 45) return role.title() + " " + p.full();
    String app = role.appositive();
    if (role.orgKind() >= 0) app = app.replace("{org}", w.orgs[role.orgKind()][p.org()]);
    app = app.replace("{country}", w.places[p.country()].inText());
    boolean closes = next == '.' || next == ',' || next == ';' || next == ':' || next == '?' || next == '"';
    return p.full() + ", " + app + (closes ? "" : ",");
  }

  static String ordinal(int n) {
    int m = n % 100;
    String suffix = m >= 11 && m <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }

  static String thousands(int v) {
    String s = Integer.toString(v);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) b.append(',');
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  static String capitalize(String s) {
    int i = 0;
    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
    if (i >= s.length() || !Character.isLowerCase(s.charAt(i))) return s;
    return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
  }
}

/**
 * A theme: its people's roles and its sentence templates. Templates use [a|b|c] for alternative
 * wordings and {slots}: P1-P3 (a person of the theme, introduced with a role on first mention, then
 * by surname), S1-S3 (surname), F1-F3 (full name), L / L2 (main / second place), C / C2 (their
 * countries), WD (weekday), MON, YEAR, LASTYEAR, N, NW, BIG, PCT, MONEY, AGE, SCORE, an
 * organization kind (Orgs.KINDS; "club2" is a second one) or ministry:Department.
 */
record Theme(String name, Role[] roles, String[] ledes, String[] body, String[] headings, String[] headlines,
    String[] quotes) {
  static Theme of(String name, String[] roles, String[] ledes, String[] body, String[] headings,
      String[] headlines, String[] quotes) {
    if (ledes.length + body.length > QUOTE_BASE) throw new IllegalStateException(name + ": too many templates");
    Role[] rs = new Role[roles.length];
    for (int i = 0; i < roles.length; i++) rs[i] = Role.parse(roles[i]);
    return new Theme(name, rs, ledes, body, headings, headlines, quotes);
  }

  /** Template ids: theme * 100 + index; ledes then body from 0, quotes from QUOTE_BASE. */
  static final int QUOTE_BASE = 60;
}

final class Themes {
  static final Theme[] ALL = {
    Politics.THEME, Economy.THEME, Sport.THEME, Courts.THEME, Health.THEME, Science.THEME,
    Environment.THEME, Education.THEME, Culture.THEME, Disasters.THEME,
  };

  /** Frames for a theme's quotes ({Q}: the quote, without final punctuation). */
  static final String[] QUOTE_FRAMES = {
    "\"{Q},\" {S1} said.",
    "\"{Q},\" said {P2}.",
    "\"{Q},\" {S2} told reporters [in {L}|on {WD}|after the announcement].",
    "{S1} told the {media}: \"{Q}.\"",
    "\"{Q},\" {P1} said in a statement.",
    "\"{Q},\" {S2} [added|said later|said in a televised interview].",
    "In an interview with the {media}, {P1} said: \"{Q}.\"",
    "\"{Q},\" {P3} [told the {media}|wrote on social media].",
  };

  /** Sentences about a political leader ({G}) commenting on a non-political story. */
  static final String[] LEADER = {
    "{G} said the government would [do everything in its power to help|follow the situation closely|study the matter carefully].",
    "{G} [visited|travelled to] {L} on {WD} [to meet those affected|to see the situation first-hand|to meet local officials].",
    "\"[The government stands ready to help|We will not abandon the people of {L}|This matters to every family in {C}],\" {G} said.",
    "{G} has [come under pressure|faced calls] to [act|intervene|explain the government's response].",
    "Opposition figures accused {G} of [reacting too slowly|ignoring the warnings|playing politics with the issue].",
    "{G} [discussed the matter|raised the issue] with [cabinet colleagues|regional leaders|business leaders] on {WD}, [an official said|according to the government].",
    "{G} [promised|pledged] [a full review|an independent inquiry|extra funding] [in the coming weeks|before the end of the year].",
    "A spokesperson for {G} said the government [was in close contact with|had been briefed by] [local officials|the authorities in {L}].",
  };

  /** Theme-neutral sentences; person slots refer to the paragraph's theme. */
  static final String[] GENERIC = {
    "The announcement came [after weeks of speculation|amid mounting pressure|at the end of a turbulent week] in {L}.",
    "[Officials|Analysts|Observers] said it was too early to say how the decision would play out over the coming months.",
    "\"We have been very clear from the start,\" {S1} said [on {WD}|in a statement|in an interview].",
    "{S1} did not respond to [a request for comment|repeated requests for comment|questions sent by email] on {WD}.",
    "The [move|development|decision] is likely to be closely watched [in {L2}|across the region|by neighbouring countries].",
    "Local media in {L} reported that [several|{NW}] people had been [interviewed|questioned|consulted] before the announcement.",
    "It was not immediately clear [whether|when|how] the plans would be put into effect.",
    "Speaking to reporters in {L} on {WD}, {P1} said [the situation remained fluid|more details would follow within days|there was no reason for alarm].",
    "The [details|figures] were first reported by the {media}.",
    "A spokesperson for {S2} declined to comment [on {WD}|when contacted by telephone|further].",
    "Critics [argued|warned|pointed out] that the [plan|approach|proposal] had been [rushed|poorly explained|drawn up without proper consultation].",
    "Supporters, however, [say|insist|argue] it is [long overdue|a necessary first step|the best option available].",
    "The issue has [dominated|featured heavily in] [headlines|public debate] in {L} since {MON}.",
    "In a statement released on {WD}, {P2} [welcomed|questioned|cautiously praised] the [decision|announcement|outcome].",
    "{S1} is expected to [give further details|speak again|face further questions] [later this week|next week|in the coming days].",
    "More than {BIG} people [followed the proceedings online|signed an online petition on the issue|attended related events] in {L}, [organisers|officials] said.",
    "Similar [measures|cases|steps] have been [taken|seen|reported] in {L2} in recent years.",
    "\"This is [not the end of the story|only the beginning|a moment we have waited for],\" said {P2}.",
    "The {media} described the [week|mood|reaction] as [tense|unusually calm|mixed].",
    "Asked whether [more changes would follow|the timetable could slip|the decision was final], {S1} said: \"We will see.\"",
    "The full [report|statement|text] is due to be published [on {WD}|later this month|before the end of {MON}].",
    "[Residents|People] in {L} gave a mixed reaction when asked about the news on {WD}.",
    "[The story|The case|The issue] first drew [wide|national|international] attention in {LASTYEAR}.",
    "{S2} said [the talks|conversations|discussions] with {S1} had been [constructive|difficult at times|frank].",
    "Neither side has [commented on|disputed|confirmed] the [figures|timeline|details] published on {WD}.",
    "[Officials|Authorities] in {L} [did not|declined to] [give a timeline|comment on the cost|say how many people were affected].",
    "The [news|announcement] [was met with|drew] [surprise|anger|relief] [on social media|in {L}].",
    "[Earlier this year|Last year|In {MON}], {S1} [had warned|had hinted|had said] that [such a move was possible|changes were coming|the situation could deteriorate].",
    "[According to|Citing] [people familiar with the matter|a source close to the talks], the {media} reported that [an agreement was close|further announcements were expected].",
    "The figures could not be independently verified.",
    "[More information is|Further details are] expected [in the coming days|once the review is complete].",
    "\"[We are following the situation closely|Our thoughts are with everyone affected|There are lessons to be learned],\" said {P3}.",
    "[Videos|Photographs] shared on social media showed [crowds|long queues|people gathering] in [central {L}|the streets of {L}].",
    "{S1} [first came to prominence|became widely known] in {OLDYEAR}.",
    "[A poll|A survey] published by the {media} [found|suggested] that {PCTHI} of [respondents|people in {C}] [supported|opposed] the [move|plan|decision].",
  };

  static final String[] GENERIC_HEADINGS = {
    "What Happens Next", "Background", "Reaction", "A Long Road", "The Bigger Picture", "Looking Ahead",
    "How We Got Here", "Mixed Reactions", "Reaction in {L}", "Questions Remain", "Key Details",
    "Voices From {L}", "An Uncertain Future", "Early Signs",
  };
}

final class Politics {
  static final Theme THEME = Theme.of("politics",
      new String[] {
        "Foreign Minister|the foreign minister of {country}|",
        "Prime Minister|the prime minister of {country}|",
        "Interior Minister|the interior minister of {country}|",
        "Deputy Prime Minister|the deputy prime minister of {country}|",
        "Defence Minister|the defence minister of {country}|",
        "Ambassador|{country}'s ambassador to the United Nations|",
        "|the leader of the {org}|party",
        "|a senior member of the {org}|party",
        "|an opposition lawmaker from the {org}|party",
        "|a spokesperson for the {org}|ministry",
      },
      new String[] {
        "{P1} said on {WD} that the government would [push ahead with|delay|review] its plans for [electoral reform|a new constitution|a cabinet reshuffle], [setting up|raising the prospect of] a [tense|lengthy|bitter] debate in parliament.",
        "Lawmakers in {L} voted on {WD} to [approve|reject] a [controversial|long-delayed|sweeping] [bill|reform package] championed by {P1}, after [weeks|months] of [debate|negotiations|wrangling] between the government and the opposition.",
        "{P1} arrived in {L2} on {WD} for [two days of talks|a rare visit|high-level talks] aimed at [easing tensions|repairing relations|deepening ties] between {C} and {C2}.",
        "The [ruling coalition|government] in {C} was thrown into [turmoil|crisis|disarray] on {WD} after {P1} [resigned|quit the cabinet|withdrew support], [citing|blaming] [disagreements over the budget|a row over immigration policy|differences with the party leadership].",
        "Voters in {L} [head to the polls|will cast their ballots] [on {WD}|next month] in an election that {P1} has described as [a turning point|the most important in a generation|a referendum on the government's record].",
        "Diplomats from {C} and {C2} [met|held talks] in {L} on {WD}, with {P1} and {P2} [pledging|promising|vowing] to [restore|strengthen|normalise] [diplomatic|bilateral] ties.",
      },
      new String[] {
        "The opposition {party} accused the government of [rushing the measure through|ignoring voters|breaking its election promises].",
        "\"[The people of {C} deserve better|We will not be intimidated|This is a historic day for our democracy],\" {S1} told [supporters|reporters|lawmakers] in {L}.",
        "{N2}, [whose party holds|who holds] the balance of power, said the bill would need [significant changes|further scrutiny|cross-party support] before it could pass.",
        "Opinion polls [suggest|show] the government trailing the opposition by about {N} points ahead of the next election.",
        "Parliament is expected to hold a [final|second] vote on the [measure|bill|proposals] [next week|before the summer recess|within days].",
        "The {ministry:Foreign Affairs} said in a statement that the talks had been [productive|constructive|frank and open].",
        "{S1} has faced [growing|mounting|persistent] criticism from within [the party|the cabinet|the coalition] over the handling of the [crisis|negotiations|budget].",
        "Both governments agreed to [set up a joint commission|reopen their embassies|resume regular diplomatic contacts] [before the end of the year|within six months|in {MON}].",
        "The ambassador of {C2} was summoned to the foreign ministry [on {WD}|late on {WD}] to explain the remarks.",
        "Turnout in the last election was {PCTHI}, [the lowest|one of the lowest|the highest] since [independence|records began|the 1990s].",
        "Analysts said the [vote|result|resignation] [would weaken|could strengthen|had exposed divisions in] the governing coalition.",
        "{S2} said the government's [plan|proposal] was [unworkable|a distraction|an attack on democratic institutions] and vowed to [fight it|vote against it|challenge it in the courts].",
        "Thousands of [protesters|opposition supporters] gathered outside the parliament building in {L} [on {WD}|over the weekend], [waving flags|chanting slogans|demanding early elections].",
        "The cabinet [met in an emergency session|held a late-night meeting] to discuss the [fallout|crisis|next steps].",
        "{P1} has served as [a member of parliament|a minister|party leader] for {NW} years and is [widely seen|regarded by many] as a [likely successor to the prime minister|pragmatist|hardliner].",
        "Under the [constitution|electoral law], the president has {N} days to [sign|approve|return] the bill.",
        "The talks in {L} were the first [high-level|ministerial] [meeting|contact] between the two governments since {LASTYEAR}.",
        "[Government|Party] officials [privately|openly] acknowledged that the [reform|deal|budget] would be difficult to sell to voters.",
        "The {party} [won|secured] {N} seats in the last parliamentary election, [leaving it|making it] [the largest party|the kingmaker|a minor force] in the legislature.",
        "{S1} and {S2} [shook hands|appeared together|held a joint press conference] [at the end of the talks|after the meeting], [signalling|suggesting] a [thaw|warming] in relations.",
        "A [new trade and security agreement|memorandum of understanding|joint declaration] is expected to be signed [when the two leaders meet again|at a summit later this year|in {L2}].",
        "The opposition has [called for|demanded] a vote of no confidence in the government, [though|but] it is unclear whether it has the [numbers|support] to win.",
        "\"Diplomacy [takes time|is about patience|requires compromise on both sides],\" {S2} said [after the meeting|at a news conference|in a televised address].",
        "Election officials said [ballot papers|voting materials] had been delivered to [more than {BIG} polling stations|every region of the country].",
        "The [prime minister|president] is [due|expected] to [address the nation|announce a cabinet reshuffle|travel to {L2}] [later this month|next week].",
        "{S2} [accused|criticised] {S1} of [playing politics|misleading voters|undermining the independence of the courts].",
        "The [bill|reform] would [lower the voting age to 16|limit presidential terms|redraw electoral boundaries|give more powers to regional governments].",
        "[Foreign|International] observers [praised|criticised] the [conduct of the election|vote count|campaign] as [largely free and fair|marred by irregularities].",
        "Relations between {C} and {C2} [soured|deteriorated] [in {LASTYEAR}|last year] over [a border dispute|trade restrictions|the expulsion of diplomats].",
        "The coalition's majority in parliament [was cut|has shrunk] to {NW} seats after [a by-election defeat|a series of defections].",
      },
      new String[] {
        "Opposition Reaction", "A Divided Parliament", "Talks in {L}", "Pressure on the Coalition",
        "The Road to the Election", "Diplomatic Fallout", "What the Bill Would Change", "Voters Weigh In",
        "A Fragile Majority", "Next Steps in Parliament",
      },
      new String[] {
        "{S1} Vows to Press Ahead With Reform Despite Opposition Anger",
        "Lawmakers in {L} Vote on Contested Reform Bill",
        "{S1} Heads to {L2} for Talks on Trade and Security",
        "{S1} Quits as Coalition Crisis Deepens",
        "Voters in {L} Head to the Polls in Tight Election",
        "{C} and {C2} Agree to Restore Diplomatic Ties",
      },
      new String[] {
        "The people of {C} have waited long enough for this reform",
        "We are ready to sit down with anyone who is serious about a solution",
        "This government has lost the confidence of the country",
        "Nobody in this chamber should be surprised by the result",
        "Our relationship with {C2} is too important to be held hostage by one dispute",
        "We will respect the decision of parliament, whatever it is",
        "The opposition has offered no alternative, only slogans",
        "Voters will have the final say on this at the next election",
        "I did not enter politics to manage decline",
        "We need calm heads and open channels of communication",
        "There is no question of early elections",
        "The coalition remains united on the things that matter",
        "Trust between our two countries has to be rebuilt step by step",
        "This is a good day for democracy in {C}",
        "The door to dialogue remains open",
      });
}

final class Economy {
  static final Theme THEME = Theme.of("economy",
      new String[] {
        "|the chief executive of {org}|company",
        "|the chief financial officer of {org}|company",
        "|the chairman of {org}|company",
        "|the chief economist at {org}|bank",
        "|an analyst at {org}|bank",
        "|a senior economist at the {org}|institute",
        "Finance Minister|the finance minister of {country}|",
        "Central Bank Governor|the governor of the central bank of {country}|",
        "Trade Minister|the trade minister of {country}|",
      },
      new String[] {
        "Shares in {company} [fell|tumbled|slid] {PCT} on {WD} after the company [cut its profit forecast|reported weaker-than-expected quarterly results|warned of a slowdown in demand], [sending a chill through|weighing on] the stock market in {L}.",
        "{company} [agreed|announced a deal] on {WD} to buy [its rival|its smaller rival] {company2} for {MONEY}, [creating|in a move that would create] one of the largest [groups|companies] in its sector.",
        "The central bank of {C} [raised|cut|left unchanged] its benchmark interest rate on {WD}, with inflation [running at|easing to|climbing to] {PCTLO}, [according to|in a decision explained by] {P1}.",
        "{P1} [unveiled|presented] a budget on {WD} that [raises taxes on|cuts spending on|offers relief to] [households|businesses|pensioners], [aiming to|in an effort to] [narrow the deficit|revive economic growth|contain rising prices].",
        "The economy of {C} [grew|shrank] by {PCTLO} in the [first|second|third|fourth] quarter, official figures showed on {WD}, [beating|falling short of] [economists' forecasts|market expectations], {P1} said.",
        "{P1} said on {WD} that {company} would [cut|create] {BIG} jobs over the next {NW} years as part of [a restructuring|an expansion] plan worth {MONEY}.",
      },
      new String[] {
        "The company's revenue [rose|fell] to {MONEY} in the [three months to {MON}|last quarter|first half of the year], while [net profit|operating profit] [dropped|climbed] {PCT}.",
        "\"[We remain confident in our strategy|The fundamentals of the business are strong|These are difficult conditions for the whole industry],\" {S1} told [analysts|investors|shareholders] on a conference call.",
        "{P2} said the [results|figures] [pointed to|reflected|confirmed] a [broader slowdown in consumer spending|recovery in demand|squeeze on profit margins].",
        "The benchmark stock index in {L} [closed|ended the day] [{PCTLO} lower, dragged down|{PCTLO} higher, lifted] by [banking|energy|technology] shares.",
        "Inflation has [eased for {NW} consecutive months, giving the central bank room to cut rates|risen for {NW} consecutive months, putting the central bank under pressure to act].",
        "Economists [polled|surveyed] by the {media} had expected growth of about {PCTLO}.",
        "The [deal|merger|takeover] still needs the approval of [regulators|competition authorities] in {C} and {C2}.",
        "Shares in {bank} [rose|fell] {PCTLO} [in early trading|by the close], as investors [weighed|digested] the [news|outlook].",
        "Unemployment [stood at|was] {PCTMID} in {MON}, the [lowest|highest] level in {NW} years.",
        "{S1} said the government would [borrow|spend] an additional {MONEY} [to support small businesses|on infrastructure|on energy subsidies] over the coming year.",
        "The budget deficit is forecast to [reach|fall to] {PCTLO} of gross domestic product [this year|next year], while public debt stands at about {PCTHI}.",
        "[Exporters|Manufacturers|Retailers] have [complained|warned] that [higher tariffs|a strong currency|rising energy costs] are [hurting sales|eating into profits|making them less competitive].",
        "The currency [weakened|strengthened] {PCTLO} against the dollar [following|after] the announcement.",
        "{P2} [warned|cautioned] that the outlook for [the economy|investment|trade] remained [uncertain|fragile|clouded by risks].",
        "{company} employs about {BIG} people [in {C}|worldwide|across {NW} countries] and [has struggled|has grown rapidly] [since {OLDYEAR}|in recent years].",
        "Trade between {C} and {C2} was worth {MONEY} last year, [according to|based on] official figures.",
        "The [trade agreement|tariff deal] would [remove|reduce] import duties on [cars|farm products|steel|electronics] [over {NW} years|in stages].",
        "[Consumer confidence|Business sentiment] [fell|improved] in {MON}, [a survey by|data from] {bank} showed.",
        "Oil prices [rose to about {OIL} dollars a barrel, adding to|fell to about {OIL} dollars a barrel, easing] pressure on [household budgets|manufacturers|the government].",
        "The housing market in {L} has [cooled|slowed] [sharply|steadily], with [prices|sales] down {PCT} from a year earlier.",
        "\"[Investors hate uncertainty|The market was already expecting this|This is a vote of confidence in the economy],\" said {P2}.",
        "Analysts at {bank} [raised|lowered] their [price target|forecast] for the [company|shares] [after the announcement|on {WD}].",
        "{S1} [declined to say|would not say] whether [further job cuts were planned|more acquisitions were planned|a share buyback was on the table].",
        "The company said it [expected|hoped] to [return to profit|complete the deal|restore its dividend] by the end of {YEAR}.",
        "[Trade unions|Workers' representatives] [criticised|condemned|said they would fight] the planned job cuts at {company}.",
        "The central bank's next [policy meeting|rate decision] is scheduled for {MON}.",
        "Foreign investment in {C} [rose to {MONEY} last year, the highest level|fell to {MONEY} last year, the lowest level] in a decade.",
        "{P1} [met|held talks with] [bankers|business leaders|investors] in {L2} [to reassure them about|to promote] [the economy|the country's reform plans].",
        "[Small businesses|Households|Farmers] in {L} say [higher borrowing costs|rising prices|the new taxes] [have hit them hard|are forcing difficult choices].",
        "The government [expects|forecasts] economic growth of {PCTLO} next year, [slightly above|below] the estimate of economists at {bank}.",
      },
      new String[] {
        "Market Reaction", "Investors Take Stock", "A Tough Quarter", "The Deal in Numbers", "Pressure on Prices",
        "What Analysts Say", "Jobs at Risk", "The Outlook for {YEAR}", "Impact on Households", "Growth Forecasts",
      },
      new String[] {
        "{company} Shares Slide After Profit Warning",
        "{company} Agrees to Buy Rival {company2}",
        "All Eyes on Central Bank of {C} After Rate Decision",
        "{S1} Unveils Budget Aimed at Taming Inflation",
        "Quarterly Growth Figures for {C} Surprise Economists",
        "{company} Unveils Plan to Reshape Workforce",
      },
      new String[] {
        "We expect the second half of the year to be stronger",
        "Inflation remains the biggest threat to household incomes",
        "The merger makes sense for customers, staff and shareholders",
        "There will be difficult decisions ahead",
        "Markets had priced in a much gloomier outlook",
        "We are not planning any further job cuts at this stage",
        "The budget puts the public finances back on a sustainable path",
        "Small businesses are the backbone of this economy",
        "Interest rates will stay high for as long as necessary",
        "Demand from {C2} has been weaker than we hoped",
        "We have a strong balance sheet and a clear strategy",
        "This is a recovery, but it is a fragile one",
        "The tariffs will ultimately be paid by consumers",
        "Our order books are full for the next two years",
        "We are confident the regulators will approve the deal",
      });
}

final class Sport {
  static final Theme THEME = Theme.of("sport",
      new String[] {
        "Coach|the head coach of {org}|club",
        "|the manager of {org}|club",
        "|a striker for {org}|club",
        "|the captain of {org}|club",
        "|a midfielder for {org}|club",
        "|the goalkeeper of {org}|club",
        "|a defender for {org}|club",
        "|the president of {org}|club",
        "|a winger for {org}|club",
        "|the sporting director of {org}|club",
        "|a former international from {country}|",
      },
      new String[] {
        "{club} [beat|overcame|edged past] {club2} {SCORE} on {WD} [to move top of the league|to reach the cup final|to keep their title hopes alive], with {P1} scoring [twice|the winning goal|a late winner].",
        "{P1} scored a hat-trick as {club} [thrashed|routed|swept aside] {club2} [4-1|5-0|3-0|4-2] in {L} on {WD}, [ending a run of {NW} games without a win|moving within {NW} points of the top of the table].",
        "{club} [sacked|parted company with] {P1} on {WD} [after a run of {NW} defeats|following a disappointing season|in a surprising move], [leaving|with] the club [searching for a new coach|in turmoil].",
        "{club} [won|lifted] the cup in {L} on {WD}, [beating|defeating] {club2} {SCORE} in a [thrilling|tense|one-sided] final, with {P1} [named player of the match|scoring the decisive goal].",
        "{club} [completed|confirmed] the signing of {P1} from {club2} on {WD} for a [reported|club-record] transfer fee of {FEE}.",
        "A crowd of {CROWD} [packed into|filled] the stadium in {L} on {WD} as {club} [clinched|secured] [their first league title in {NW} years|promotion|a place in the final], with {P1} [leading the celebrations|lifting the trophy].",
      },
      new String[] {
        "{S1} [opened the scoring|put the hosts ahead|equalised] in the {MIN} minute [with a header|with a low shot|from the penalty spot].",
        "\"[The players gave everything today|We showed real character|It was a difficult game but we deserved the win],\" {S1} told reporters [after the match|at the post-match press conference].",
        "The [defeat|result] leaves {club2} [{NW} points behind the leaders|at the bottom of the table|in the relegation zone].",
        "{P2} was [sent off|shown a red card] [early in the second half|just before half-time] for a [late tackle|second bookable offence].",
        "{club} have now [won|gone unbeaten in] {NW} [consecutive matches|league games in a row].",
        "The [match|game] was [delayed|held up] for {N} minutes [because of heavy rain|after a pitch invasion|while medics treated an injured player].",
        "{S1}, {AGESP}, has scored {N} goals in all competitions this season.",
        "The club [confirmed|said] that {S2} had suffered [a hamstring|a knee|an ankle] injury and would be out for [several weeks|the rest of the season|at least a month].",
        "[Fans|Supporters] [celebrated|sang] [long into the night|in the streets of {L}|outside the stadium] after the final whistle.",
        "{S2} [hit the post|had a goal ruled out for offside] [twice|in the second half|just before the break].",
        "The [federation|league] said it would [open an investigation into|review] the [incident|crowd trouble|refereeing decision].",
        "{club} will [face|meet|play] {club2} again in the [semi-finals|quarter-finals|next round] of the cup later this month.",
        "The [win|victory] was {club}'s first [away from home|against {club2}] since {OLDYEAR}.",
        "{N3}, who joined from {club2} in the summer, [impressed|struggled] on debut.",
        "The [head coach|manager] [praised|criticised] the [referee|defending|attitude of the players] in [a post-match interview|comments to the {media}].",
        "Ticket sales for the [final|derby|home game] [topped|passed] {BIG}, [organisers|the club] said.",
        "{club} [sit|are] [top of the table|second in the standings|fifth in the league] with {N} points.",
        "The [governing body|league] said it was [investigating|looking into] [alleged racist abuse directed at players|the pitch invasion|the crowd trouble].",
        "\"[We take it one game at a time|Nothing is decided yet|The title race is far from over],\" said {P1}.",
        "{S1}'s contract [expires|runs out] at the end of the season, and [several clubs|clubs in {C2}] are said to be interested.",
        "The stadium in {L}, which holds [about|nearly] {CROWD} spectators, [was sold out|was half empty].",
        "{S2} [dedicated|devoted] the [goal|win] to [a former teammate|the fans|family members in {C}].",
        "Television rights for the [league|tournament] were sold last year for {MONEY}.",
        "The league [resumes|continues] [next week|at the weekend] after [the international break|a midweek cup round].",
        "{S1} [missed|saved] a penalty in the [first half|closing minutes], [a moment that proved decisive|which changed the course of the match].",
        "[Injuries|Suspensions] have [left {club} without {NW} first-team players|forced {club} to field a young side] in recent weeks.",
        "{N2}, the club's top scorer last season, [was left on the bench|limped off with a shoulder injury|struggled to make an impact].",
        "The [league|federation] [fined|suspended] {S2} for {NW} matches [for dissent|for violent conduct].",
        "{club} [host|travel to] {club2} next weekend in what could be [a title decider|a decisive match].",
        "Attendance across the league has [risen|fallen] {PCT} this season, according to figures from the league.",
      },
      new String[] {
        "A Night to Remember", "Turning Point", "Title Race Heats Up", "Injury Worries", "The Coach Speaks",
        "Fans Celebrate in {L}", "Looking Ahead to the Final", "Transfer Talk", "A Season of Highs and Lows",
        "Player of the Match",
      },
      new String[] {
        "{club} Beat {club2} as {S1} Shines",
        "{S1} Hat-Trick Sinks {club2}",
        "{club} Sack {S1} After Disappointing Run",
        "{club} Win Cup Final in {L}",
        "{S1} Completes Move to {club}",
        "{club} Celebrate in Front of Home Crowd",
      },
      new String[] {
        "We knew it would be tough, but the players never stopped believing",
        "It is the best moment of my career",
        "We have to learn from this defeat and move on quickly",
        "The fans were incredible from the first minute to the last",
        "I am proud of every single player in that dressing room",
        "The referee made a mistake, but that is football",
        "There is still a long way to go in the season",
        "I have waited my whole career for a night like this",
        "We were not good enough today and I take responsibility",
        "Winning in front of our own supporters means everything",
        "The injury is frustrating, but I will come back stronger",
        "Nobody gave us a chance, and we proved them wrong",
        "I have always dreamed of playing for this club",
        "The title is in our hands now",
        "It was a difficult week, but the team responded",
      });
}

final class Courts {
  static final Theme THEME = Theme.of("courts",
      new String[] {
        "Judge|a judge at the {org}|court",
        "Prosecutor|a prosecutor in {country}|",
        "|the chief prosecutor of {country}|",
        "|a lawyer for the defendants|",
        "Police Chief|the head of the {org}|police",
        "Detective|a detective with the {org}|police",
        "|a spokesperson for the {org}|police",
        "Justice Minister|the justice minister of {country}|",
        "|a criminologist at the {org}|univ",
      },
      new String[] {
        "A court in {L} [sentenced|jailed] {NW} men on {WD} for their part in a [robbery|fraud scheme|drug-smuggling operation] worth {MONEYM}, with {P1} [describing the crimes as \"brazen and calculated\"|calling it one of the most serious cases of its kind].",
        "Police in {L} [arrested|detained] {NW} people on {WD} [in connection with|as part of an investigation into] [a series of burglaries|the fatal stabbing of {A_AGE}-year-old man|an alleged money-laundering network], {P1} said.",
        "The trial of [a former official|a businessman|{A_AGE}-year-old man] accused of [embezzlement|murder|bribery] opened on {WD} at the {court}, with prosecutors [led by|under] {P1} [laying out|presenting] their case.",
        "The {court} on {WD} [overturned|upheld] the conviction of a [former mayor|prominent businessman|police officer] in a [long-running|high-profile|closely watched] [corruption case|fraud case], a ruling {P1} called [\"a victory for justice\"|deeply disappointing].",
        "{P1} [announced|launched] an investigation on {WD} into [allegations of police misconduct|a rise in violent crime|the disappearance of evidence] in {L}.",
        "A jury in {L} found {A_AGE}-year-old [man|woman] guilty of [murder|manslaughter|fraud] on {WD} after a trial lasting {NW} weeks, [according to|said] {P1}.",
      },
      new String[] {
        "Prosecutors said the [defendants|suspects] had [laundered|moved|hidden] more than {MONEYM} through [shell companies|offshore accounts|property deals] over several years.",
        "\"[No one is above the law|Justice has been served today|We will appeal this verdict],\" {S1} told reporters outside the court.",
        "{P2} said [the defendants|the accused|the suspect] [would appeal|denied all the charges|had cooperated fully with investigators].",
        "The judge [ordered the suspects to be held in custody|granted bail on strict conditions|ordered a retrial].",
        "Police said [a weapon|a vehicle|cash and mobile phones] had been [recovered|seized] [at the scene|during raids on {NW} properties].",
        "The victim, [a father of {NW}|a local shopkeeper|{A_AGE}-year-old], [died at the scene|was taken to hospital but later died].",
        "[Officers|Detectives] have appealed for witnesses [who were in the area|with dashcam footage] to come forward.",
        "The case has [raised questions|prompted debate|fuelled anger] [about|over] [corruption in local government|police tactics|the justice system] in {C}.",
        "If convicted, the [defendants|accused] face up to {N} years in prison.",
        "{S1} said the [investigation|inquiry] was [at an early stage|continuing|close to completion] and [declined to give further details|that more arrests were possible].",
        "The {police} [said|confirmed] that [the suspects|those arrested] were aged between 19 and {AGE}.",
        "Crime figures released [this month|last week] show [burglaries|violent crime|car thefts] in {L} [rose|fell] {PCT} last year.",
        "The [hearing|trial] was adjourned until {MON} [to allow the defence to review new evidence|so that further witnesses could be called].",
        "Lawyers for the [defence|family of the victim] [argued|said] that [key evidence had been mishandled|the sentence was too lenient|the police had acted unlawfully].",
        "{N3}, [who has studied|an expert on] [organised crime|the court system] in {C}, said the ruling could set [an important precedent|a precedent for similar cases].",
        "The [supreme court|appeals court] is expected to [hear|rule on] the case [later this year|next year|in {MON}].",
        "The [accused|defendant] [sat silently|showed no emotion|wept] as the verdict was read out.",
        "\"[This was a cold and calculated crime|The evidence was overwhelming|The victims deserve answers],\" {S2} said in [closing arguments|a statement].",
        "[Anti-corruption|Financial crime] investigators [raided|searched] the offices of {company} [on {WD}|last month] [as part of the inquiry|in connection with the case].",
        "The [court|jury] heard that the [defendant|accused] had [previous convictions|lied to investigators|fled the country before being extradited].",
        "The [sentence|verdict] [drew|provoked] [criticism from human rights groups|a mixed reaction|applause in the courtroom].",
        "{S1} [pledged|promised] to [put more officers on the streets|tackle knife crime|speed up court cases] in {L}.",
        "An [arrest warrant|international warrant] has been issued for a [fourth|further] suspect, [believed|thought] to be in {C2}.",
        "The [trial|case] has been [closely followed|widely covered] by the {media}.",
        "[Forensic|Ballistic] evidence [linked|tied] the suspect to the scene, [a detective|prosecutors] told the court.",
        "The {ministry:Justice} said it would [review|examine] the [handling of the case|sentencing guidelines].",
        "The [defendants|suspects] were [charged with|accused of] [fraud, bribery and money laundering|armed robbery|murder and illegal possession of firearms].",
        "{P2} called the [ruling|verdict] [\"deeply flawed\"|a miscarriage of justice|a fair outcome].",
        "Witnesses told police they had heard [shots|shouting|an explosion] [shortly after midnight|in the early hours of {WD}].",
        "[The family of the victim|Relatives] said in a statement that they [welcomed|were relieved by|were disappointed with] the [verdict|sentence|outcome].",
      },
      new String[] {
        "Inside the Courtroom", "The Prosecution Case", "A Long Investigation", "What the Judge Said",
        "Appeal Expected", "Questions for the Police", "The Victims", "Evidence Presented", "Crime in {L}",
        "The Verdict",
      },
      new String[] {
        "Court in {L} Jails Gang Members After High-Profile Case",
        "Police in {L} Arrest Suspects in Major Investigation",
        "Trial Opens at {court}",
        "Court Rules in Closely Watched Corruption Case",
        "{S1} Launches Investigation in {L}",
        "Jury Reaches Verdict in {L} Trial",
      },
      new String[] {
        "The court has sent a clear message that corruption will not be tolerated",
        "My client denies every charge and will appeal",
        "The evidence against the defendants was overwhelming",
        "Today the victims have finally been heard",
        "We will examine the ruling carefully before deciding our next steps",
        "The police acted quickly and professionally",
        "No amount of money can bring our son back",
        "This investigation is far from over",
        "The sentence reflects the seriousness of the crimes",
        "Justice delayed is justice denied",
        "We urge anyone with information to contact us",
        "Nobody in {C} is above the law",
        "The prosecution failed to prove its case",
        "This ruling will have consequences far beyond this courtroom",
        "Our officers are working around the clock on this case",
      });
}

final class Health {
  static final Theme THEME = Theme.of("health",
      new String[] {
        "Health Minister|the health minister of {country}|",
        "Dr.|a doctor at {org}|hospital",
        "|the director of {org}|hospital",
        "|an epidemiologist at the {org}|univ",
        "|a spokesperson for the {org}|healthbody",
        "|the head of the {org}|healthbody",
        "Professor|a professor of medicine at the {org}|univ",
        "|a senior nurse at {org}|hospital",
      },
      new String[] {
        "Health officials in {L} [reported|confirmed] {N} new cases of [measles|cholera|dengue fever|influenza] on {WD}, bringing the total this year to {BIG}, according to {P1}.",
        "{P1} [announced|unveiled] a {MONEYM} plan on {WD} to [cut hospital waiting times|hire more nurses|expand mental health services] [in {C}|across the country].",
        "A new study led by {P1} [suggests|has found] that [regular exercise|a common blood pressure drug|a diet rich in vegetables] [may reduce|could lower] the risk of [dementia|heart disease|type 2 diabetes] by [up to|about] {PCT}.",
        "Hospitals in {L} [were placed on alert|cancelled routine operations] on {WD} as [a surge in flu cases|an outbreak of norovirus|a shortage of staff] [stretched|overwhelmed] [emergency departments|intensive care units], {P1} said.",
        "The {healthbody} [approved|recommended] a new [vaccine|treatment|drug] for [malaria|breast cancer|childhood asthma] on {WD}, a decision [welcomed|praised] by {P1}.",
        "Doctors at {hospital} went on strike on {WD} over [pay|working conditions|staff shortages], [forcing|leading to] the cancellation of [hundreds of|{BIG}] appointments, according to {P1}.",
      },
      new String[] {
        "\"[Our hospitals are under enormous pressure|Prevention is always better than cure|Patients should not have to wait this long],\" {S1} said.",
        "The [outbreak|virus] has spread to {NW} [provinces|regions|districts], [health officials|the {healthbody}] said.",
        "{P2} urged [parents|older people|residents] to [get vaccinated|seek medical advice if they develop symptoms|wash their hands regularly].",
        "Waiting times for [routine surgery|cancer treatment|mental health care] have [grown|lengthened] [sharply|steadily] since {LASTYEAR}.",
        "The study, published in [a peer-reviewed medical journal|a leading medical journal], followed [more than {BIG} patients|{BIG} adults] over {NW} years.",
        "{S1} [cautioned|stressed] that [more research was needed|the findings did not prove cause and effect|patients should not stop taking their medication].",
        "[Nurses|Doctors|Health workers] say they are [exhausted|overstretched|leaving the profession] [because of|amid] [low pay|long shifts|rising demand].",
        "The [hospital|health service] said emergency care would continue during the strike.",
        "Vaccination rates among [children|teenagers|older adults] have [fallen to {PCTHI}, below|risen to {PCTHI}, above] the level experts say is needed.",
        "{hospital} [opened|is building] a new [cancer centre|children's ward|intensive care unit] [costing|worth] {MONEYM}.",
        "[Symptoms|Early signs] include [fever, headache and muscle pain|a persistent cough and fatigue|vomiting and diarrhoea], according to the {healthbody}.",
        "{P3} said [the patients|those infected] were [recovering|in a stable condition|being treated in isolation] at {hospital}.",
        "The government has [promised|pledged] to [train|recruit] {BIG} more [nurses|doctors|midwives] by the end of the decade.",
        "Spending on health will rise by {PCT} next year, {S1} said.",
        "The [drug|treatment] [is expected to cost|will cost] about {MONEYM} a year [to provide|for the health service].",
        "Experts [warned|said] that [obesity|smoking|air pollution] [remains|is] a leading cause of [preventable deaths|chronic illness] in {C}.",
        "Clinical trials of the [vaccine|drug] involved [volunteers|patients] in {C} and {C2}.",
        "\"[This is a significant step forward|We are cautiously optimistic|The results are very encouraging],\" said {P2}.",
        "{S2} said [staff|the team] had [treated|seen] more than {BIG} patients [since the start of the outbreak|last month|in the past week].",
        "The {healthbody} [advised|urged] people [to avoid|to limit] [crowded places|travel to affected areas|contact with sick animals].",
        "[Patient groups|Charities] [welcomed|criticised] the [announcement|decision], [saying|arguing] it [did not go far enough|would save lives].",
        "[Pharmacies|Hospitals] in {L} have reported shortages of [antibiotics|painkillers|insulin] in recent weeks.",
        "The {ministry:Health} said [mobile clinics|extra staff|field hospitals] would be sent to [the worst-affected areas|rural districts].",
        "[Deaths from|Cases of] [heart disease|tuberculosis|malaria] have [fallen|risen] by {PCT} over the past decade, according to the {healthbody}.",
        "{S1} [visited|toured] {hospital} on {WD} and [met|spoke with] [staff|patients and their families].",
        "[Researchers|Scientists] at the {univ} [are now planning|hope to begin] a larger trial [next year|involving {BIG} participants].",
        "[Mental health|Cancer|Dementia] services in {L} [are|remain] [badly underfunded|under severe strain], {P2} said.",
        "The [outbreak|cluster of cases] was [traced|linked] to [contaminated water|a food market|a hospital ward] in {L}.",
        "Medical costs have [risen|doubled] [in recent years|since {OLDYEAR}], putting care out of reach for many families.",
        "{S2} said doctors would [keep monitoring|continue to monitor] the situation [closely|around the clock].",
      },
      new String[] {
        "Pressure on Hospitals", "What the Study Found", "Advice for the Public", "Staff Shortages",
        "Spread of the Outbreak", "A New Treatment", "Waiting for Care", "The Cost of Care", "Patients Speak",
        "Prevention Efforts",
      },
      new String[] {
        "Health Officials Report Rise in Cases in {L}",
        "{S1} Unveils Plan to Improve Health Services",
        "Study Suggests Simple Steps Could Cut Disease Risk",
        "Hospitals in {L} Under Strain as Demand Surges",
        "New Treatment Approved by {healthbody}",
        "Doctors Strike Over Pay and Conditions at {hospital}",
      },
      new String[] {
        "Vaccination remains the best protection we have",
        "Hospitals are full and staff are exhausted",
        "The findings are encouraging, but larger trials are needed",
        "Nobody should have to wait a year for an operation",
        "We are seeing more patients than at any time in the past decade",
        "People with symptoms should stay at home and call a doctor",
        "This treatment could change the lives of thousands of patients",
        "Nurses have been undervalued for far too long",
        "The risk to the general public remains low",
        "Prevention is cheaper than treatment in the long run",
        "Mental health must be treated with the same urgency as physical health",
        "We have enough supplies for now, but demand is rising fast",
        "The outbreak is under control, but we cannot be complacent",
        "Our emergency department treated more patients last week than ever before",
        "Every patient deserves to be treated with dignity",
      });
}

final class Science {
  static final Theme THEME = Theme.of("science",
      new String[] {
        "Professor|a professor of physics at the {org}|univ",
        "|a researcher at the {org}|institute",
        "|the chief executive of {org}|tech",
        "|the chief technology officer of {org}|tech",
        "|a software engineer at {org}|tech",
        "|the head of the {org}|sciencebody",
        "|an astronomer at the {org}|univ",
        "Dr.|a computer scientist at the {org}|univ",
      },
      new String[] {
        "Scientists at the {institute} said on {WD} they had [developed|demonstrated] a [new battery|new material|technique] that could [double the range of electric cars|make solar panels cheaper|store energy for weeks], according to a study led by {P1}.",
        "{tech} [unveiled|launched] [a new smartphone|an artificial intelligence system|a cloud computing service] on {WD}, with {P1} [promising|claiming] it would [transform|reshape] the way people [work|communicate|shop].",
        "The {sciencebody} [launched|successfully launched] a [satellite|rocket|space probe] from [a site near {L}|its launch centre] on {WD}, [a milestone|an achievement] {P1} described as [historic|a new chapter for the country's space programme].",
        "A team of [astronomers|physicists|biologists] led by {P1} [has discovered|reported on {WD} the discovery of] [a planet orbiting a nearby star|a new species of deep-sea fish|an unusual signal from a distant galaxy].",
        "{tech} [said|confirmed] on {WD} that [a cyberattack|a data breach|a software fault] had [exposed|affected] the [personal data|accounts] of [about|more than] {BIG} customers, drawing [an apology|criticism] from {P1}.",
        "{P1} [warned|told] [lawmakers|a conference] in {L} on {WD} that [artificial intelligence|machine learning|automation] could [replace millions of jobs|transform the way research is done] [within a decade|in the coming years].",
      },
      new String[] {
        "The research, published in [a leading scientific journal|a peer-reviewed journal], [builds on|follows] {NW} years of [laboratory work|experiments|computer modelling].",
        "\"[This could be a game changer|We were surprised by the results|There is still a lot we do not understand],\" said {P1}.",
        "{N2}, who was not involved in the [study|research], said the results were [promising|impressive|intriguing] but [needed to be confirmed|should be treated with caution].",
        "The [device|system|software] uses [machine learning|sensors|a new type of chip] to [analyse data|detect faults|process images] [in real time|far faster than before].",
        "{tech} shares [rose|fell] {PCT} after the [announcement|launch].",
        "The [satellite|probe] will [study|monitor|map] [the Earth's climate|the surface of the Moon|solar activity] for [at least {NW} years|the next decade].",
        "[Regulators|Privacy campaigners] in {C} [have raised concerns|have warned] about [the use of personal data|facial recognition|the power of large technology companies].",
        "The [project|programme] received {MONEYM} in [funding|public funding|investment] from the {sciencebody}.",
        "[Engineers|Researchers] [spent|worked for] {NW} [months|years] [testing|building] the [prototype|system] at the {univ}.",
        "{S1} said the company [planned|hoped] to [bring the product to market|expand into {C2}|hire {BIG} engineers] [by the end of next year|within two years].",
        "[The breach|The outage] [affected|disrupted] [online banking|email services|mobile networks] for [several hours|most of {WD}].",
        "Security researchers [said|warned] the attack [bore the hallmarks of|appeared to be the work of] [a criminal gang|a state-backed group].",
        "The {sciencebody} [plans|intends] to [send|launch] [a crewed mission|a lander|a second satellite] [before the end of the decade|in the coming years].",
        "\"[Technology is moving faster than regulation|We need clear rules for artificial intelligence|Innovation has to be responsible],\" {S2} said.",
        "[Students|Engineers|Start-ups] in {L} have [benefited|gained] from [a new technology hub|government grants|a science park] opened in {LASTYEAR}.",
        "The [telescope|instrument] [can detect|is able to measure] [light from galaxies billions of years old|tiny changes in temperature|particles invisible to the naked eye].",
        "{tech} [faces|is facing] [an antitrust investigation|lawsuits|fines] in {C2} over [its handling of user data|its market dominance].",
        "{P3} said the [discovery|breakthrough] could lead to [new treatments|cleaner energy|faster computers] [in the long term|within a decade].",
        "The company [has invested|is investing] {MONEY} in [artificial intelligence|semiconductor production|data centres] [over the past year|this year].",
        "The [team|researchers] [used|analysed] data from [more than {BIG} samples|{NW} telescopes|satellite images taken over {NW} years].",
        "[Chip|Semiconductor] shortages have [delayed|hit] production of [cars|smartphones|laptops] [worldwide|in {C}].",
        "The [app|platform|service] now has [more than|about] {N} million [users|subscribers] [worldwide|in {C} alone], {S1} said.",
        "[Critics|Ethicists] [argue|warn] that [the technology|such systems] could be [misused|used for surveillance|biased against minorities].",
        "The {institute} [collaborated|worked] with [universities|laboratories] in {C2} on the [project|study].",
        "{S2} [demonstrated|showed off] the [robot|prototype|software] to [reporters|investors|visitors] at [a trade fair in {L}|the company's headquarters].",
        "A [government|parliamentary] report [published|released] in {MON} [called for|recommended] [more funding for basic science|stricter rules on artificial intelligence|a national cybersecurity agency].",
        "The [launch|test flight] had been [postponed|delayed] {NW} times because of [technical problems|bad weather].",
        "\"[Science does not stop at borders|Curiosity drives everything we do|This is what years of hard work looks like],\" said {P2}.",
        "Broadband speeds in {C} [lag|remain behind] those of [its neighbours|most developed countries], according to the {sciencebody}.",
        "The [findings|results] [will be presented|are due to be presented] at [an international conference|a scientific meeting] in {L2} [next month|later this year].",
      },
      new String[] {
        "How It Works", "A Scientific First", "Privacy Concerns", "The Race for Artificial Intelligence",
        "Inside the Laboratory", "Mission Details", "What Experts Say", "From Lab to Market",
        "Security Questions", "The Next Frontier",
      },
      new String[] {
        "Scientists at {institute} Report Energy Breakthrough",
        "{tech} Unveils New Product in Bid to Reshape Industry",
        "Launch by {sciencebody} Marks Space Milestone",
        "Scientists Announce Surprise Discovery",
        "Security Incident at {tech} Hits Customers",
        "{S1} Warns of Sweeping Impact of Artificial Intelligence",
      },
      new String[] {
        "This is the result of years of patient work by a large team",
        "We were genuinely surprised by what the data showed",
        "The technology is ready, but the rules are not",
        "Artificial intelligence will change every industry",
        "We take the security of our customers' data extremely seriously",
        "Space exploration inspires a whole new generation of engineers",
        "The discovery raises more questions than it answers",
        "Our engineers have solved a problem that stumped the industry for years",
        "Science only works when results can be reproduced",
        "We want to build technology that people can trust",
        "The launch went exactly as planned",
        "This could make clean energy affordable for millions of people",
        "Public funding for basic research has never been more important",
        "We have only begun to understand what these systems can do",
        "The attack was sophisticated and carefully planned",
      });
}

final class Environment {
  static final Theme THEME = Theme.of("environment",
      new String[] {
        "Environment Minister|the environment minister of {country}|",
        "|a climate scientist at the {org}|univ",
        "|a campaigner with {org}|ngo",
        "|the director of {org}|ngo",
        "|the head of the {org}|envbody",
        "|a spokesperson for the {org}|envbody",
        "|a marine biologist at the {org}|institute",
        "Climate Envoy|the climate envoy of {country}|",
      },
      new String[] {
        "{P1} [pledged|promised] on {WD} that {C} would [cut carbon emissions by half by 2040|reach net zero emissions by 2050|phase out coal power within a decade], a target environmental groups [called inadequate|cautiously welcomed].",
        "[Thousands of|Hundreds of] [dead fish|seabirds|turtles] have washed up on [beaches|the shores of a lake] near {L}, and on {WD} {P1} [blamed|suspected] [pollution from a nearby factory|an algal bloom|a chemical spill].",
        "Air pollution in {L} [reached|hit] [dangerous|record] levels on {WD}, [prompting|forcing] the authorities to [close schools|restrict traffic|urge residents to stay indoors], {P1} said.",
        "A new [wind farm|solar power plant] [opened|began operating] near {L} on {WD}, [capable of supplying|able to power] [about|up to] {BIG} homes, according to {P1}.",
        "Deforestation in {C} [rose|fell] {PCT} last year, according to satellite data released on {WD} by the {envbody}, [a trend|figures] {P1} described as [alarming|encouraging].",
        "Delegates from [more than 100|nearly 190|about 60] countries gathered in {L} on {WD} for [climate talks|a summit on biodiversity|negotiations on plastic pollution], with {P1} [urging|calling on] [rich nations|governments] to [do more|act faster].",
      },
      new String[] {
        "\"[We are running out of time|The science is clear|Future generations will judge us on what we do now],\" {S1} said.",
        "{P2} said the [pledge|plan|target] [lacked detail|did not go far enough|was a step in the right direction].",
        "[Average temperatures|Sea levels] in the region have [risen|climbed] [faster than the global average|steadily] over the past {NW} decades.",
        "The {envbody} said [water samples|soil tests|air quality readings] would be [analysed|published] [within days|next week].",
        "[Scientists|Researchers] warn that [rising temperatures|warmer seas|drought] [threaten|are damaging] [coral reefs|wildlife habitats|crops] across the region.",
        "[Coal still accounts for|Fossil fuels still account for|Coal still generates] about {PCTHI} of the country's electricity.",
        "[Environmental groups|Campaigners] [staged|held] a protest outside [the environment ministry|parliament|the headquarters of {company}] in {L}.",
        "The [project|wind farm|solar park] cost {MONEYM} and [took|was completed in] {NW} years to build.",
        "{company} [denied|rejected] [responsibility for|any link to] the [spill|contamination|pollution] and said it [was cooperating with|had informed] the authorities.",
        "The government [has promised|plans] to [plant millions of trees|restore {BIG} hectares of forest|protect wetlands] [by the end of the decade|over the next {NW} years].",
        "Greenhouse gas emissions from [transport|industry|agriculture] [rose|fell] {PCT} last year.",
        "{P3} said the decline in [bees|wild birds|fish stocks] was [a warning sign|deeply worrying|evidence of wider ecological damage].",
        "The [new law|regulation] would [ban|restrict] [single-use plastics|diesel cars in city centres|the dumping of waste at sea] [from {MON} next year|within {NW} years].",
        "[Residents|Fishermen|Farmers] near {L} said [the pollution|the drought|rising waters] had [destroyed their livelihoods|made their water undrinkable|forced them to move].",
        "[Electric vehicles now make up {PCT} of new car sales|Renewable sources now account for {PCTHI} of electricity production] in {C}.",
        "\"[Nature does not negotiate|This is an ecological disaster|We can still turn this around],\" said {P2}.",
        "The [summit|talks] [ended|broke up] [without agreement|with a pledge to meet again in {L2}|with a deal on climate finance] late on {WD}.",
        "[Rich countries|Donor nations] have [promised|pledged] {MONEY} to help poorer nations [adapt to climate change|protect their forests].",
        "{ngo} [estimated|said] that [illegal logging|mining|wildfires] had destroyed {BIG} hectares of forest [since {OLDYEAR}|last year].",
        "{S1} [visited|toured] [the affected coastline|a recycling plant|a national park] near {L} on {WD}.",
        "[Critics|Industry groups] [warned|argued] that the [rules|targets|carbon tax] would [raise energy prices|cost jobs|hurt farmers].",
        "Glaciers in the region have [lost|shrunk by] {PCT} of their [mass|area] since {OLDYEAR}, [a study|researchers] found.",
        "The [endangered|rare] [species|birds|turtles] [are now found|survive] only in [a handful of|{NW}] protected areas.",
        "A [clean-up|restoration] operation [is expected to take|could take] [months|several years] and cost {MONEYM}.",
        "The {envbody} [fined|ordered] {company} [to pay {MONEYM}|to clean up the site] [after|following] the [spill|discharge].",
        "[Solar panel|Wind turbine] installations [doubled|rose sharply] in {LASTYEAR}, [driven by|thanks to] [falling costs|government subsidies].",
        "{S2} said [public pressure|young activists|legal challenges] had [pushed|forced] the government to act.",
        "The [agreement|pledge] [will be reviewed|is due for review] at next year's [climate conference|summit].",
        "[Plastic waste|Sewage|Industrial waste] [continues to flow into|continues to pollute] [rivers|the sea|lakes] near {L}, [campaigners|{ngo}] said.",
        "The {ministry:Environment} said it would [tighten|review] [rules on industrial waste|air quality standards|permits for new mines].",
      },
      new String[] {
        "Climate Targets", "Damage to Wildlife", "The Clean-Up", "Green Energy Push", "Voices From the Coast",
        "What Scientists Say", "Pressure on Polluters", "The Cost of Inaction", "Protecting Nature",
        "A Warming World",
      },
      new String[] {
        "{C} Makes New Climate Pledge",
        "Dead Wildlife Washes Up Near {L} as Pollution Fears Grow",
        "Smog Forces Emergency Measures in {L}",
        "New Renewable Power Plant Opens Near {L}",
        "Satellite Data Reveals Forest Losses in {C}",
        "Climate Talks Open in {L} Amid Calls for Action",
      },
      new String[] {
        "The climate crisis is no longer a distant threat",
        "We cannot keep treating rivers as rubbish dumps",
        "This target is ambitious but achievable",
        "Every tenth of a degree of warming matters",
        "Nature is sending us a warning we cannot ignore",
        "The transition to clean energy will create jobs, not destroy them",
        "Polluters must pay for the damage they cause",
        "Fishermen here have seen their catches shrink year after year",
        "Renewable energy is now the cheapest option",
        "Promises are easy, but we need action",
        "The forest is disappearing faster than anyone expected",
        "Rich countries have a responsibility to lead",
        "We are losing species before we even know they exist",
        "Clean air should not be a luxury",
        "Young people are right to be angry about this",
      });
}

final class Education {
  static final Theme THEME = Theme.of("education",
      new String[] {
        "Education Minister|the education minister of {country}|",
        "|the head teacher of {org}|school",
        "|a teacher at {org}|school",
        "|the vice-chancellor of the {org}|univ",
        "|the general secretary of the {org}|union",
        "Professor|a professor of education at the {org}|univ",
        "|a spokesperson for the {org}|union",
        "|a student leader at the {org}|univ",
      },
      new String[] {
        "Teachers across {C} [walked out|went on strike] on {WD} [in a dispute over pay|over working conditions|to protest against budget cuts], [closing|disrupting] [thousands of schools|classes for {BIG} pupils], according to {P1}.",
        "{P1} [announced|unveiled] plans on {WD} to [overhaul the school curriculum|scrap tuition fees|make school meals free for all pupils] [from next year|in {C}].",
        "Students at the {univ} [occupied|staged a sit-in at|protested outside] [the main campus|administration buildings] on {WD} against [a rise in tuition fees|planned course closures|cuts to student housing], {P1} said.",
        "Exam results published on {WD} showed [a rise|a fall] in the proportion of pupils [passing|achieving top grades] [in mathematics|in English|in science], a [trend|result] {P1} [welcomed|called worrying].",
        "{school} in {L} will [close|merge with a neighbouring school] [at the end of the school year|next year] because of [falling pupil numbers|a budget shortfall|safety concerns about the building], {P1} said on {WD}.",
        "A report published on {WD} [found|warned] that one in {NW} children in {C} [leave primary school unable to read well|lack access to a computer at home|miss school regularly], [prompting|drawing] a [response|pledge] from {P1}.",
      },
      new String[] {
        "\"[Every child deserves a good school|Teachers are at breaking point|Education is the best investment a country can make],\" {S1} said.",
        "{P2} said [class sizes|workloads|staff shortages] had become [unmanageable|a serious problem|the main concern of teachers].",
        "The union is demanding a pay rise of {PCT}, [while|but] the government has offered [about half that|a one-off payment].",
        "[Parents|Families] [in {L}|across the country] [scrambled|struggled] to find childcare during the [strike|closures].",
        "The [new curriculum|reform] will [place more emphasis on|introduce lessons in] [coding|financial literacy|climate science|foreign languages].",
        "Tuition fees at [public universities|the {univ}] [will rise|have risen] to {PRICE} a year.",
        "{S1} said the government would [hire|train] {BIG} new teachers [over the next {NW} years|by the end of the decade].",
        "[Literacy|Numeracy] rates among [primary school pupils|teenagers] [have improved|have stagnated] [since {OLDYEAR}|over the past decade].",
        "The {univ} [said|confirmed] it would [cut|close] {NW} [courses|departments] [to save money|because of low demand].",
        "Student enrolment [rose|fell] {PCT} this year, [driven by|partly because of] [international students|a larger group of school leavers|higher fees].",
        "\"[We will not stand by while our universities are cut|Students are the future of this country|Nobody should be priced out of an education],\" {S2} said.",
        "[School inspectors|An inspection report] [rated|found] {school} [outstanding|inadequate|in need of improvement].",
        "The government [plans|wants] to [extend the school day|shorten the summer holidays|raise the school-leaving age to 18].",
        "{P3} said research showed [smaller classes|early reading programmes|free school meals] [improved results|made a significant difference], [particularly|especially] for [poorer pupils|children from low-income families].",
        "[Head teachers|School leaders] [warned|said] that [rising energy bills|budget cuts|a shortage of teachers] could force them to [cut staff|drop subjects|increase class sizes].",
        "About {BIG} [pupils|students] [sat|took] the [national exams|university entrance exams] this year.",
        "Talks between the [union|unions] and the {ministry:Education} are [due to resume|expected to continue] [next week|on {WD}].",
        "Universities in {C} have [become increasingly reliant|relied heavily] on fees from international students, [particularly|many of them] from {C2}.",
        "[Rural schools|Schools in poorer areas] [struggle|continue to struggle] to [recruit teachers|afford textbooks|provide internet access].",
        "{S1} [visited|toured] a [primary school|secondary school] in {L} [on {WD}|this week] to [promote|defend] the [reforms|plans].",
        "The strike is the [largest|longest] by teachers [since {OLDYEAR}|in a decade].",
        "Students [marched|rallied] through [the centre of {L}|the campus] [carrying banners|chanting slogans] [against the fee increase|demanding cheaper housing].",
        "The [scholarship|grant] programme will [support|help] [about|up to] {BIG} students from [low-income families|rural areas] [each year|over five years].",
        "[Parents|Parent groups] [welcomed the decision, saying it was long overdue|criticised the plans, arguing they would disrupt their children's education].",
        "The [school|university] said [lessons|classes] would [move online|resume] [on {WD}|next week|after the holidays].",
        "Teacher vacancies have [reached|risen to] {BIG} [nationwide|across {C}], according to the {union}.",
        "[Pupils|Children] [in {L}|at {school}] [will|are to] receive [free laptops|free breakfasts|extra tutoring] under the scheme.",
        "{P2} accused the government of [underfunding schools|ignoring teachers|politicising the curriculum] [for years|since {OLDYEAR}].",
        "[International rankings|A recent international survey] placed {C} [near the top|in the bottom half] [for reading and mathematics|among developed countries].",
        "{S2} said [universities|schools] [needed|should be given] more [independence|money|support] [to cope|to compete].",
      },
      new String[] {
        "In the Classroom", "Pressure on Teachers", "Students Speak Out", "The Cost of Studying", "Exam Results",
        "What Parents Say", "Funding Gap", "Plans for Schools", "Campus Protests", "Learning to Read",
      },
      new String[] {
        "Teachers Strike Across {C}",
        "{S1} Unveils Plans for Schools",
        "Students Protest at {univ}",
        "Exam Results Spark Debate Over Standards",
        "{school} Faces Closure",
        "Report Warns Many Children in {C} Are Falling Behind",
      },
      new String[] {
        "Teachers are leaving the profession faster than we can train them",
        "Every child in {C} deserves a good school close to home",
        "This reform will give pupils the skills they need for the future",
        "Students should not graduate with a lifetime of debt",
        "We have been left with no choice but to strike",
        "Reading is the foundation of everything else",
        "Our universities are among the best in the world, and we intend to keep it that way",
        "Class sizes are simply too large",
        "Parents want stability, not constant change",
        "Schools cannot solve every problem in society on their own",
        "The results show what pupils can achieve with the right support",
        "We will keep fighting until the government listens",
        "Free school meals are an investment in the next generation",
        "The pay offer is an insult to the profession",
        "No child should be left behind because of where they live",
      });
}

final class Culture {
  static final Theme THEME = Theme.of("culture",
      new String[] {
        "|the director of the {org}|museum",
        "|a curator at the {org}|museum",
        "|the conductor of the {org}|arts",
        "|the artistic director of the {org}|arts",
        "|the director of the {org}|festival",
        "|a novelist from {country}|",
        "|a film director from {country}|",
        "|a singer from {country}|",
        "|an actor from {country}|",
        "|a painter from {country}|",
        "Culture Minister|the culture minister of {country}|",
      },
      new String[] {
        "A [long-lost|rediscovered|previously unknown] painting by [a seventeenth-century Dutch master|an early modern artist|a celebrated Impressionist] [went on display|was unveiled] at the {museum} on {WD}, [drawing|attracting] [crowds of visitors|long queues], {P1} said.",
        "{P1} [won|was awarded] the [top prize|best film award|award for best director] at the {festival} on {WD} for [a drama about|a documentary about|a film about] [migrant workers|a family torn apart by war|life in a small fishing town].",
        "{P1} [released|announced] a new [album|novel|collection of poems] on {WD}, [the first in {NW} years|a follow-up to a bestselling debut], [to|drawing] [glowing reviews|mixed reviews|wide acclaim].",
        "The {arts} [opened|launched] its new season on {WD} with [a new production of a classic opera|a rarely staged play|a symphony by a living composer], [conducted|directed] by {P1}.",
        "{C} [will return|agreed on {WD} to return] [looted artefacts|ancient bronzes|medieval manuscripts] held by the {museum} to {C2} after [years of|decades of] [negotiations|campaigning], {P1} said.",
        "Tickets for concerts by {P1} in {L} [sold out|sold out within minutes] on {WD}, [prompting|forcing] organisers to add [extra dates|a second night].",
      },
      new String[] {
        "\"[Art has the power to bring people together|I wanted to tell a story that had been forgotten|This prize belongs to everyone who worked on the film],\" {S1} said.",
        "The exhibition, which runs until {MON}, [features|brings together] [more than {N}0 works|{N} paintings and sculptures|rare manuscripts and photographs].",
        "{P2} described the [work|performance|novel] as [a masterpiece|breathtaking|a bold and unsettling piece of work].",
        "The [museum|gallery] [welcomed|attracted] [about|more than] {BIG} visitors last year, [a record|up {PCT} on the year before].",
        "The [film|novel|album] [explores|tells the story of|follows] [a young woman's journey across {C}|three generations of a family in {L}|the life of a forgotten poet].",
        "{S1} [began|started] [writing|painting|performing] at the age of {NW} and has [published|exhibited|performed] widely [across Europe and Asia|in {C2}].",
        "[Critics|Reviewers] [praised|were divided over] the [production|exhibition|film], with the {media} calling it [\"unforgettable\"|\"uneven but ambitious\"|\"a triumph\"].",
        "The festival [draws|attracts] [artists|filmmakers|writers] from [more than|about] {N} countries each year.",
        "[Restoration|Conservation] experts [spent|needed] {NW} [months|years] [cleaning|repairing] the [painting|manuscript|frescoes].",
        "The [theatre|opera house|concert hall] [reopened|will reopen] [after a {MONEYM} renovation|following years of repairs].",
        "Public funding for the arts in {C} has been [cut|frozen] [by {PCT}|since {OLDYEAR}], [forcing|leaving] smaller venues [to close|struggling].",
        "{N3}, [who|a veteran critic who] has followed the [artist's|director's] career for years, said the [work|film] marked [a turning point|a return to form].",
        "The [artefacts|objects] were [taken|removed] [during the colonial era|in the nineteenth century|during the war] and [have been|were] held in [museum storerooms|private collections] [ever since|for decades].",
        "\"[These objects belong to the people of {C2}|Returning them is the right thing to do|We are correcting a historical injustice],\" said {P2}.",
        "The [concert|performance|premiere] [was broadcast live|was streamed online] to [an audience of|about] {BIG} [viewers|people].",
        "{S2} [dedicated|devoted] the [award|performance|book] to [their mother|the people of {L}|victims of the war].",
        "The [book|novel] [has been translated|will be translated] into {N} languages.",
        "[Street artists|Local musicians|Young designers] in {L} say they have [struggled|found it hard] to [find affordable studio space|make a living] as rents have risen.",
        "The {arts} [has commissioned|will premiere] a new work by {P1} [next season|in {MON}].",
        "[The jury|The judges], [chaired|led] by {P3}, [praised|singled out] the [film's|novel's] [performances|writing|ambition].",
        "[Ticket sales|Box office takings] [reached|topped] {MONEYM} [in the first weekend|within a week].",
        "The [museum|gallery] said the [painting|sculpture] had been [bought|acquired] for {MONEYM} [at auction|from a private collector].",
        "{S1} said the [book|album|film] [was inspired by|grew out of] [childhood memories of {L}|a trip to {L2}|stories told by a grandparent].",
        "Security at the {museum} was [stepped up|tightened] [after|following] [protests by climate activists|a theft last year|a series of incidents].",
        "The [prize|award] [carries|comes with] [a cash award of|prize money of] {PRICE}.",
        "[Festival organisers|The organisers] said [more than|about] {BIG} people attended [over {NW} days|this year].",
        "{P2} [will|is set to] [take over as director|step down] [at the end of the season|next year] after {NW} years in the role.",
        "[Folk traditions|Traditional crafts|Local dialects] in {C} [are at risk of disappearing|are enjoying a revival], [researchers|cultural groups] say.",
        "The [show|exhibition|production] will [tour|travel to] {L2} and {C2} [next year|later this year].",
        "\"[I never expected this|It is a dream come true|Music was always my way of making sense of the world],\" {S2} told the {media}.",
      },
      new String[] {
        "Behind the Work", "Critical Reception", "The Exhibition", "Return of the Artefacts", "On Stage",
        "Inspiration", "A Cultural Revival", "Box Office", "The Artist Speaks", "A Night at the Opera",
      },
      new String[] {
        "Rediscovered Painting Goes on Display at {museum}",
        "{S1} Wins Top Prize at {festival}",
        "{S1} Returns With New Work",
        "{arts} Opens New Season",
        "{C} to Return Artefacts to {C2}",
        "Tickets for {S1} Concerts in {L} Sell Out",
      },
      new String[] {
        "I wanted to make a film about people who are rarely seen on screen",
        "Art belongs to everyone, not only to those who can afford it",
        "Writing this book was the hardest thing I have ever done",
        "These objects are part of our history and our identity",
        "The audience in {L} has always been very special to me",
        "Music saved my life when I was young",
        "We are honoured to show this work for the first time",
        "The theatre has to take risks to stay alive",
        "Culture is not a luxury, it is a necessity",
        "I am grateful to everyone who believed in this project",
        "The painting has revealed secrets we never expected",
        "This prize belongs to the whole cast and crew",
        "Young artists need places to work and to fail",
        "Every performance is different, and that is the beauty of it",
        "Returning these works is an act of justice",
      });
}

final class Disasters {
  static final Theme THEME = Theme.of("disasters",
      new String[] {
        "|the head of the {org}|weatherbody",
        "|a spokesperson for the {org}|weatherbody",
        "|a meteorologist at the {org}|weatherbody",
        "Fire Chief|the chief of the fire service in {country}|",
        "|a seismologist at the {org}|univ",
        "Emergency Services Minister|the emergency services minister of {country}|",
        "|a coordinator with the Red Cross in {country}|",
        "|a rescue worker from {country}|",
      },
      new String[] {
        "[Heavy rain|Torrential rain] [caused|triggered] [severe flooding|flash floods|landslides] in and around {L} on {WD}, [killing at least {NW} people|forcing {BIG} people from their homes|cutting off dozens of villages], {P1} said.",
        "An earthquake with a magnitude of [5.8|6.2|6.7|7.1] [struck|shook] [the region around {L}|an area near {L}] on {WD}, [damaging|destroying] [hundreds of buildings|homes and roads|bridges], according to {P1}.",
        "[Wildfires|Forest fires] [fanned by strong winds|driven by hot, dry winds] [swept through|burned across] [hills|woodland] near {L} on {WD}, and {P1} [ordered|urged] [the evacuation of {NW} villages|residents to leave immediately].",
        "A [powerful|fierce] [storm|typhoon|hurricane] [made landfall|swept ashore] near {L} on {WD}, bringing winds of up to [120|150|180|200] kilometres per hour and [knocking out power to|leaving without electricity] [about|more than] {BIG} homes, {P1} said.",
        "Temperatures in {L} [soared|climbed] to [41|43|45] degrees Celsius on {WD}, [breaking|beating] a record set in {OLDYEAR}, as {P1} [warned|urged] people [to stay indoors|to drink plenty of water].",
        "Rescue teams [were searching|searched] for [survivors|missing people] on {WD} after [a landslide|a building collapse|a mudslide] [buried|hit] [homes|part of a village] near {L}, {P1} said.",
      },
      new String[] {
        "\"[The priority now is to reach those who are still trapped|We have never seen anything like this|The situation remains very dangerous],\" {S1} told reporters.",
        "{P2} said [more rain|further aftershocks|strong winds] [were expected|could hamper rescue efforts] [over the next {NW} days|overnight].",
        "[Soldiers|Rescue workers|Volunteers] used [boats|helicopters|heavy machinery] to [reach stranded residents|clear debris|evacuate the injured].",
        "The death toll [rose to|climbed to] {N} [on {WD}|by nightfall], and [dozens|{NW} people] [remain missing|were injured].",
        "[Roads|Railway lines|Bridges] [were|have been] [washed away|closed|badly damaged], [cutting off|isolating] [several towns|remote communities].",
        "The {weatherbody} [issued|extended] a [red warning|severe weather warning|flood alert] for [the region|{L} and surrounding areas].",
        "[Emergency shelters|Evacuation centres] [were set up|have opened] in [schools|sports halls|churches] for [about|more than] {BIG} people.",
        "Electricity was [restored|still out] [to most homes|in parts of {L}] [by {WD} evening|late on {WD}].",
        "{S1} [declared|announced] a state of emergency [in the affected areas|for {NW} provinces].",
        "[Aid agencies|The Red Cross] [warned|said] of [shortages of clean water|a risk of disease|an urgent need for food and shelter].",
        "[Scientists|Meteorologists] [say|said] [climate change|warmer seas] [is making|had made] such [extreme weather|storms|floods] [more frequent|more intense].",
        "Insurers estimate the damage [at|could reach] {MONEY}.",
        "The [earthquake|tremor] was felt [as far away as {L2}|in neighbouring regions], [residents|witnesses] said.",
        "[Firefighters|Crews] [battled|fought] the [blaze|flames] [through the night|for {NW} days] [with the help of|supported by] [water-dropping aircraft|crews from {C2}].",
        "\"[We lost everything|The water came so fast|We had only minutes to get out],\" [said a resident of {L}|one survivor told the {media}].",
        "{C2} [sent|offered] [rescue teams|aid|sniffer dogs] [to help with the search|within hours].",
        "[Schools|Airports|Ports] in {L} [were closed|remained shut] [on {WD}|as a precaution].",
        "More than {BIG} hectares of [land|forest|farmland] [have burned|were flooded|were damaged].",
        "The river rose [above record levels|to its highest level in decades] [on {WD}|overnight].",
        "[Forecasters|The {weatherbody}] [expect|predict] [temperatures to ease|the rain to stop|conditions to improve] [by the weekend|later in the week].",
        "[Rescuers|Search teams] [pulled|rescued] {NW} people alive from the rubble [on {WD}|overnight|after more than a day].",
        "The government [promised|pledged] {MONEYM} in [emergency aid|reconstruction funds] for the [affected areas|victims].",
        "[Residents|Farmers] [complained|said] that [warnings|help] [came too late|had been slow to arrive].",
        "It was the [worst|deadliest|most powerful] [disaster|storm|flood] to hit {C} since {OLDYEAR}.",
        "{P3} said [building codes|flood defences|early warning systems] [needed to be strengthened|had saved many lives].",
        "Hospitals in {L} [treated|were treating] [dozens|hundreds] of people for [injuries|smoke inhalation|heatstroke].",
        "[Thousands|Hundreds] of [livestock|homes|vehicles] were [lost|destroyed|swept away].",
        "{S2} urged [people|residents] [not to return to their homes|to avoid travel|to follow official advice] until [it was safe|the warning was lifted].",
        "[Drone footage|Satellite images] [showed|revealed] [entire streets under water|blackened hillsides|collapsed buildings] [around {L}|in the worst-hit areas].",
        "The [clean-up|reconstruction] [is expected to take|could take] [months|years], [officials|{S1}] said.",
      },
      new String[] {
        "Rescue Efforts", "Counting the Cost", "Warnings Issued", "A Community in Shock", "Aid Arrives",
        "The Science Behind the Storm", "Survivors' Stories", "Damage to Homes", "Emergency Response",
        "More Rain Forecast",
      },
      new String[] {
        "Heavy Rain Brings Flooding to {L}",
        "Earthquake Strikes Near {L}",
        "Wildfires Force Evacuations Near {L}",
        "Storm Leaves Thousands Without Power in {L}",
        "{L} Swelters as Temperatures Break Record",
        "Rescuers Search for Survivors Near {L}",
      },
      new String[] {
        "We have never seen water levels like this",
        "Our teams are working around the clock to reach the survivors",
        "The priority is saving lives, everything else can wait",
        "Please follow the instructions of the emergency services",
        "The damage is enormous and it will take years to rebuild",
        "We lost everything in a matter of minutes",
        "More rain is forecast, so the danger is not over",
        "The fire moved faster than anyone could have predicted",
        "The aftershocks are making rescue work extremely dangerous",
        "We owe the volunteers an enormous debt of gratitude",
        "Nobody should return home until the authorities say it is safe",
        "Extreme weather like this is becoming more common",
        "Thousands of families need shelter tonight",
        "The early warning system saved many lives",
        "We will not stop searching while there is still hope",
      });
}
