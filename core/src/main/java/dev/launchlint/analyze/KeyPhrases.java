package dev.launchlint.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Finds key phrases in a tagged sentence and normalises them into comparable keys.
 *
 * <p>Candidates come from part-of-speech patterns: noun groups (adjectives and nouns ending in a
 * noun, "real-time insights", "code search") and benefit phrases (a benefit verb with its object
 * or adverb, "reduce churn", "ship faster"). Each is normalised by one Lucene analyzer built once
 * for the process: standard tokenization, lower case, possessives and English stop words removed,
 * then Krovetz stemming, which (unlike Porter) leaves real words ("insights" becomes "insight",
 * "faster" stays), so a key can be shown to a user as it is. Thread-safe: Lucene's analyzers reuse
 * their token streams per thread.
 */
final class KeyPhrases {

  private static final Analyzer NORMALISER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(source);
      stream = new EnglishPossessiveFilter(stream);
      stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      stream = new KStemFilter(stream);
      return new TokenStreamComponents(source, stream);
    }
  };

  /** Adjectives that open many noun groups without saying anything about the offering. */
  private static final Set<String> WEAK_MODIFIERS = Set.of("other", "new", "many", "more", "most", "such", "same", "own",
      "different", "various", "several", "few", "certain", "specific", "additional", "able", "main", "much", "good",
      "great", "first", "last", "next", "key", "overall", "possible", "current", "whole", "entire");
  private static final int MAX_WORDS = 4;
  /** Nouns that alone say nothing about an offering's value: units, time words, filler. */
  private static final Set<String> GENERIC = Set.of("time", "end", "front", "figure", "month", "minute", "minutes", "hour",
      "day", "week", "year", "way", "thing", "lot", "part", "number", "kind", "type", "set", "today", "people", "example",
      "case", "place", "point", "use", "need", "start", "afternoon", "morning", "page", "section", "note", "question",
      "answer", "information", "info", "detail", "details", "step", "item", "list", "link", "version", "etc", "one");

  private KeyPhrases() {}

  /** The normalised key phrases of a sentence, in order, repeats kept (they are counts). */
  static List<String> of(String s, List<Token> tokens) {
    List<String> phrases = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      // the tagger often reads "ship" in "teams ship faster" as a noun; a benefit word before an adverb is a verb
      if (next != null && isManner(next) && !t.tag().equals("VERB")
          && isBenefitWord(t)) {
        add(phrases, s, tokens, i, i + 2, true);
      }
      if (t.tag().equals("VERB") && isBenefitWord(t)) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).tag().equals("DET")) {
          j++;
        }
        int end = groupEnd(tokens, j);
        if (end > j) {
          add(phrases, s, tokens, i, Math.min(end, j + MAX_WORDS - 1), true);
        } else if (j < tokens.size() && isManner(tokens.get(j))) {
          add(phrases, s, tokens, i, j + 1, true);
        }
      }
      if (t.tag().equals("ADJ") || t.isNoun()) {
        int end = groupEnd(tokens, i);
        if (end > i) {
          int start = i;
          while (start < end - 1 && tokens.get(start).tag().equals("ADJ")
              && WEAK_MODIFIERS.contains(Text.lower(tokens.get(start).text()))) {
            start++;
          }
          add(phrases, s, tokens, Math.max(start, end - MAX_WORDS), end, false);
          i = end;
          continue;
        }
      }
      i++;
    }
    return phrases;
  }

  /** End (exclusive) of a noun group starting at {@code from}: adjectives and nouns that end in a noun. */
  private static int groupEnd(List<Token> tokens, int from) {
    int lastNoun = from;
    for (int j = from; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      boolean hyphen = t.text().equals("-") && j > from && j + 1 < tokens.size();
      if (t.isNoun() && Character.isLetter(t.text().charAt(0))) {
        lastNoun = j + 1;
      } else if (!(t.tag().equals("ADJ") || hyphen)) {
        break;
      }
    }
    return lastNoun;
  }

  /** "faster", "easily": how a benefit verb pays off (the tagger calls comparatives adjectives). */
  private static boolean isManner(Token t) {
    String w = Text.lower(t.text());
    return w.length() > 3 && (t.tag().equals("ADV") || t.tag().equals("ADJ") && (w.endsWith("er") || w.endsWith("ly")));
  }

  private static boolean isBenefitWord(Token t) {
    String w = Text.lower(t.text());
    for (String form : new String[] {w, stripSuffix(w)}) {
      if (Lexicon.shared().benefitVerbs.find(form).stream().anyMatch(h -> h.start() == 0 && h.end() == form.length())) {
        return true;
      }
    }
    return false;
  }

  private static String stripSuffix(String w) {
    if (w.endsWith("ing") && w.length() > 5) {
      String stem = w.substring(0, w.length() - 3);
      return Lexicon.shared().benefitVerbs.anyIn(stem) ? stem : stem + "e";
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("es") && (w.endsWith("ses") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ed")) {
      String stem = w.substring(0, w.length() - 1);
      return Lexicon.shared().benefitVerbs.anyIn(stem) ? stem : w.substring(0, w.length() - 2);
    }
    return w;
  }

  private static void add(List<String> out, String s, List<Token> tokens, int from, int to, boolean benefit) {
    if (to <= from) {
      return;
    }
    String key = normalise(s.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
    if (key.isEmpty() || key.chars().allMatch(c -> Character.isDigit(c) || c == ' ')) {
      return;
    }
    if (benefit ? key.indexOf(' ') < 0 : key.length() < 3 || GENERIC.contains(key)) {
      return;
    }
    out.add(key);
  }

  /** The Lucene-normalised key of a phrase: analysed tokens joined by single spaces. */
  static String normalise(String phrase) {
    StringBuilder key = new StringBuilder();
    try (TokenStream ts = NORMALISER.tokenStream("phrase", phrase)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (key.length() > 0) {
          key.append(' ');
        }
        key.append(term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return key.toString();
  }
}
