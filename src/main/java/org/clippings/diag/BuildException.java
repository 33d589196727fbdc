package org.clippings.diag;

/** The build cannot go on (exit code 1): what went wrong, where, and what to do. */
public final class BuildException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BuildException(String message, Throwable cause) {
    super(message, cause);
  }

  public BuildException(String message) {
    super(message);
  }
}
