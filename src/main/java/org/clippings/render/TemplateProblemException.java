package org.clippings.render;

import org.clippings.diag.Problem;

/** A template could not be parsed or rendered: the build fails with the template, line, column and name. */
public final class TemplateProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public TemplateProblemException(Problem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
