/**
 * The pipeline: wires the stages (ingest → extract → index → render → publish) for one build,
 * runs per-article work in parallel and whole-corpus work once, times each stage, and collects
 * problems. Commands in {@code cli} call this and print what it returns.
 */
package org.clippings.build;
