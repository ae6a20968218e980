package dev.launchlint.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * The English OpenNLP models (Universal Dependencies EWT, from the {@code opennlp-models-*-en}
 * jars of Maven Central), loaded once per process from the classpath.
 *
 * <p>Thread-safe: the models are immutable and shared; the sentence detector and tokenizer are
 * OpenNLP's {@code ThreadSafe...ME} wrappers, which keep one {@code ...ME} instance per calling
 * thread, and the {@link GreedyTagger} is kept per thread the same way. The
 * language-code constructors of OpenNLP are never used because they download models at run time.
 */
final class NlpModels {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /**
   * Plain words: lower case with at most a leading capital, all capitals, or all digits. Glued
   * words from extraction ("PlansPlan", "residencyAll", "5m0s", "100k") go to the model, which
   * splits them.
   */
  private static final Pattern PLAIN_WORD = Pattern.compile("^(?:[A-Z]?[a-z]+|[A-Z]+|[0-9]+)$");
  /** At most this many remembered splits (words), a few megabytes. */
  private static final int SPLITS_LIMIT = 100_000;

  private static final class Holder {
    static final NlpModels INSTANCE = new NlpModels();
  }

  private final ThreadSafeSentenceDetectorME sentences;
  private final ThreadSafeTokenizerME tokenizer;
  /**
   * How the model splits each word that is not plain ("teams,", "$49/month", "real-time"), relative
   * to the word: the tokenizer decides each whitespace-separated word on its own characters alone,
   * so its answer for a word never changes, and launch copy repeats such words all the time. Bounded
   * by clearing, which only costs a recomputation.
   */
  private final Map<String, Span[]> splits = new ConcurrentHashMap<>();
  private final ThreadLocal<GreedyTagger> tagger;

  private NlpModels() {
    try {
      sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open(SENTENCE_MODEL)));
      tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(open(TOKEN_MODEL)));
      // UD tags (NOUN, PROPN, VERB, AUX, ADJ, NUM...): the model's own tag set, no mapping
      POSModel pos = new POSModel(open(POS_MODEL));
      tagger = ThreadLocal.withInitial(() -> new GreedyTagger(pos));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the English OpenNLP models from the classpath", e);
    }
  }

  static NlpModels shared() {
    return Holder.INSTANCE;
  }

  static InputStream open(String resource) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model " + resource + " is not on the classpath (opennlp-models-*-en 1.3.0 jars)");
    }
    // the model readers consume the stream fully; closing is ours
    try (in) {
      return new java.io.ByteArrayInputStream(in.readAllBytes());
    }
  }

  /**
   * The sentences of a text. The model ends a sentence at some abbreviations that never end one
   * ("We split products (e.g. Data Pipelines unbundled), which ..."), which would leave the second
   * half without its subject: such a sentence is joined to the next.
   */
  Span[] sentences(CharSequence text) {
    Span[] found = sentences.sentPosDetect(text);
    List<Span> out = new ArrayList<>(found.length);
    for (Span s : found) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      Matcher answer = ANSWER.matcher(text.subSequence(s.getStart(), s.getEnd()));
      if (last != null && NEVER_FINAL.matcher(text.subSequence(last.getStart(), last.getEnd())).find()) {
        out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
      } else if (answer.lookingAt()) {
        // the model reads "No." as the abbreviation of "number": "No. ColdTrace T3 measures ..."
        // is an answer, then a sentence of its own
        out.add(new Span(s.getStart(), s.getStart() + answer.end(1)));
        out.add(new Span(s.getStart() + answer.end(), s.getEnd()));
      } else {
        out.add(s);
      }
    }
    return out.size() == found.length && out.equals(List.of(found)) ? found : out.toArray(new Span[0]);
  }

  /** A sentence that opens with a one-word answer, and the capital that starts the next. */
  private static final Pattern ANSWER = Pattern.compile("(No\\.|Yes\\.)\\s+(?=\\p{Lu})");

  /** Abbreviations that introduce what follows: a sentence does not end with them. */
  private static final Pattern NEVER_FINAL = Pattern.compile(
      "(?i)(?:^|[\\s(\\[])(?:e\\.\\s?g|i\\.\\s?e|vs|cf|incl|approx|esp|viz)\\.$");

  /**
   * The tokens of a sentence: OpenNLP's {@code TokenizerME} splits the whitespace-separated words
   * one by one; plain words ({@link #PLAIN_WORD}) are kept whole without asking the model at each of
   * their characters (OpenNLP's alphanumeric optimisation, which the UD model leaves off). On launch
   * copy the model splits such words only by mistake ("Check out" for the product "Checkout", "SD K"),
   * and most words are plain. Other words are split by the model once and remembered.
   */
  Span[] tokens(String sentence) {
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
    List<Span> tokens = new ArrayList<>(words.length + words.length / 4);
    for (Span w : words) {
      if (w.length() < 2) {
        tokens.add(w);
        continue;
      }
      String word = sentence.substring(w.getStart(), w.getEnd());
      if (PLAIN_WORD.matcher(word).matches()) {
        tokens.add(w);
        continue;
      }
      Span[] parts = splits.get(word);
      if (parts == null) {
        parts = tokenizer.tokenizePos(word);
        if (splits.size() >= SPLITS_LIMIT) {
          splits.clear();
        }
        splits.put(word, parts);
      }
      for (Span p : parts) {
        tokens.add(new Span(w.getStart() + p.getStart(), w.getStart() + p.getEnd()));
      }
    }
    return tokens.toArray(new Span[0]);
  }

  String[] tags(String[] tokens) {
    return tagger.get().tag(tokens);
  }
}
