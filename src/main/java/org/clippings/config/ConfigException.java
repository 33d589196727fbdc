package org.clippings.config;

import org.clippings.diag.SourcePos;

/** The configuration cannot be used: the build cannot start (exit code 2). */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final SourcePos at;

  public ConfigException(SourcePos at, String message, Throwable cause) {
    super(message, cause);
    this.at = at;
  }

  public ConfigException(SourcePos at, String message) {
    this(at, message, null);
  }

  public SourcePos at() {
    return at;
  }

  /** {@code site-config.yaml:4:3: unknown key 'titel'; did you mean 'title'?}. */
  @Override
  public String toString() {
    return at.file().isEmpty() ? getMessage() : at + ": " + getMessage();
  }
}
