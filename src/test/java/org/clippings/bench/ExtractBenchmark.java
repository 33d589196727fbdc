package org.clippings.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.clippings.extract.CrfEntityRecognizer;
import org.clippings.extract.EntityRecognizer;
import org.clippings.extract.EntitySpan;
import org.clippings.extract.Record;
import org.clippings.extract.RecordExtractor;
import org.clippings.ingest.Article;
import org.clippings.ingest.Block;
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

/**
 * Extraction of one article ({@link RecordExtractor#extract}: headline, summary, entities, topics,
 * terms), three ways, so the entity model's cost can be told from the rest:
 * <ul>
 *   <li>{@code model}: the real {@link CrfEntityRecognizer}, as a build runs it;</li>
 *   <li>{@code replayedModel}: the model's answers for every sentence, recorded once in setup and
 *       looked up. Same records as {@code model} (checked in setup), without the model: what is left
 *       is the resolver (honorifics, gazetteer, linking, kind votes, literal counts) and the rest;</li>
 *   <li>{@code noEntities}: a recognizer that finds nothing, so the resolver has nothing to link;
 *       what is left is sentence splitting, the capital-letter filter, headline, summary, topics and terms.</li>
 * </ul>
 * One operation is one article, taken in turn from {@link BenchCorpus}. The model loads once per fork,
 * in setup, never inside a measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractBenchmark {

  private Article[] articles;
  /** Tokens of each article as the build's {@code --stats} counts them, for tokens/s comparable with bench/README.md. */
  private int[] tokens;
  private RecordExtractor model;
  private RecordExtractor replayed;
  private RecordExtractor none;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    List<Article> list = BenchCorpus.articles();
    articles = list.toArray(new Article[0]);
    tokens = new int[articles.length];
    for (int i = 0; i < articles.length; i++) {
      for (Block b : articles[i].blocks()) tokens[i] += CrfEntityRecognizer.approximateTokens(b.text());
    }
    CrfEntityRecognizer.preload();
    var crf = new CrfEntityRecognizer();
    model = BenchCorpus.extractor(crf);
    var answers = new HashMap<String, List<EntitySpan>>();
    RecordExtractor recording = BenchCorpus.extractor(text -> answers.computeIfAbsent(text, crf::find));
    replayed = BenchCorpus.extractor(new Replay(answers));
    none = BenchCorpus.extractor(text -> List.of());
    for (Article a : articles) {
      Record expected = recording.extract(a);
      // if the replay ever differs, the split between model and resolver cost is no longer true
      if (!replayed.extract(a).equals(expected) || !model.extract(a).equals(expected)) {
        throw new IllegalStateException("replayed model answers give another record for " + a.source());
      }
    }
  }

  @Benchmark
  public Record model(TokenCounter counter) {
    return extractNext(model, counter);
  }

  @Benchmark
  public Record replayedModel(TokenCounter counter) {
    return extractNext(replayed, counter);
  }

  @Benchmark
  public Record noEntities(TokenCounter counter) {
    return extractNext(none, counter);
  }

  private Record extractNext(RecordExtractor extractor, TokenCounter counter) {
    int i = next;
    next = next + 1 == articles.length ? 0 : next + 1;
    counter.tokens += tokens[i];
    return extractor.extract(articles[i]);
  }

  /** The model's recorded answers; read-only once setup is done, so safe to share across threads. */
  private record Replay(Map<String, List<EntitySpan>> answers) implements EntityRecognizer {
    @Override
    public List<EntitySpan> find(String text) {
      List<EntitySpan> spans = answers.get(text);
      if (spans == null) throw new IllegalStateException("no recorded answer for: " + text);
      return spans;
    }
  }
}
