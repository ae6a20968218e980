package dev.launchlint.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysis chain of claim text: standard tokens, lower case, the launch vocabulary reduced to
 * one token per concept ({@code launch-synonyms.txt}: uptime/availability/SLA, price/cost, ...),
 * English stop words removed, Porter stems. Synonyms run before stop words so that phrases such as
 * "time to value" or "set up" still match. The canonical synonym tokens are protected from
 * stemming so that they stay readable in summaries.
 *
 * <p>Thread-safe: one shared instance; Lucene's reuse strategy gives each thread its own
 * components.
 */
final class LaunchAnalyzer extends Analyzer {

  static final LaunchAnalyzer SHARED = new LaunchAnalyzer();

  private static final String SYNONYMS = "launch-synonyms.txt";

  private final SynonymMap synonyms;
  private final CharArraySet canonical;
  private final boolean flatten;
  /**
   * The same chain for {@link #tokens} and {@link #surfacedTokens}, which read terms and offsets
   * only, without the flattening: every rule reduces to one token, so the graph is a single path
   * whose terms and offsets the flattening leaves as they are, and it cost a third of the analysis.
   * Only the index, which records positions, needs it.
   */
  private final LaunchAnalyzer terms;

  private LaunchAnalyzer() {
    this.synonyms = loadSynonyms();
    this.canonical = canonicalTokens();
    this.flatten = true;
    this.terms = new LaunchAnalyzer(synonyms, canonical);
  }

  private LaunchAnalyzer(SynonymMap synonyms, CharArraySet canonical) {
    this.synonyms = synonyms;
    this.canonical = canonical;
    this.flatten = false;
    this.terms = this;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new EnglishPossessiveFilter(stream);
    stream = new SynonymGraphFilter(stream, synonyms, true);
    if (flatten) {
      // Index-time graphs must be flattened; reductions to one token keep the flattening lossless.
      stream = new FlattenGraphFilter(stream);
    }
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new SetKeywordMarkerFilter(stream, canonical);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** The analysed tokens of {@code text}, in order (duplicates kept). */
  List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = terms.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory text cannot fail", e);
    }
    return out;
  }

  /** An analysed token and the text it came from. */
  record Token(String term, String surface) {}

  /**
   * The analysed tokens of {@code text} with their surface: the canonical word for a launch
   * synonym (it is readable), else the original word, lower-cased.
   */
  List<Token> surfacedTokens(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = terms.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        String surface = keyword.isKeyword() || offset.endOffset() > text.length() ? t
            : text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
        out.add(new Token(t, surface));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory text cannot fail", e);
    }
    return out;
  }

  private static SynonymMap loadSynonyms() {
    // Rules are parsed with the chain's own front (tokens, lower case) so that they match it.
    Analyzer ruleAnalyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
    try (InputStream in = LaunchAnalyzer.class.getResourceAsStream(SYNONYMS);
        Reader reader = new InputStreamReader(requireResource(in), StandardCharsets.UTF_8);
        ruleAnalyzer) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
      parser.parse(reader);
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("cannot load " + SYNONYMS + ": " + e.getMessage(), e);
    }
  }

  private static InputStream requireResource(InputStream in) {
    if (in == null) {
      throw new IllegalStateException(SYNONYMS + " is missing from the classpath");
    }
    return in;
  }

  private static CharArraySet canonicalTokens() {
    CharArraySet set = new CharArraySet(64, false);
    try (InputStream in = LaunchAnalyzer.class.getResourceAsStream(SYNONYMS)) {
      String rules = new String(requireResource(in).readAllBytes(), StandardCharsets.UTF_8);
      for (String line : rules.split("\n")) {
        int arrow = line.indexOf("=>");
        if (!line.startsWith("#") && arrow >= 0) {
          for (String t : line.substring(arrow + 2).split(",")) {
            set.add(t.strip());
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot load " + SYNONYMS, e);
    }
    return set;
  }
}
