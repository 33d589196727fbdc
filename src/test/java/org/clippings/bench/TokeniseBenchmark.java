package org.clippings.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clippings.extract.Stems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tokenising, the inner loop that topic signals, related coverage and the search index share:
 * {@link Stems#words} over one article's headline and blocks, then {@link Stems#stem} of each word
 * (the Porter stemmer, ASCII words of three letters or more). One operation is one article, taken
 * in turn from {@link BenchCorpus}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TokeniseBenchmark {

  private String[] texts;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    texts = BenchCorpus.articles().stream().map(BenchCorpus::text).toArray(String[]::new);
  }

  /** Splitting and lower-casing alone. */
  @Benchmark
  public List<String> words(TokenCounter counter) {
    List<String> words = Stems.words(nextText());
    counter.tokens += words.size();
    return words;
  }

  /** Splitting, then stemming every word, as {@code RecordExtractor.terms} and the search index do. */
  @Benchmark
  public void wordsAndStems(TokenCounter counter, Blackhole bh) {
    List<String> words = Stems.words(nextText());
    for (String w : words) bh.consume(Stems.stem(w));
    counter.tokens += words.size();
  }

  private String nextText() {
    String t = texts[next];
    next = next + 1 == texts.length ? 0 : next + 1;
    return t;
  }
}
