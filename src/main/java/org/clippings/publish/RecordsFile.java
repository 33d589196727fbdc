package org.clippings.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The records file of the build cache: its key and bodies file name, then the entries in parts,
 * each serialized on its own. An entry's part is fixed by its source path (a bucket of its hash),
 * so when a few articles change only their parts are serialized again; the others are copied from
 * the previous file as bytes. Parts are read and written on every core ({@link RecordCodec} for
 * the records themselves), and only a few parts are in memory as bytes at once, so the
 * file never costs its own size in heap on top of the records.
 */
final class RecordsFile {

  /** Names the layout of the file and of {@link RecordCodec}: change it when either changes. */
  private static final String MAGIC = "clippings-records-4";
  /** About how many entries a part holds: the bucket count is the power of two that makes parts at most this big. */
  static final int PART = 1024;

  /** How one entry's value is written and read, after its source path. */
  interface Codec<V> {
    void write(RecordCodec.Writer out, V value) throws IOException;

    V read(RecordCodec.Reader in) throws IOException;
  }

  /**
   * What a records file held: the bodies file its entries point into, the entries, and where each
   * part lies in the file (offset and length per bucket), for {@link #write} to copy unchanged parts.
   */
  record Loaded<V>(String bodies, Map<String, V> entries, Parts parts) {}

  /** The parts of a file as read: the file, the bucket count, and each bucket's bytes (offset, length). */
  record Parts(Path file, int buckets, long[] offsets, int[] lengths) {}

  private RecordsFile() {}

  /** The bucket count for {@code n} entries: a power of two, so it changes only when the archive doubles or halves. */
  static int buckets(int n) {
    int b = 1;
    while ((long) b * PART < n) b <<= 1;
    return b;
  }

  /** The bucket of a source path among {@code buckets}: from {@link String#hashCode}, which Java specifies. */
  static int bucket(String source, int buckets) {
    return Math.floorMod(source.hashCode(), buckets);
  }

  /** Writes {@code entries} under {@code key}, replacing the file atomically. */
  static <V> void write(Path file, String key, String bodies, Map<String, V> entries, Codec<V> codec)
      throws IOException {
    write(file, key, bodies, entries, codec, null, java.util.Set.of());
  }

  /**
   * As above; where {@code previous} (the parts of the file as read) has the same bucket count,
   * the buckets not in {@code changed} are copied from it rather than serialized again. The caller
   * vouches that their entries are the ones read, under the same key and bodies file.
   */
  static <V> void write(Path file, String key, String bodies, Map<String, V> entries, Codec<V> codec,
      Parts previous, java.util.Set<Integer> changed) throws IOException {
    int buckets = buckets(entries.size());
    var byBucket = new ArrayList<Map<String, V>>(buckets);
    for (int b = 0; b < buckets; b++) byBucket.add(new HashMap<>());
    entries.forEach((source, v) -> byBucket.get(bucket(source, buckets)).put(source, v));
    boolean copy = previous != null && previous.buckets() == buckets;
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    var offsets = new long[buckets];
    var lengths = new int[buckets];
    KeptFiles.forget(file);
    ExecutorService pool = pool();
    try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
        var old = copy ? java.nio.channels.FileChannel.open(previous.file()) : null) {
      out.writeUTF(MAGIC);
      out.writeUTF(key);
      out.writeUTF(bodies);
      out.writeInt(buckets);
      long position = out.size();
      int wave = 2 * threads();
      for (int from = 0; from < buckets; from += wave) {
        var pending = new ArrayList<Future<byte[]>>();
        for (int b = from; b < Math.min(buckets, from + wave); b++) {
          Map<String, V> part = byBucket.get(b);
          if (copy && !changed.contains(b)) {
            var bytes = java.nio.ByteBuffer.allocate(previous.lengths()[b]);
            long at = previous.offsets()[b];
            while (bytes.hasRemaining()) {
              if (old.read(bytes, at + bytes.position()) < 0) throw new IOException("records file cut short");
            }
            pending.add(java.util.concurrent.CompletableFuture.completedFuture(bytes.array()));
          } else {
            pending.add(pool.submit(() -> bytes(part, codec)));
          }
        }
        int b = from;
        for (Future<byte[]> f : pending) {
          byte[] bytes = await(f);
          out.writeInt(bytes.length);
          out.write(bytes);
          offsets[b] = position + 4;
          lengths[b++] = bytes.length;
          position += 4 + bytes.length;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    // just written by this process: what the file holds now
    KeptFiles.put(file, KeptFiles.stamp(file), key,
        new Loaded<>(bodies, entries, new Parts(file, buckets, offsets, lengths)));
  }

  /** The entries saved under {@code key}, or null when there is no such file, another key, or it cannot be read. */
  @SuppressWarnings("unchecked")
  static <V> Loaded<V> read(Path file, String key, Codec<V> codec) {
    if (!Files.isRegularFile(file)) return null;
    Loaded<V> kept = KeptFiles.get(file, key, Loaded.class);
    if (kept != null) return kept;
    KeptFiles.Stamp stamp = KeptFiles.stamp(file);
    ExecutorService pool = pool();
    try (var counting = new CountingInput(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        var in = new DataInputStream(counting)) {
      if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) return null;
      String bodies = in.readUTF();
      int buckets = in.readInt();
      if (buckets <= 0 || Integer.bitCount(buckets) != 1) return null;
      var offsets = new long[buckets];
      var lengths = new int[buckets];
      var inFlight = new java.util.concurrent.Semaphore(2 * threads());
      var pending = new ArrayList<Future<Map<String, V>>>(buckets);
      for (int p = 0; p < buckets; p++) {
        int length = in.readInt();
        if (length < 0) return null;
        offsets[p] = counting.count;
        lengths[p] = length;
        byte[] b = in.readNBytes(length);
        if (b.length != length) return null;
        inFlight.acquire();
        pending.add(pool.submit(() -> {
          try {
            return part(b, codec);
          } finally {
            inFlight.release();
          }
        }));
      }
      var entries = new HashMap<String, V>(buckets * PART * 4 / 3 + 1);
      for (int p = 0; p < buckets; p++) {
        Map<String, V> part = await(pending.get(p));
        for (String source : part.keySet()) {
          // a part must hold its own bucket's entries, or copying it would misfile them
          if (bucket(source, buckets) != p) return null;
        }
        entries.putAll(part);
      }
      var loaded = new Loaded<>(bodies, entries, new Parts(file, buckets, offsets, lengths));
      KeptFiles.put(file, stamp, key, loaded);
      return loaded;
    } catch (IOException | RuntimeException e) {
      // written by another version, truncated, or unreadable: a clean build follows
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Counts the bytes read through it, so a part's offset in the file is known. */
  private static final class CountingInput extends java.io.FilterInputStream {
    long count;

    CountingInput(java.io.InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count++;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count += n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count += k;
      return k;
    }
  }

  private static <V> byte[] bytes(Map<String, V> part, Codec<V> codec) throws IOException {
    var bytes = new ByteArrayOutputStream(1 << 16);
    var out = new RecordCodec.Writer(new DataOutputStream(bytes));
    out.out().writeInt(part.size());
    // in path order, so equal parts are equal bytes
    for (var e : new java.util.TreeMap<>(part).entrySet()) {
      out.string(e.getKey());
      codec.write(out, e.getValue());
    }
    out.out().flush();
    return bytes.toByteArray();
  }

  private static <V> Map<String, V> part(byte[] b, Codec<V> codec) throws IOException {
    var in = new RecordCodec.Reader(BytesInput.of(b));
    int n = in.count();
    var part = new HashMap<String, V>(n * 4 / 3 + 1);
    for (int i = 0; i < n; i++) {
      String source = in.string();
      part.put(source, codec.read(in));
    }
    if (in.in().read() != -1) throw new IOException("damaged records file: bytes after a part");
    return part;
  }

  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IOException("cannot read or write a part of the records file", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  private static ExecutorService pool() {
    return Executors.newFixedThreadPool(threads(), r -> {
      Thread t = new Thread(r, "clippings-records-file");
      t.setDaemon(true);
      return t;
    });
  }
}
