package org.clippings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.clippings.build.BuildResult;
import org.clippings.build.Pipeline;
import org.clippings.publish.SiteChecker;
import org.clippings.publish.SitePublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code clippings check}: builds the site into a temporary folder and verifies it (links, anchors,
 * orphan pages, feeds, sitemap, dates); exits 1 with the list when anything is wrong.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Build into a temporary folder and verify the result: every internal link and anchor resolves, "
        + "no page is orphaned, feeds and sitemap are valid, every record is dated or says why not.")
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin SiteOptions site;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path tmp = Files.createTempDirectory("clippings-check-");
    try {
      Path siteDir = tmp.resolve("site");
      Pipeline pipeline = Pipeline.configure(site.toBuildOptions(siteDir, false), "Clippings " + ManifestVersion.version());
      BuildResult r = pipeline.build(msg -> {});
      Summary.printProblems(err, r.problems(), site.verbose);
      List<SiteChecker.Finding> findings = SiteChecker.check(siteDir);
      for (SiteChecker.Finding f : findings) out.println(f);
      out.printf("checked %d file(s): %d problem(s) in the site, %d warning(s) and %d error(s) in the input%n",
          r.files(), findings.size(), r.problems().warnings(), r.problems().errors());
      out.flush();
      err.flush();
      return findings.isEmpty() && r.problems().errors() == 0 ? ExitCodes.OK : ExitCodes.BUILD_FAILED;
    } finally {
      SitePublisher.deleteTree(tmp);
    }
  }
}
