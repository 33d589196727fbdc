package org.clippings.render;

/**
 * Where rendered output goes: a site-relative path ({@code articles/2024/03/11/x/index.html}) and
 * its bytes. Implementations must accept calls from several threads.
 */
@FunctionalInterface
public interface PageSink {
  void write(String path, byte[] content);
}
