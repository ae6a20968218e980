package dev.launchlint.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * What kind of sentence a text is, read from its OpenNLP tokens and UD part-of-speech tags: a
 * question, an instruction to the reader ("Tell them ...", "If the buyer pushes, offer ..."), a
 * past-tense account (a customer story), or a statement; and whether a phrase of it is a noun
 * phrase. The detectors use it to tell what a sentence asserts about the offering from rhetoric,
 * coaching and stories that only share its words.
 *
 * @param words the tokens, in order
 * @param tags their UD tags ({@code NOUN}, {@code PROPN}, {@code VERB}, {@code AUX}, ...)
 * @param starts each token's start offset in the sentence
 *
 * <p>Thread-safe: {@link #of} uses the shared models' per-thread taggers.
 */
public record SentenceShape(List<String> words, List<String> tags, List<Integer> starts) {

  /** Words that open a subordinate clause: what follows up to its comma is not the main clause. */
  private static final Set<String> SUBORDINATORS = Set.of("if", "when", "whenever", "once", "until", "unless",
      "before", "after", "while", "where", "since", "because", "as", "for", "on", "in", "with", "during");
  /** Past forms of "be", "have" and "do": a sentence led by one tells what happened. */
  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
  private static final Set<String> QUESTION_OPENERS = Set.of("what", "why", "how", "who", "which", "when",
      "where", "do", "does", "did", "is", "are", "can", "could", "would", "will", "should", "have", "has");

  public SentenceShape {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    starts = List.copyOf(starts);
    if (words.size() != tags.size() || words.size() != starts.size()) {
      throw new IllegalArgumentException("words, tags and starts differ in length: " + words.size() + ", "
          + tags.size() + ", " + starts.size());
    }
  }

  /** The shape of one sentence (or verbless bullet). */
  public static SentenceShape of(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    NlpModels nlp = NlpModels.shared();
    Span[] spans = nlp.tokens(sentence);
    String[] words = new String[spans.length];
    List<Integer> starts = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
      starts.add(spans[i].getStart());
    }
    String[] tags = words.length == 0 ? new String[0] : nlp.tags(words);
    return new SentenceShape(List.of(words), List.of(tags), starts);
  }

  /** Whether the sentence asks ("Does your bill go up every time ...?"). */
  public boolean question() {
    int last = lastWord();
    if (last < 0) {
      return false;
    }
    if (last + 1 < words.size() && words.get(last + 1).startsWith("?")) {
      return true;
    }
    return words.get(words.size() - 1).endsWith("?")
        || QUESTION_OPENERS.contains(lower(0)) && words.get(words.size() - 1).contains("?");
  }

  /**
   * Whether the main clause tells the reader what to do: it opens with a verb in its plain form
   * ("Quote single-floor routes only"), after an opening clause if there is one ("If the buyer
   * pushes for more margin, offer ..."). Participles and gerunds ("Built for teams", "Using X")
   * describe, they do not instruct.
   */
  public boolean instruction() {
    int main = mainClause();
    return main >= 0 && main < words.size() && tags.get(main).equals("VERB") && plainForm(words.get(main))
        && !question();
  }

  /** Whether the sentence tells what happened: its first verb is in the past ("The team was ..."). */
  public boolean past() {
    for (int i = 0; i < words.size(); i++) {
      String t = tags.get(i);
      if (t.equals("AUX") || t.equals("VERB")) {
        String w = lower(i);
        if (PAST_AUX.contains(w)) {
          return true;
        }
        // a participle after "is", "has" or "be" is no past
        boolean auxBefore = i > 0 && tags.get(i - 1).equals("AUX");
        return t.equals("VERB") && !auxBefore && w.endsWith("ed") && i > 0 && !lower(i - 1).equals("to");
      }
    }
    return false;
  }

  /** Whether some word is a verb or an auxiliary: a sentence, not a label or a table row. */
  public boolean hasVerb() {
    return tags.contains("VERB") || tags.contains("AUX");
  }

  /** The words before the first verb or auxiliary of the main clause (its subject), lower case. */
  public List<String> subject() {
    int from = mainClauseStart();
    List<String> out = new ArrayList<>();
    for (int i = from; i < words.size(); i++) {
      if (tags.get(i).equals("VERB") || tags.get(i).equals("AUX")) {
        break;
      }
      if (Text.hasWordChar(words.get(i))) {
        out.add(lower(i));
      }
    }
    return out;
  }

  /**
   * Whether the words of {@code phrase}, found in this sentence, form a noun phrase: nouns,
   * proper nouns, adjectives, numbers and hyphens only, ending in a noun ("air-quality sensor",
   * "virtual account numbers"), not a verb or an adverb ("already have", "goes rogue").
   */
  public boolean nounPhrase(String phrase) {
    List<String> want = new ArrayList<>();
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s]+")) {
      if (!w.isBlank()) {
        want.add(w);
      }
    }
    if (want.isEmpty()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      int k = i;
      int matched = 0;
      StringBuilder acc = new StringBuilder();
      int last = -1;
      // tokens may split a word ("air-quality" as three tokens): glue tokens until each word matches
      while (k < words.size() && matched < want.size()) {
        acc.append(lower(k));
        String w = want.get(matched);
        if (acc.toString().equals(w)) {
          matched++;
          acc.setLength(0);
          last = k;
        } else if (!w.startsWith(acc.toString())) {
          break;
        }
        k++;
      }
      if (matched == want.size()) {
        return nominal(i, last);
      }
    }
    return false;
  }

  /**
   * Whether the whole text reads as a name: nouns, proper nouns, adjectives, numbers and verb forms
   * used as names ("Test Sharding", "Spend Insights"), with at least one noun; no determiner,
   * pronoun, conjunction, preposition, auxiliary or adverb ("Battery and charging", "Coming next",
   * "Checkout shows the promised arrival time").
   */
  public boolean nameLike() {
    boolean noun = false;
    for (int i = 0; i < words.size(); i++) {
      switch (tags.get(i)) {
        case "NOUN", "PROPN" -> noun = true;
        case "ADJ", "NUM", "VERB", "PUNCT", "SYM", "X" -> { }
        default -> {
          return false;
        }
      }
    }
    return noun;
  }

  private boolean nominal(int from, int to) {
    boolean noun = false;
    for (int i = from; i <= to; i++) {
      String t = tags.get(i);
      switch (t) {
        case "NOUN", "PROPN" -> noun = true;
        case "ADJ", "NUM", "PUNCT", "SYM", "X" -> noun = noun && t.equals("PUNCT");
        default -> {
          return false;
        }
      }
    }
    String head = tags.get(to);
    return noun && (head.equals("NOUN") || head.equals("PROPN"));
  }

  /** The first token of the main clause: after a leading subordinate clause and its comma. */
  private int mainClauseStart() {
    int first = firstWord();
    if (first < 0) {
      return 0;
    }
    if (SUBORDINATORS.contains(lower(first)) || tags.get(first).equals("SCONJ")) {
      for (int i = first + 1; i < words.size(); i++) {
        if (words.get(i).equals(",")) {
          return i + 1;
        }
      }
    }
    return first;
  }

  private int mainClause() {
    int i = mainClauseStart();
    while (i < words.size() && !Text.hasWordChar(words.get(i))) {
      i++;
    }
    // "Then quote ...", "Always lead with ...": an adverb before the verb
    if (i + 1 < words.size() && tags.get(i).equals("ADV")) {
      i++;
    }
    return i;
  }

  private int firstWord() {
    for (int i = 0; i < words.size(); i++) {
      if (Text.hasWordChar(words.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private int lastWord() {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (Text.hasWordChar(words.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private String lower(int i) {
    return words.get(i).toLowerCase(Locale.ROOT);
  }

  /** A verb's plain form: not a participle, gerund or third-person form. */
  private static boolean plainForm(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return !(w.endsWith("ing") || w.endsWith("ed") || w.endsWith("en") && w.length() > 4
        || w.endsWith("s") && !w.endsWith("ss") || w.equals("built") || w.equals("made") || w.equals("designed"));
  }
}
