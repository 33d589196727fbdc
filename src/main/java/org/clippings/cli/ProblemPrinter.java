package org.clippings.cli;

import java.io.PrintWriter;
import org.clippings.config.ConfigException;
import org.clippings.diag.BuildException;
import org.clippings.render.TemplateProblemException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's reason as one line with file and position, then its causes as
 * {@code Reason:} lines. A stack trace only with {@code --verbose}.
 */
final class ProblemPrinter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof ConfigException ce) {
      err.println("error: " + ce);
    } else if (ex instanceof TemplateProblemException te) {
      err.println(te.problem());
    } else if (ex instanceof BuildException) {
      err.println("error: " + ex.getMessage());
    } else {
      err.println("error: " + ex);
    }
    Throwable c = ex.getCause();
    for (int i = 0; c != null && c != ex && i < 5; i++, c = c.getCause()) {
      if (c.getMessage() != null) err.println("Reason: " + c.getMessage().lines().findFirst().orElse(""));
    }
    if (parsed != null && verbose(parsed)) ex.printStackTrace(err);
    err.flush();
    return ExitCodes.forException(ex);
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) return true;
    }
    return false;
  }
}
