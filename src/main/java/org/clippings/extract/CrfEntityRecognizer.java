package org.clippings.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;
import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's CRF classifier with the CoNLL-2003 4-class distsim model (88 F1 on CoNLL
 * English, against 45-48 for the permissive alternatives measured for issue #3), without the rest
 * of the CoreNLP pipeline. The model is read from the classpath once per JVM, when the first
 * article needs it, and shared by all threads: classification does not mutate the classifier
 * (CoreNLP's own NER annotator shares one instance across its worker threads the same way).
 */
public final class CrfEntityRecognizer implements EntityRecognizer {

  /** Where the build unpacks the one model file Clippings needs from CoreNLP's models jar. */
  public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final class Holder {
    static final CRFClassifier<CoreLabel> CLASSIFIER = load();
  }

  private static CRFClassifier<CoreLabel> load() {
    if (CrfEntityRecognizer.class.getClassLoader().getResource(MODEL) == null) {
      throw new IllegalStateException("the NER model " + MODEL + " is missing from the classpath; rebuild with "
          + "'mvn package', which unpacks it from CoreNLP's models jar");
    }
    // CoreNLP logs through its own Redwood logger to stderr; the build reports its own progress
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    // CoNLL's training text keeps hyphenated words whole; splitting them ("Lee Min-jung", "al-Mansouri")
    // breaks names in two, so tokenise as the model was trained
    var props = new java.util.Properties();
    props.setProperty("tokenizerOptions", "splitHyphenated=false,invertible=true");
    try {
      return CRFClassifier.getClassifier(MODEL, props);
    } catch (java.io.IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot load the NER model " + MODEL + ": " + e, e);
    }
  }

  /** Loads the model now rather than on the first article; returns the milliseconds it took (0 if loaded). */
  public static long preload() {
    long t = System.nanoTime();
    Holder.CLASSIFIER.getClass();
    return (System.nanoTime() - t) / 1_000_000;
  }

  /** Tokens the model has labelled in this JVM, for throughput figures (tokens/s). */
  private static final java.util.concurrent.atomic.LongAdder TOKENS = new java.util.concurrent.atomic.LongAdder();

  public static long tokensClassified() {
    return TOKENS.sum();
  }

  @Override
  public List<EntitySpan> find(String text) {
    if (text.isBlank()) return List.of();
    List<Triple<String, Integer, Integer>> found = Holder.CLASSIFIER.classifyToCharacterOffsets(text);
    TOKENS.add(approximateTokens(text));
    var out = new ArrayList<EntitySpan>(found.size());
    for (Triple<String, Integer, Integer> t : found) {
      out.add(new EntitySpan(t.first(), t.second(), t.third()));
    }
    return out;
  }

  /** Words (with inner hyphens, apostrophes and points) and punctuation marks, as the PTB tokenizer counts them. */
  public static int approximateTokens(String text) {
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        while (i < len && (Character.isLetterOrDigit(text.charAt(i))
            || ("-'\u2019.".indexOf(text.charAt(i)) >= 0 && i + 1 < len && Character.isLetterOrDigit(text.charAt(i + 1))))) {
          i++;
        }
        n++;
      } else {
        i++;
        n++;
      }
    }
    return n;
  }
}
