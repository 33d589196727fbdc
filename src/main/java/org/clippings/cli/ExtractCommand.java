package org.clippings.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.clippings.build.Pipeline;
import org.clippings.render.PagePlan;
import org.clippings.render.RecordsExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clippings extract}: prints the dated records as JSON (the same as the site's data/records.json). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the records of every article as JSON on standard output; problems go to standard error.")
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin SiteOptions site;

  @Option(names = "--pretty", description = "Indent the JSON.")
  boolean pretty;

  /** Tests replace this to capture the bytes. */
  OutputStream stdout = System.out;

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = Pipeline.configure(site.toBuildOptions(null), "Clippings " + ManifestVersion.version());
    Pipeline.Corpus corpus = pipeline.read(msg -> {});
    Summary.printProblems(spec.commandLine().getErr(), corpus.problems(), site.verbose);
    spec.commandLine().getErr().flush();
    var export = RecordsExport.of(corpus.archive(), PagePlan.of(corpus.archive()));
    stdout.write(RecordsExport.bytes(export, pretty));
    stdout.write('\n');
    stdout.flush();
    return corpus.problems().errors() > 0 ? ExitCodes.BUILD_FAILED : ExitCodes.OK;
  }
}
