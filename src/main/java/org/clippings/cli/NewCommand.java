package org.clippings.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.clippings.build.Pipeline;
import org.clippings.extract.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clippings new "Headline"}: writes a dated Markdown article skeleton into the articles folder. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = "Create a dated Markdown article skeleton in the articles folder and print its path.")
final class NewCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin SiteOptions site;

  @Parameters(index = "0", paramLabel = "HEADLINE", description = "The article's headline.")
  String headline;

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = Pipeline.configure(site.toBuildOptions(null), "Clippings");
    LocalDate today = LocalDate.now();
    String title = headline.strip();
    if (title.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "HEADLINE is empty");
    Path dir = pipeline.articlesDir();
    Files.createDirectories(dir);
    Path file = dir.resolve(today + "-" + Slugs.of(title, "article") + ".md");
    String yamlTitle = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    String body = "---\ntitle: " + yamlTitle + "\ndate: " + today + "\nsummary: \"\"\npeople: []\nplaces: []\n"
        + "organizations: []\ntopics: []\ndraft: true\n---\n\nWrite the article here. Remove `draft: true` to publish it.\n";
    try {
      Files.writeString(file, body, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println("error: " + file + " already exists; choose another headline or edit it");
      return ExitCodes.BUILD_FAILED;
    }
    spec.commandLine().getOut().println(file);
    return ExitCodes.OK;
  }
}
