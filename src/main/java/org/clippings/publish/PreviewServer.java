package org.clippings.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a built site on {@code http://127.0.0.1:PORT/} for previewing, and tells open pages to
 * reload after a rebuild through server-sent events. The reload script is added to HTML as it is
 * served, never written into the site, so the published files stay free of it.
 */
public final class PreviewServer implements AutoCloseable {

  static final String EVENTS = "/__clippings/events";
  private static final byte[] RELOAD_SCRIPT = ("<script>new EventSource('" + EVENTS
      + "').onmessage=function(){location.reload()}</script>").getBytes(StandardCharsets.UTF_8);
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"));

  private final Path site;
  private final HttpServer server;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

  public PreviewServer(Path site, int port) throws IOException {
    this.site = site.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::serve);
    server.createContext(EVENTS, this::events);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "clippings-serve");
      t.setDaemon(true);
      return t;
    }));
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Tells every open page to reload. */
  public void reloadAll() {
    for (OutputStream o : listeners) {
      try {
        o.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
        o.flush();
      } catch (IOException e) {
        listeners.remove(o);
      }
    }
  }

  private void events(HttpExchange ex) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream");
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(200, 0);
    OutputStream out = ex.getResponseBody();
    out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    listeners.add(out); // held open; the browser reconnects by itself if it drops
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String raw = URI.create(ex.getRequestURI().getRawPath()).getPath();
      Path file = site.resolve(raw.substring(1)).normalize();
      if (!file.startsWith(site)) {
        send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (Files.isDirectory(file)) file = file.resolve("index.html");
      if (!Files.isRegularFile(file)) {
        Path notFound = site.resolve("404.html");
        byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readAllBytes(notFound))
            : "not found".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, TYPES.get("html"), body);
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      byte[] body = Files.readAllBytes(file);
      if (ext.equals("html")) body = withReload(body);
      send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }
  }

  private static byte[] withReload(byte[] html) {
    String s = new String(html, StandardCharsets.UTF_8);
    int at = s.lastIndexOf("</body>");
    if (at < 0) return html;
    return (s.substring(0, at) + new String(RELOAD_SCRIPT, StandardCharsets.UTF_8) + s.substring(at))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) ex.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
