package org.clippings.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What one build is asked to do. {@code configFile} may be absent (defaults); {@code articles} and
 * {@code out} override the config's paths; {@code today} only decides which dates are "in the future";
 * {@code useCache} lets the build reuse what the previous one extracted and rendered.
 */
public record BuildOptions(
    Optional<Path> configFile, Optional<Path> articles, Optional<Path> out, LocalDate today, boolean useCache) {

  public static BuildOptions defaults() {
    return new BuildOptions(Optional.empty(), Optional.empty(), Optional.empty(), LocalDate.now(), true);
  }
}
