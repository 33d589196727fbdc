package org.clippings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code clippings} command: with no subcommand it prints usage and exits 2. */
@Command(name = "clippings", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = "Turns a folder of news articles into dated records and a static HTML archive.",
    subcommands = {BuildCommand.class, ServeCommand.class, ExtractCommand.class, CheckCommand.class, NewCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'clippings build'");
  }

  /** The command line configured as {@link #main} runs it; tests call this with their own streams. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(new ProblemPrinter())
        .setExitCodeExceptionMapper(ExitCodes::forException);
  }

  public static void main(String... args) {
    System.exit(commandLine().execute(args));
  }
}
