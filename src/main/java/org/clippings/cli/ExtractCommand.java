package org.clippings.cli;

import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clippings.extract.CrfEntityRecognizer;
import org.clippings.extract.EntityTagger;
import org.clippings.extract.Gazetteer;
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

  @Option(names = "--entities-only", arity = "2", paramLabel = "DIR OUT",
      description = "For scoring: write, for each .txt file in DIR, OUT/<name>.json with the entities found "
          + "({\"entities\":[{\"type\":\"PERSON\",\"start\":..,\"end\":..,\"text\":..}]}, code-point offsets).")
  List<Path> entitiesOnly;

  /** Tests replace this to capture the bytes. */
  OutputStream stdout = System.out;

  @Override
  public Integer call() throws IOException {
    if (entitiesOnly != null) return tagFiles(entitiesOnly.get(0), entitiesOnly.get(1));
    Pipeline pipeline = Pipeline.configure(site.toBuildOptions(null), "Clippings " + ManifestVersion.version());
    try (Pipeline.Corpus corpus = pipeline.read(msg -> {})) {
      Summary.printProblems(spec.commandLine().getErr(), corpus.problems(), site.verbose);
      spec.commandLine().getErr().flush();
      var out = new java.io.BufferedOutputStream(stdout, 1 << 16);
      RecordsExport.write(corpus.archive(), PagePlan.of(corpus.archive()), corpus.bodies(), pretty, out);
      out.write('\n');
      out.flush();
      return corpus.problems().errors() > 0 ? ExitCodes.BUILD_FAILED : ExitCodes.OK;
    }
  }

  private int tagFiles(Path dir, Path out) throws IOException {
    Pipeline pipeline = Pipeline.configure(site.toBuildOptions(null), "Clippings");
    var tagger = new EntityTagger(new CrfEntityRecognizer(), Gazetteer.load(pipeline.config().entities()));
    Files.createDirectories(out);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    var json = new ObjectMapper();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String name = f.getFileName().toString();
      var result = Map.of("entities", tagger.tag(text));
      Files.write(out.resolve(name.substring(0, name.length() - 4) + ".json"), json.writeValueAsBytes(result));
    }
    spec.commandLine().getOut().println("tagged " + files.size() + " file(s) into " + out);
    return ExitCodes.OK;
  }
}
