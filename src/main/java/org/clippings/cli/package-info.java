/**
 * The command line (picocli): parses options, calls {@link org.clippings.build.Pipeline}, prints
 * progress and the build summary, and maps outcomes to exit codes. Holds no pipeline logic.
 */
package org.clippings.cli;
