package org.clippings.cli;

import org.clippings.config.ConfigException;
import picocli.CommandLine;

/** Exit statuses, as named constants (never an enum ordinal). They agree with picocli's own. */
public final class ExitCodes {

  public static final int OK = 0;
  public static final int BUILD_FAILED = 1;
  public static final int USAGE_OR_CONFIG = 2;
  public static final int STRICT_WARNINGS = 3;

  private ExitCodes() {}

  static int forException(Throwable t) {
    if (t instanceof ConfigException || t instanceof CommandLine.ParameterException) return USAGE_OR_CONFIG;
    return BUILD_FAILED;
  }
}
