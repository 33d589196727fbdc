package org.clippings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.clippings.build.BuildResult;
import org.clippings.build.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clippings build}: reads the articles and publishes the site. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the site from the articles folder into the output folder (default: public/).")
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin SiteOptions site;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: paths.output from the config, 'public').")
  Path out;

  @Option(names = "--strict", description = "Exit with status 3 when there is any warning.")
  boolean strict;

  @Option(names = "--quiet", description = "Print only problems, no progress or summary.")
  boolean quiet;

  @Option(names = "--stats", paramLabel = "FILE", description = "Write the build's figures (per-stage wall and CPU "
      + "time, peak heap, counts) as JSON to FILE.")
  Path stats;

  @Option(names = "--no-cache", description = "Ignore the build cache (.clippings-cache beside the output): re-read, "
      + "re-extract and re-render everything. The result is the same; only slower.")
  boolean noCache;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Pipeline pipeline = Pipeline.configure(site.toBuildOptions(out, !noCache), "Clippings " + ManifestVersion.version());
    boolean progress = !quiet && System.console() != null && System.getenv("CI") == null;
    BuildResult r = pipeline.build(msg -> {
      if (progress) stderr.println("… " + msg);
    });
    Summary.printProblems(stderr, r.problems(), site.verbose);
    if (stats != null) {
      try {
        BuildStats.write(stats, r);
      } catch (java.io.IOException e) {
        stderr.println("warning: cannot write --stats file " + stats + ": " + e.getMessage());
      }
    }
    stderr.flush();
    if (!quiet) Summary.print(stdout, r, pipeline.articlesDir().toString());
    stdout.flush();
    if (r.problems().errors() > 0) return ExitCodes.BUILD_FAILED;
    if (strict && r.problems().warnings() > 0) {
      stderr.println("--strict: " + r.problems().warnings() + " warning(s); exit status 3");
      return ExitCodes.STRICT_WARNINGS;
    }
    return ExitCodes.OK;
  }
}
