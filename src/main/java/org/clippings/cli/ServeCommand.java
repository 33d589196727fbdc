package org.clippings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clippings.build.BuildMemory;
import org.clippings.build.BuildResult;
import org.clippings.build.Pipeline;
import org.clippings.build.SiteWatcher;
import org.clippings.config.ConfigException;
import org.clippings.publish.BuildCache;
import org.clippings.publish.PreviewServer;
import org.clippings.render.TemplateProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clippings serve}: builds, serves the site on 127.0.0.1, and rebuilds incrementally when an
 * article, template or the config changes; open pages reload by themselves.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build, serve the site on http://127.0.0.1:PORT/, rebuild on every change to the articles, "
        + "templates or config, and reload open pages.")
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin SiteOptions site;

  @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (0 picks a free one; default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: paths.output from the config).")
  Path out;

  /** Kept from rebuild to rebuild: what rendering derives from one record alone. */
  private final BuildMemory memory = BuildMemory.kept();

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    BuildCache.keepInMemory(true);
    Pipeline first = Pipeline.configure(site.toBuildOptions(out), "Clippings " + ManifestVersion.version());
    rebuild(stdout, stderr);
    try (var server = new PreviewServer(first.outDir(), port);
        var watcher = new SiteWatcher(List.of(first.articlesDir(), first.templatesDir()), List.of(configFile()),
            first.outDir())) {
      server.start();
      stdout.println("Serving " + first.outDir() + " at http://127.0.0.1:" + server.port() + "/ (Ctrl-C to stop)");
      stdout.flush();
      prepare(stdout);
      try {
        watcher.run(() -> {
          if (rebuild(stdout, stderr)) server.reloadAll();
        });
      } catch (InterruptedException e) {
        stdout.println("stopped");
        Thread.currentThread().interrupt();
      }
    }
    return ExitCodes.OK;
  }

  /**
   * When the first build found the site up to date, it rendered nothing and the memory is empty:
   * the first saved article would pay for every record's search terms, every page's fingerprint
   * and a cold JIT. {@link Pipeline#prepare} now (while the site is served) makes that first
   * rebuild as quick as the later ones. Changes saved meanwhile wait in the watcher.
   */
  private void prepare(PrintWriter stdout) {
    if (!memory.isEmpty()) return;
    if (site.verbose) {
      stdout.println("preparing for rebuilds");
      stdout.flush();
    }
    long start = System.nanoTime();
    try {
      Pipeline.configure(site.toBuildOptions(out), "Clippings " + ManifestVersion.version()).prepare(memory);
      if (site.verbose) stdout.printf("prepared for rebuilds in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      // only a head start: the next rebuild reports whatever is wrong
      if (site.verbose) stdout.println("prepared nothing: " + e.getMessage());
    }
    stdout.flush();
  }

  private Path configFile() {
    return site.config != null ? site.config : Path.of(Pipeline.DEFAULT_CONFIG);
  }

  /** One rebuild; a broken config or template is reported and the last good site stays up. */
  private boolean rebuild(PrintWriter stdout, PrintWriter stderr) {
    long start = System.nanoTime();
    try {
      Pipeline p = Pipeline.configure(site.toBuildOptions(out), "Clippings " + ManifestVersion.version());
      BuildResult r = p.build(msg -> {}, memory);
      Summary.printProblems(stderr, r.problems(), site.verbose);
      stdout.printf("rebuilt %d article(s), %d file(s) (%d unchanged) in %d ms%n", r.articles(), r.files(),
          r.reusedFiles(), (System.nanoTime() - start) / 1_000_000);
      if (site.verbose) stdout.println("  stages: " + Summary.stageTimes(r));
      return true;
    } catch (ConfigException e) {
      stderr.println("error: " + e);
    } catch (TemplateProblemException e) {
      stderr.println(e.problem());
    } catch (RuntimeException e) {
      stderr.println("error: " + e.getMessage());
    } finally {
      stdout.flush();
      stderr.flush();
    }
    return false;
  }
}
