package org.clippings.browser;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the browser tests share: the demo built once per test class, served over HTTP, and a
 * headless Chromium. {@link #start} returns null when Chromium is missing outside CI, and the
 * tests then skip.
 */
final class ServedDemo implements AutoCloseable {

  final DemoSite site;
  final StaticServer server;
  final Chromium browser;

  private ServedDemo(DemoSite site, StaticServer server, Chromium browser) {
    this.site = site;
    this.server = server;
    this.browser = browser;
  }

  static ServedDemo start(Class<?> test, Path dir) throws IOException {
    if (!Chromium.installedOrFailOnCi(test)) return null;
    DemoSite site = DemoSite.build(dir);
    StaticServer server = StaticServer.serve(site.root, site.basePath());
    return new ServedDemo(site, server, Chromium.start());
  }

  @Override
  public void close() {
    browser.close();
    server.close();
  }
}
