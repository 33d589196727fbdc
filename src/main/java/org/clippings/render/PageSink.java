package org.clippings.render;

/**
 * Where rendered output goes: a site-relative path ({@code articles/2024/03/11/x/index.html}) and
 * its bytes. Implementations must accept calls from several threads.
 */
@FunctionalInterface
public interface PageSink {
  /** Keeps nothing: rendering into it only works out what rendering works out ({@code serve}'s preparing). */
  PageSink NOWHERE = new PageSink() {
    @Override
    public void write(String path, byte[] content) {}

    @Override
    public void stream(String path, Streamed content) {
      try {
        content.writeTo(java.io.OutputStream.nullOutputStream());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot write " + path, e);
      }
    }
  };

  void write(String path, byte[] content);

  /** Output written piece by piece, for files too large to hold in memory at once. */
  @FunctionalInterface
  interface Streamed {
    void writeTo(java.io.OutputStream out) throws java.io.IOException;
  }

  /** Writes a file as {@code content} produces it. The default collects it and calls {@link #write}. */
  default void stream(String path, Streamed content) {
    var bytes = new java.io.ByteArrayOutputStream();
    try {
      content.writeTo(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + path, e);
    }
    write(path, bytes.toByteArray());
  }

  /**
   * Offers to publish the page at {@code path} unchanged from the previous build, when its inputs
   * have the same {@code fingerprint} as then. Returns true when it did, and the page need not be
   * rendered. The default sink remembers nothing.
   */
  default boolean reuse(String path, String fingerprint) {
    return false;
  }

  /**
   * As {@link #reuse}, for a whole folder of outputs written together (the search index): returns
   * how many files were published unchanged, or -1 when the folder must be written anew.
   */
  default int reuseTree(String dir, String fingerprint) {
    return -1;
  }
}
