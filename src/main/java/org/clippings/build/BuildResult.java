package org.clippings.build;

import java.nio.file.Path;
import org.clippings.diag.Problems;

/**
 * What a build did: files found, articles published ({@code cachedArticles} of them taken from the
 * build cache, not re-read), drafts left out, files in the site ({@code reusedFiles} of them unchanged
 * from the previous build), bytes rendered, problems, and time per stage.
 */
public record BuildResult(int filesFound, int articles, int cachedArticles, int drafts, int files, int reusedFiles,
    long bytes, Path out, Problems problems, StageTimes times) {}
