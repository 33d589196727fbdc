package org.clippings.build;

import java.nio.file.Path;
import org.clippings.diag.Problems;

/** What a build did: articles read and kept, files and bytes written, problems, and time per stage. */
public record BuildResult(
    int filesFound, int articles, int drafts, int files, long bytes, Path out, Problems problems, StageTimes times) {}
