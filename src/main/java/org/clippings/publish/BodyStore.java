package org.clippings.publish;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.clippings.extract.Bodies;
import org.clippings.extract.Record;
import org.clippings.ingest.Block;
import org.clippings.ingest.BlockKind;

/**
 * Article bodies in one append-only file, so records can leave them out: written once when an
 * article is extracted, read back one at a time for its page, the search index and the export.
 * Appends only ever add to the end, so a build killed half-way leaves every body an older cache
 * entry points at intact. Thread-safe: positions are reserved atomically and reads are positional.
 */
public final class BodyStore implements Bodies, Closeable {

  /** Where one body lies in the file. */
  public record Loc(long offset, int length) implements Serializable {}

  private final Path file;
  private final FileChannel channel;
  private final boolean temporary;
  private final AtomicLong end;
  private final Map<String, Loc> bySource = new ConcurrentHashMap<>();

  private BodyStore(Path file, FileChannel channel, boolean temporary) throws IOException {
    this.file = file;
    this.channel = channel;
    this.temporary = temporary;
    this.end = new AtomicLong(channel.size());
  }

  /** Opens (creating if missing) a store that outlives this build, appending after what is there. */
  public static BodyStore open(Path file) {
    try {
      return new BodyStore(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE), false);
    } catch (IOException e) {
      return temporary();
    }
  }

  /** A store for this build only, deleted when closed. */
  public static BodyStore temporary() {
    try {
      Path f = Files.createTempFile("clippings-bodies-", ".bin");
      f.toFile().deleteOnExit();
      return new BodyStore(f, FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for article bodies", e);
    }
  }

  public Path file() {
    return file;
  }

  /** Stores the body of the article at {@code source} and says where it went. */
  public Loc put(String source, List<Block> blocks) {
    byte[] bytes = encode(blocks);
    long at = end.getAndAdd(bytes.length);
    try {
      var buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) channel.write(buf, at + buf.position());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write article bodies to " + file, e);
    }
    Loc loc = new Loc(at, bytes.length);
    bySource.put(source, loc);
    return loc;
  }

  /** Takes a body stored by an earlier build, when it lies wholly inside the file. */
  public boolean adopt(String source, Loc loc) {
    if (loc == null || loc.offset() < 0 || loc.offset() + loc.length() > end.get()) return false;
    bySource.put(source, loc);
    return true;
  }

  @Override
  public List<Block> of(Record r) {
    Loc loc = bySource.get(r.source());
    if (loc == null) throw new IllegalStateException("no body stored for " + r.source());
    return read(loc);
  }

  private List<Block> read(Loc loc) {
    try {
      var buf = ByteBuffer.allocate(loc.length());
      while (buf.hasRemaining()) {
        if (channel.read(buf, loc.offset() + buf.position()) < 0) throw new IOException("file ends early");
      }
      return decode(buf.array());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read article bodies from " + file, e);
    }
  }

  /** Bytes in the file, and bytes of the bodies in use: how much an append-only file has wasted. */
  public long fileBytes() {
    return end.get();
  }

  public long liveBytes() {
    long n = 0;
    for (Loc l : bySource.values()) n += l.length();
    return n;
  }

  /**
   * Copies the bodies in use, in source order, into a fresh file and returns their new places;
   * this store is unchanged. Used to reclaim what deleted and changed articles left behind.
   */
  public Map<String, Loc> compactInto(Path target) throws IOException {
    var places = new java.util.TreeMap<String, Loc>();
    try (var out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE)) {
      long at = 0;
      for (var e : new java.util.TreeMap<>(bySource).entrySet()) {
        Loc l = e.getValue();
        long copied = 0;
        while (copied < l.length()) copied += channel.transferTo(l.offset() + copied, l.length() - copied, out);
        places.put(e.getKey(), new Loc(at, l.length()));
        at += l.length();
      }
    }
    return places;
  }

  @Override
  public void close() {
    try {
      channel.close();
      if (temporary) Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is removed on exit
    }
  }

  private static byte[] encode(List<Block> blocks) {
    var bytes = new ByteArrayOutputStream(256);
    try (var out = new DataOutputStream(bytes)) {
      out.writeInt(blocks.size());
      for (Block b : blocks) {
        out.writeByte(b.kind().ordinal());
        out.writeInt(b.level());
        out.writeInt(b.line());
        text(out, b.text());
        text(out, b.html());
        text(out, b.anchor());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static List<Block> decode(byte[] bytes) throws IOException {
    var in = BytesInput.of(bytes);
    int n = in.readInt();
    var blocks = new ArrayList<Block>(n);
    BlockKind[] kinds = BlockKind.values();
    for (int i = 0; i < n; i++) {
      BlockKind kind = kinds[in.readUnsignedByte()];
      int level = in.readInt();
      int line = in.readInt();
      blocks.add(new Block(kind, level, text(in), text(in), text(in), line));
    }
    return blocks;
  }

  private static String text(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
