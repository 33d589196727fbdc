package org.clippings.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.clippings.diag.Problem;
import org.clippings.diag.Problems;
import org.clippings.extract.Record;
import org.clippings.index.Related;
import org.clippings.ingest.Block;

/**
 * What the previous build knew, kept in {@code .clippings-cache/} beside the output folder so the
 * next build redoes only what changed: each article's record, keyed by its file's size and
 * modification time (so an unchanged file is not even read) and its content hash; and each page's
 * input fingerprint, so a page whose inputs did not change is taken from the previous site instead of
 * rendered. Each part is valid only for the key it was written under (tool version, the config
 * sections it depends on, template hash); a cache that does not match, or cannot be read, is simply
 * not used.
 */
public final class BuildCache {

  /** One article as last extracted, and where its body lies in the bodies file. */
  private record Entry(long size, long modified, String contentHash, Record record, BodyStore.Loc body) {}

  /** An entry as the records file holds it: its file's size and time, content hash, record, and body's place. */
  private static final RecordsFile.Codec<Entry> ENTRY = new RecordsFile.Codec<>() {
    @Override
    public void write(RecordCodec.Writer out, Entry e) throws IOException {
      out.out().writeLong(e.size());
      out.out().writeLong(e.modified());
      out.string(e.contentHash());
      out.record(e.record());
      out.out().writeLong(e.body() == null ? -1 : e.body().offset());
      out.out().writeInt(e.body() == null ? 0 : e.body().length());
    }

    @Override
    public Entry read(RecordCodec.Reader in) throws IOException {
      long size = in.in().readLong();
      long modified = in.in().readLong();
      String hash = in.string();
      Record r = in.record();
      long offset = in.in().readLong();
      int length = in.in().readInt();
      return new Entry(size, modified, hash, r, offset < 0 ? null : new BodyStore.Loc(offset, length));
    }
  };

  /** A saved value under its key (the page list, the site's state); records are in a {@link RecordsFile}. */
  private record Stored(String key, Serializable value) implements Serializable {}

  /** The site last swapped in: how many files, and the problems its indexing and rendering reported. */
  public record UpToDate(int files, List<Problem> problems) implements Serializable {}

  /** An article file's size and modification time, as a build found them. */
  public record FileStamp(long size, long modified) implements Serializable {}

  /**
   * The articles folder as a build listed it: its path, each article file's stamp, and what listing
   * it reported (files that are not articles, broken links), which no article's record holds.
   */
  public record Listing(String folder, Map<String, FileStamp> files, List<Problem> problems) implements Serializable {
    public Listing {
      files = Map.copyOf(files);
      problems = problems.stream().sorted().toList();
    }
  }

  /** What the build that made the site reported: files found, articles, drafts, files in the site, and every problem. */
  public record Summary(int filesFound, int articles, int drafts, int files, Problems.Snapshot problems)
      implements Serializable {}

  /**
   * The site last swapped in: the inputs it was built from (record hashes and templates), when its
   * top folder last changed, and the article files and templates as found then with what that
   * build reported, so a build can tell it has nothing to do before reading any record.
   */
  private record SiteState(UpToDate site, long modified, String inputs, Listing listing, String templates,
      Summary summary) implements Serializable {}

  private static final String BODIES_PREFIX = "bodies-";

  private final Path dir;
  private final String recordsKey;
  private final String pagesKey;
  private Map<String, Entry> oldRecords;
  /** Where each part of the records file read lies, to copy the parts no article of which changed. */
  private final RecordsFile.Parts oldParts;
  /** Articles extracted again, or found under a new modification time: their parts are written anew. */
  private final java.util.Set<String> changedSources = ConcurrentHashMap.newKeySet();
  /**
   * The page lists (path to input fingerprint) of the current site and of the one before it, kept
   * beside it to be written over; read while articles are read: only rendering needs them.
   */
  private static final PageListsFile.Lists NO_PAGES = new PageListsFile.Lists(Map.of(), Map.of());

  private final java.util.concurrent.Future<PageListsFile.Lists> oldPages;
  private final Map<String, Entry> newRecords = new ConcurrentHashMap<>();
  private final Map<String, String> newPages = new ConcurrentHashMap<>();
  private final BodyStore bodies;
  private volatile boolean recordsChanged;
  private String siteInputs;
  private UpToDate site;
  private Listing siteListing;
  private String siteTemplates;
  private Summary siteSummary;

  private BuildCache(Path dir, String recordsKey, String pagesKey, Map<String, Entry> oldRecords,
      RecordsFile.Parts oldParts, java.util.concurrent.Future<PageListsFile.Lists> oldPages, BodyStore bodies) {
    this.dir = dir;
    this.recordsKey = recordsKey;
    this.pagesKey = pagesKey;
    this.oldRecords = oldRecords;
    this.oldParts = oldParts;
    this.oldPages = oldPages;
    this.bodies = bodies;
  }

  /** The cache folder for an output folder: its sibling {@code .clippings-cache}. */
  public static Path folderFor(Path out) {
    Path abs = out.toAbsolutePath().normalize();
    return abs.resolveSibling(".clippings-cache");
  }

  /**
   * Opens the cache. {@code recordsKey} must change whenever extraction could give another result
   * (tool version, ingest/entity/topic config); {@code pagesKey} whenever rendering could (tool
   * version, the whole config, templates).
   */
  public static BuildCache open(Path dir, String recordsKey, String pagesKey) {
    RecordsFile.Loaded<Entry> records = RecordsFile.read(dir.resolve("records.bin"), recordsKey, ENTRY);
    String bodiesName = records == null ? null : records.bodies();
    BodyStore bodies;
    try {
      Files.createDirectories(dir);
      if (bodiesName == null || !Files.isRegularFile(dir.resolve(bodiesName))) {
        bodiesName = nextBodiesName(dir);
        records = null;
      }
      deleteBodiesExcept(dir, bodiesName);
      bodies = BodyStore.open(dir.resolve(bodiesName));
    } catch (IOException e) {
      // an unwritable cache folder: build without a cache
      return disabled();
    }
    var pages = new java.util.concurrent.FutureTask<PageListsFile.Lists>(() -> {
      PageListsFile.Lists lists = loadPages(dir.resolve("pages.bin"), pagesKey);
      return lists != null ? lists : NO_PAGES;
    });
    var reader = new Thread(pages, "clippings-page-list");
    reader.setDaemon(true);
    reader.start();
    return new BuildCache(dir, recordsKey, pagesKey, records == null ? Map.of() : records.entries(),
        records == null ? null : records.parts(), pages, bodies);
  }

  /**
   * For a process that builds again and again: what it reads from and writes to cache files is
   * kept in memory while the files stay as it left them, so the next build need not read them.
   * Process-wide; {@code false} forgets what was kept.
   */
  public static void keepInMemory(boolean keep) {
    KeptFiles.enable(keep);
  }

  /** A cache that remembers nothing and writes nothing (for {@code --no-cache} and checks); bodies go to a temporary file. */
  public static BuildCache disabled() {
    return new BuildCache(null, "", "", Map.of(), null,
        java.util.concurrent.CompletableFuture.completedFuture(NO_PAGES), BodyStore.temporary());
  }

  /** The bodies of this build's records. */
  public BodyStore bodies() {
    return bodies;
  }

  /** The record of an article file whose size and modification time are what they were. */
  public Optional<Record> record(String source, long size, long modified) {
    Entry e = oldRecords.get(source);
    if (e == null || e.size() != size || e.modified() != modified) return Optional.empty();
    if (!bodies.adopt(source, e.body())) return Optional.empty();
    newRecords.put(source, e);
    return Optional.of(e.record());
  }

  /**
   * Whether {@link #recordWithContent} could find this article: the file has the size it had but
   * another modification time (touched, checked out again, copied), so reading it may spare extraction.
   */
  public boolean mayHoldSameContent(String source, long size) {
    Entry e = oldRecords.get(source);
    return e != null && e.size() == size;
  }

  /**
   * The record of an article file whose bytes hash as they did, whatever its modification time;
   * the new time is remembered so the next build need not read the file.
   */
  public Optional<Record> recordWithContent(String source, long size, long modified, String contentHash) {
    Entry e = oldRecords.get(source);
    if (e == null || e.size() != size || !e.contentHash().equals(contentHash)) return Optional.empty();
    if (!bodies.adopt(source, e.body())) return Optional.empty();
    newRecords.put(source, new Entry(size, modified, e.contentHash(), e.record(), e.body()));
    changedSources.add(source);
    recordsChanged = true;
    return Optional.of(e.record());
  }

  /** Remembers a freshly extracted record, and keeps its body (also when the cache is disabled). */
  public void putRecord(String source, long size, long modified, Record r, List<Block> body) {
    BodyStore.Loc loc = bodies.put(source, body);
    if (dir != null && size >= 0) {
      newRecords.put(source, new Entry(size, modified, r.contentHash(), r, loc));
      changedSources.add(source);
      recordsChanged = true;
    }
  }

  /**
   * Saves the records as soon as extraction is done, so the work survives a failed render, and lets
   * go of the entries. When most of the bodies file is dead weight (changed and deleted articles),
   * the bodies in use are first copied to a fresh file; this build goes on reading the old one,
   * which the next build's {@link #open} deletes.
   */
  public void saveRecords() {
    if (dir == null) return;
    try {
      if (recordsChanged || newRecords.size() != oldRecords.size()) {
        String name = bodies.file().getFileName().toString();
        var entries = new HashMap<>(newRecords);
        long live = bodies.liveBytes();
        RecordsFile.Parts reusable = oldParts;
        if (bodies.fileBytes() > 2 * live + (32 << 20)) {
          reusable = null; // every entry points somewhere new
          String fresh = nextBodiesName(dir);
          Map<String, BodyStore.Loc> moved = bodies.compactInto(dir.resolve(fresh));
          entries.replaceAll((source, e) -> new Entry(e.size(), e.modified(), e.contentHash(), e.record(),
              moved.get(source)));
          name = fresh;
        }
        RecordsFile.write(dir.resolve("records.bin"), recordsKey, name, entries, ENTRY, reusable,
            changedBuckets(entries));
      }
    } catch (IOException e) {
      // the next build extracts again; nothing else depends on the cache
    }
    oldRecords = Map.of();
    newRecords.clear();
  }

  /** The parts of the records file to write anew: those of articles extracted again, added or removed. */
  private java.util.Set<Integer> changedBuckets(Map<String, Entry> entries) {
    int buckets = RecordsFile.buckets(entries.size());
    var changed = new java.util.HashSet<Integer>();
    for (String source : changedSources) changed.add(RecordsFile.bucket(source, buckets));
    for (String source : oldRecords.keySet()) {
      if (!entries.containsKey(source)) changed.add(RecordsFile.bucket(source, buckets));
    }
    return changed;
  }

  private static String nextBodiesName(Path dir) throws IOException {
    long max = 0;
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String n = f.getFileName().toString();
        if (n.startsWith(BODIES_PREFIX) && n.endsWith(".bin")) {
          try {
            max = Math.max(max, Long.parseLong(n.substring(BODIES_PREFIX.length(), n.length() - 4)));
          } catch (NumberFormatException e) {
            // not ours
          }
        }
      }
    }
    return BODIES_PREFIX + (max + 1) + ".bin";
  }

  /** Bodies files no saved record points into: left by a compaction, a killed build or another version. */
  private static void deleteBodiesExcept(Path dir, String keep) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String n = f.getFileName().toString();
        if (n.startsWith(BODIES_PREFIX) && n.endsWith(".bin") && !n.equals(keep)) Files.deleteIfExists(f);
      }
    }
  }

  public void close() {
    bodies.close();
  }

  /** True when the page at {@code path} was last built from inputs with this fingerprint. */
  public boolean pageUnchanged(String path, String fingerprint) {
    if (dir != null) newPages.put(path, fingerprint);
    return fingerprint.equals(oldPages().current().get(path));
  }

  /**
   * A folder taken whole from the current site: what its files were made from is what they are
   * still made from, so their own fingerprints (a file's fingerprint may be its bytes', as in the
   * search index) go on to the new page list, and the next build can still keep them one by one.
   */
  public void keptFolder(String prefix) {
    if (dir == null) return;
    oldPages().current().forEach((path, fingerprint) -> {
      if (path.startsWith(prefix) && path.length() > prefix.length()) newPages.put(path, fingerprint);
    });
  }

  /** True when the site before the current one holds the page at {@code path} built from these inputs. */
  public boolean previousUnchanged(String path, String fingerprint) {
    return fingerprint.equals(oldPages().previous().get(path));
  }

  /**
   * Called before the previous site is written over: from then on its page list is void, here and
   * on disk (a build killed half-way through leaves files no list describes).
   */
  public void forgetPrevious() {
    PageListsFile.Lists lists = oldPages();
    if (dir == null || lists.previous().isEmpty()) return;
    try {
      storePages(dir.resolve("pages.bin"), pagesKey, lists.current(), Map.of());
    } catch (IOException e) {
      forgetPages();
    }
    // only after the list on disk is void: this build goes on reading the previous list
  }

  private PageListsFile.Lists oldPages() {
    try {
      return oldPages.get();
    } catch (java.util.concurrent.ExecutionException e) {
      return NO_PAGES; // unreadable: every page is rendered
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NO_PAGES;
    }
  }

  /** Removes the saved page list, so a build killed during the swap leaves no list that matches neither site. */
  public void forgetPages() {
    if (dir != null) forgetPagesIn(dir);
  }

  /**
   * Removes the page lists in a cache folder: a build that does not use the cache (and so keeps
   * no lists) is about to replace the sites they describe.
   */
  public static void forgetPagesIn(Path dir) {
    try {
      Files.deleteIfExists(dir.resolve("site.bin"));
      Files.deleteIfExists(dir.resolve("pages.bin"));
      SiteFiles.forget(dir);
    } catch (IOException e) {
      // cannot delete: then it cannot be trusted either; save() replaces it
    }
  }

  /** False for {@link #disabled()}: nothing is remembered. */
  public boolean enabled() {
    return dir != null;
  }

  /**
   * What the site in the output folder was built from ({@code inputs}: every record's source and
   * content hash) and the problems its indexing and rendering reported, or empty when it was built
   * from other inputs, another config, other templates or another version. Then nothing needs doing.
   */
  public Optional<UpToDate> upToDate(String inputs, Path out) {
    if (dir == null) return Optional.empty();
    return builtSite(dir, pagesKey, out).filter(state -> state.inputs().equals(inputs)).map(SiteState::site);
  }

  /**
   * What the site in {@code out} was built from, if a cache in {@code dir} under {@code pagesKey}
   * vouches for it and nothing was added to or removed from the site's top folder since (so the
   * site is ours alone).
   */
  private static Optional<SiteState> builtSite(Path dir, String pagesKey, Path out) {
    if (!Files.isRegularFile(out.resolve(SitePublisher.MARKER))) return Optional.empty();
    Stored s = load(dir.resolve("site.bin"), pagesKey);
    if (s == null || !(s.value() instanceof SiteState state) || !Files.isRegularFile(dir.resolve("pages.bin"))) {
      return Optional.empty();
    }
    return state.modified() == modified(out) ? Optional.of(state) : Optional.empty();
  }

  /**
   * What the last build reported, when the site in {@code out} was built from exactly these
   * article files (same names, sizes and modification times, in the same folder) and templates:
   * then nothing can have changed, and no record need be read.
   */
  public static Optional<Summary> unchangedSince(Path out, String pagesKey, Listing listing, String templates) {
    return builtSite(folderFor(out), pagesKey, out)
        .filter(state -> listing.equals(state.listing()) && templates.equals(state.templates()))
        .map(SiteState::summary)
        // an error may be mended without a new modification time (a file's permissions): read again
        .filter(summary -> summary.problems().errors() == 0);
  }

  private static long modified(Path out) {
    try {
      return Files.getLastModifiedTime(out).toMillis();
    } catch (IOException e) {
      return -1L;
    }
  }

  /**
   * What the site being built is made from, for the next build to compare its own with: the
   * records' inputs and templates ({@code inputs}), the problems indexing and rendering reported
   * ({@code derived}, reported again when only the inputs are compared), the articles folder as
   * listed, the templates' digest, and the whole result.
   */
  public void siteBuiltFrom(String inputs, List<Problem> derived, Listing listing, String templates, Summary summary) {
    this.siteInputs = inputs;
    this.site = new UpToDate(summary.files(), List.copyOf(derived));
    this.siteListing = listing;
    this.siteTemplates = templates;
    this.siteSummary = summary;
  }

  /**
   * The site in {@code out} stands as it is (its inputs did not change) but was found from other
   * file times (touched files): remembers them, so the next build finds nothing to do sooner.
   */
  public void stillBuiltFrom(Listing listing, Summary summary, Path out) {
    if (dir == null) return;
    builtSite(dir, pagesKey, out).ifPresent(state -> {
      if (listing.equals(state.listing())) return;
      try {
        store(dir.resolve("site.bin"), new Stored(pagesKey, new SiteState(state.site(), state.modified(),
            state.inputs(), listing, state.templates(), summary)));
      } catch (IOException e) {
        // the next build reads the records to find the same
      }
    });
  }

  /**
   * Writes the page lists of the site just published at {@code out} and, when {@code keptPrevious},
   * of the one it replaced (now the previous site), replacing the old lists atomically; a failure
   * only costs speed.
   */
  /** The related coverage saved under {@code key}: computed from the same records by the same tool. */
  public Optional<Map<String, List<Related>>> related(String key) {
    return dir == null ? Optional.empty() : RelatedFile.read(dir.resolve("related.bin"), key);
  }

  /** Saves the related coverage of this build's records under {@code key}. */
  public void putRelated(String key, Map<String, List<Related>> related) {
    if (dir == null) return;
    try {
      RelatedFile.write(dir.resolve("related.bin"), key, related);
    } catch (IOException e) {
      // the next build computes it again
    }
  }

  public void save(Path out, boolean keptPrevious) {
    if (dir == null) return;
    try {
      Files.createDirectories(dir);
      var previous = keptPrevious ? oldPages().current() : Map.<String, String>of();
      storePages(dir.resolve("pages.bin"), pagesKey, new HashMap<>(newPages), previous);
      if (siteInputs != null) {
        var state = new SiteState(site, modified(out), siteInputs, siteListing, siteTemplates, siteSummary);
        store(dir.resolve("site.bin"), new Stored(pagesKey, state));
      }
    } catch (IOException e) {
      // the next build is a clean one; nothing else depends on the cache
    }
  }

  private static void store(Path file, Stored s) throws IOException {
    KeptFiles.forget(file);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (var out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeObject(s);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    KeptFiles.put(file, KeptFiles.stamp(file), s.key(), s);
  }

  private static void storePages(Path file, String key, Map<String, String> current, Map<String, String> previous)
      throws IOException {
    KeptFiles.forget(file);
    PageListsFile.write(file, key, current, previous);
    KeptFiles.put(file, KeptFiles.stamp(file), key, new PageListsFile.Lists(current, previous));
  }

  private static PageListsFile.Lists loadPages(Path file, String key) {
    PageListsFile.Lists kept = KeptFiles.get(file, key, PageListsFile.Lists.class);
    if (kept != null) return kept;
    KeptFiles.Stamp stamp = KeptFiles.stamp(file);
    PageListsFile.Lists lists = PageListsFile.read(file, key);
    if (lists != null) KeptFiles.put(file, stamp, key, lists);
    return lists;
  }

  /** The saved value, or null when there is none, it was written under another key, or cannot be read. */
  private static Stored load(Path file, String key) {
    if (!Files.isRegularFile(file)) return null;
    Stored kept = KeptFiles.get(file, key, Stored.class);
    if (kept != null) return kept;
    KeptFiles.Stamp stamp = KeptFiles.stamp(file);
    try (var in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("org.clippings.**;java.base/*;!*"));
      Object o = in.readObject();
      if (o instanceof Stored s && s.key().equals(key)) {
        KeptFiles.put(file, stamp, key, s);
        return s;
      }
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      // InvalidClassException, ObjectStreamException: written by another version; a clean build follows
    }
    return null;
  }
}
