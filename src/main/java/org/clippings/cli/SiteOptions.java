package org.clippings.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.clippings.build.BuildOptions;
import picocli.CommandLine.Option;

/** Options every command that reads the articles shares. */
final class SiteOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Site configuration (default: ./site-config.yaml if present, else built-in defaults).")
  Path config;

  @Option(names = "--articles", paramLabel = "DIR", description = "Articles folder (default: paths.articles from the config, 'articles').")
  Path articles;

  @Option(names = "--verbose", description = "Print stack traces for failures and every problem found.")
  boolean verbose;

  BuildOptions toBuildOptions(Path out) {
    return toBuildOptions(out, true);
  }

  BuildOptions toBuildOptions(Path out, boolean useCache) {
    return new BuildOptions(Optional.ofNullable(config), Optional.ofNullable(articles), Optional.ofNullable(out),
        LocalDate.now(), useCache);
  }
}
