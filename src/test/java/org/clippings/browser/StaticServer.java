package org.clippings.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server for a built site, as a static host would serve it: on 127.0.0.1, an ephemeral
 * port, under the site's base path (the path of {@code site.base_url}, which the 404 page's absolute
 * links use), GET and HEAD only, content types by extension, {@code index.html} for folders and the
 * site's {@code 404.html} with status 404 for anything else.
 */
final class StaticServer implements AutoCloseable {

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "json", "application/json",
      "xml", "application/xml",
      "txt", "text/plain; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon");

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Path root;
  private final String basePath;

  private StaticServer(Path root, String basePath) throws IOException {
    this.root = root.toRealPath();
    this.basePath = basePath;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(threads);
    server.start();
  }

  /** Serves {@code root} at {@code basePath}, which starts and ends with a slash. */
  static StaticServer serve(Path root, String basePath) throws IOException {
    if (!basePath.startsWith("/") || !basePath.endsWith("/")) throw new IllegalArgumentException(basePath);
    return new StaticServer(root, basePath);
  }

  /** The site's root URL, ending in a slash. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        ex.sendResponseHeaders(405, -1);
        return;
      }
      String path = URLDecoder.decode(ex.getRequestURI().getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
      Path file = path.startsWith(basePath) ? root.resolve(path.substring(basePath.length())).normalize() : null;
      if (file != null && Files.isDirectory(file)) file = file.resolve("index.html");
      int status = 200;
      if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1);
      ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (method.equals("HEAD")) {
        ex.sendResponseHeaders(status, -1);
      } else {
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
