package org.clippings.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
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
 * The records file of the build cache: its key and bodies file name, then the entries in parts of
 * {@link #PART}, each serialized on its own. Java serialization reads 10,000 records in about a
 * second on one core; in parts, every core reads, and only a few parts are in memory as bytes at
 * once, so the file never costs its own size in heap on top of the records.
 */
final class RecordsFile {

  private static final String MAGIC = "clippings-records-2";
  static final int PART = 1024;
  private static final ObjectInputFilter FILTER =
      ObjectInputFilter.Config.createFilter("org.clippings.**;java.base/*;!*");

  /** What a records file held: the bodies file its entries point into, and the entries. */
  record Loaded<V>(String bodies, Map<String, V> entries) {}

  private RecordsFile() {}

  /** Writes {@code entries} under {@code key}, replacing the file atomically. */
  static <V extends Serializable> void write(Path file, String key, String bodies, Map<String, V> entries)
      throws IOException {
    var all = new ArrayList<>(entries.entrySet());
    int parts = (all.size() + PART - 1) / PART;
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    ExecutorService pool = pool();
    try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeUTF(MAGIC);
      out.writeUTF(key);
      out.writeUTF(bodies);
      out.writeInt(parts);
      int wave = 2 * threads();
      for (int from = 0; from < parts; from += wave) {
        var pending = new ArrayList<Future<byte[]>>();
        for (int p = from; p < Math.min(parts, from + wave); p++) {
          var part = new HashMap<String, V>();
          for (var e : all.subList(p * PART, Math.min(all.size(), (p + 1) * PART))) part.put(e.getKey(), e.getValue());
          pending.add(pool.submit(() -> bytes(part)));
        }
        for (Future<byte[]> f : pending) {
          byte[] b = await(f);
          out.writeInt(b.length);
          out.write(b);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The entries saved under {@code key}, or null when there is no such file, another key, or it cannot be read. */
  static <V> Loaded<V> read(Path file, String key) {
    if (!Files.isRegularFile(file)) return null;
    ExecutorService pool = pool();
    try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF()) || !key.equals(in.readUTF())) return null;
      String bodies = in.readUTF();
      int parts = in.readInt();
      var inFlight = new java.util.concurrent.Semaphore(2 * threads());
      var pending = new ArrayList<Future<Map<String, V>>>(parts);
      for (int p = 0; p < parts; p++) {
        int length = in.readInt();
        if (length < 0) return null;
        byte[] b = in.readNBytes(length);
        if (b.length != length) return null;
        inFlight.acquire();
        pending.add(pool.submit(() -> {
          try {
            return RecordsFile.<V>part(b);
          } finally {
            inFlight.release();
          }
        }));
      }
      var entries = new HashMap<String, V>(parts * PART * 4 / 3 + 1);
      for (Future<Map<String, V>> f : pending) entries.putAll(await(f));
      return new Loaded<>(bodies, entries);
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

  private static byte[] bytes(Object o) throws IOException {
    var bytes = new ByteArrayOutputStream(1 << 16);
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> part(byte[] b) throws IOException, ClassNotFoundException {
    try (var in = new ObjectInputStream(new ByteArrayInputStream(b))) {
      in.setObjectInputFilter(FILTER);
      return (Map<String, V>) in.readObject();
    }
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
