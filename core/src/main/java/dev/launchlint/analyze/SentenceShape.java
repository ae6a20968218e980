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

  /**
   * Whether the word at {@code [start, end)} of {@code text} is part of a name ("the Zero-Copay
   * List", "our Zero Trust model"): capitalised, and joined by a hyphen to a capitalised word, or
   * standing after the sentence's first word and before another capitalised word. An absolute in a
   * name promises nothing.
   */
  public static boolean partOfName(String text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1))) {
      return true;
    }
    boolean opening = true;
    for (int i = 0; i < start && opening; i++) {
      opening = !Character.isLetter(text.charAt(i));
    }
    return !opening && NEXT_CAPITAL.matcher(text).region(end, text.length()).lookingAt();
  }

  private static final java.util.regex.Pattern NEXT_CAPITAL = java.util.regex.Pattern.compile("\\s+\\p{Lu}");

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
    // someone's words that ask ("\u201cWhere is this function defined?\u201d, \u201cIs it ...?\u201d")
    return words.get(words.size() - 1).endsWith("?")
        || QUESTION_OPENERS.contains(lower(0)) && words.get(words.size() - 1).contains("?")
        || quoted() && words.stream().anyMatch(w -> w.startsWith("?"));
  }

  /**
   * Whether the main clause tells the reader what to do: it opens with a verb in its plain form
   * ("Quote single-floor routes only"), after an opening clause if there is one ("If the buyer
   * pushes for more margin, offer ..."). Participles and gerunds ("Built for teams", "Using X")
   * describe, they do not instruct.
   */
  public boolean instruction() {
    int main = mainClause();
    // "Ready-made plugins ...": part of a compound word is no verb
    return main >= 0 && main < words.size() && tags.get(main).equals("VERB") && plainForm(words.get(main))
        && words.get(main).chars().allMatch(Character::isLetter) && !question();
  }

  /**
   * Whether the sentence is someone's words: it opens with a quotation mark, after a label if any
   * ("Q: \u201cWe already have ...\u201d"), or with the asker's label "Q:".
   */
  public boolean quoted() {
    int first = firstWord();
    if (first < 0) {
      return false;
    }
    if (lower(first).equals("q") && first + 1 < words.size() && words.get(first + 1).equals(":")) {
      return true;
    }
    for (int i = 0; i < first; i++) {
      if (OPENING_QUOTES.indexOf(words.get(i).charAt(0)) >= 0) {
        return true;
      }
    }
    return OPENING_QUOTES.indexOf(words.get(first).charAt(0)) >= 0 || closesQuotation();
  }

  /**
   * Whether the sentence ends a quotation opened before it: the last of someone's sentences
   * ("... so a renamed field fails the build instead of breaking the live site.\u201d").
   */
  private boolean closesQuotation() {
    String all = String.join(" ", words).strip();
    if (all.isEmpty()) {
      return false;
    }
    char last = all.charAt(all.length() - 1);
    long straight = all.chars().filter(ch -> ch == '"').count();
    return last == '"' && straight % 2 == 1 || last == '\u201d' && all.indexOf('\u201c') < 0;
  }

  private static final String OPENING_QUOTES = "\"\u201c\u2018'";

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

  /**
   * Whether some word outside brackets is a verb or an auxiliary: a sentence, not a label or a table
   * row. A form field's hint ("Approval Notes (provide a brief summary)") does not make it one.
   */
  public boolean hasVerb() {
    int depth = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("(") || w.equals("[")) {
        depth++;
      } else if ((w.equals(")") || w.equals("]")) && depth > 0) {
        depth--;
      } else if (depth == 0 && (tags.get(i).equals("VERB") || tags.get(i).equals("AUX"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words before the first verb or auxiliary of the main clause (its subject), lower case; empty
   * when the clause ends first (a comma, "so", "which") and no verb was seen: the tagger missed it,
   * and the words are not a subject one can trust.
   */
  public List<String> subject() {
    int verb = mainVerb();
    if (verb < 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = mainClauseStart(); i < verb; i++) {
      if (Text.hasWordChar(words.get(i))) {
        out.add(lower(i));
      }
    }
    return out;
  }

  /**
   * The head of the subject: its last word before a preposition ("companies" in "companies with
   * LDAP", "client" in "the client"), or empty.
   */
  public String subjectHead() {
    int verb = mainVerb();
    String head = "";
    for (int i = mainClauseStart(); i >= 0 && i < verb; i++) {
      if (tags.get(i).equals("ADP") || tags.get(i).equals("SCONJ") && i > mainClauseStart()) {
        break;
      }
      if (Text.hasWordChar(words.get(i)) && !tags.get(i).equals("ADV") && !tags.get(i).equals("DET")) {
        head = lower(i);
      }
    }
    return head;
  }

  /** The main clause's first verb or auxiliary ("can", "pull", "have"), lower case, or empty. */
  public String verb() {
    int verb = mainVerb();
    return verb < 0 ? "" : lower(verb);
  }

  /** The index of the main clause's first verb, or -1 when the clause ends without one. */
  private int mainVerb() {
    int start = mainClauseStart();
    for (int i = start; i < words.size(); i++) {
      if (verbal(i)) {
        return i;
      }
      if (i > start && CLAUSE_ENDS.contains(lower(i))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether word {@code i} is glued to a hyphen: part of a compound ("go-live", "ready-made"). */
  private boolean compound(int i) {
    int end = starts.get(i) + words.get(i).length();
    boolean before = i > 0 && words.get(i - 1).endsWith("-") && starts.get(i - 1) + words.get(i - 1).length() == starts.get(i);
    boolean after = i + 1 < words.size() && words.get(i + 1).startsWith("-") && starts.get(i + 1) == end;
    return before || after || words.get(i).endsWith("-");
  }

  /** Words that end a clause: a subject does not run past them. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", "(", "\u2014", "\u2013", "so", "which", "that",
      "who", "because");

  /**
   * Whether word {@code i} is a verb: tagged so, or a third-person form the tagger took for a plural
   * noun right after a name ("Granite Ledger 4 connects to", "Ring 2 detects early signs").
   */
  private boolean verbal(int i) {
    String t = tags.get(i);
    if (t.equals("VERB") || t.equals("AUX")) {
      return !compound(i);
    }
    String w = words.get(i);
    if (!t.equals("NOUN") || i == 0 || i + 1 >= words.size() || !w.equals(lower(i))
        || !w.endsWith("s") || w.endsWith("ss") || w.length() < 4) {
      return false;
    }
    String before = tags.get(i - 1);
    String after = tags.get(i + 1);
    return (before.equals("NUM") || before.equals("PROPN"))
        && (after.equals("ADP") || after.equals("PART") || after.equals("DET") || after.equals("ADJ")
            || after.equals("PRON"));
  }

  /**
   * Whether the words of {@code phrase}, found in this sentence, form a noun phrase: nouns,
   * proper nouns, adjectives, numbers and hyphens only, ending in a noun ("air-quality sensor",
   * "virtual account numbers"), not a verb or an adverb ("already have", "goes rogue").
   */
  public boolean nounPhrase(String phrase) {
    int[] at = find(phrase);
    return at != null && nominal(at[0], at[1]);
  }

  /**
   * The first and last token of the first place where the words of {@code phrase} stand side by
   * side, or null.
   */
  private int[] find(String phrase) {
    List<String> want = new ArrayList<>();
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s]+")) {
      if (!w.isBlank()) {
        want.add(w);
      }
    }
    if (want.isEmpty()) {
      return null;
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
        return new int[] {i, last};
      }
    }
    return null;
  }

  /** Words that open a clause giving a reason or a concession for what the sentence says. */
  private static final Set<String> REASONS = Set.of("because", "since", "although", "though", "whereas");

  /**
   * Whether {@code phrase} stands only in a clause that gives a reason or a concession ("...cost
   * more because you get more, particularly on self-hosted"; "Although X ..., Y"), not in the main
   * clause: there it is what the sentence argues from, not what it says.
   */
  public boolean inReason(String phrase) {
    int[] at = find(phrase);
    if (at == null) {
      return false;
    }
    int main = mainClauseStart();
    if (at[0] < main) {
      int first = firstWord();
      return first >= 0 && REASONS.contains(lower(first));
    }
    for (int i = main; i < at[0]; i++) {
      if (REASONS.contains(lower(i)) && !tags.get(i).equals("NOUN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@code pronoun} does wherever it is a subject in the sentence: the first verb after it and
   * its auxiliaries, lower case ("need" in "a thing we will need to get good at", "building" in
   * "We are building a BDR function").
   */
  public List<String> actsOf(String pronoun) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!lower(i).equals(pronoun) || !tags.get(i).equals("PRON")) {
        continue;
      }
      int k = i + 1;
      while (k < words.size() && (tags.get(k).equals("AUX") || tags.get(k).equals("ADV") || tags.get(k).equals("PART"))) {
        k++;
      }
      if (k < words.size() && tags.get(k).equals("VERB")) {
        out.add(lower(k));
      }
    }
    return out;
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
    // "Instant payments: Granite Ledger 4 connects ...", "Every week, we pull ...": a short verbless
    // label or time before a colon or a comma
    for (int i = first + 1; i < Math.min(words.size() - 1, first + 5); i++) {
      if (tags.get(i - 1).equals("VERB") || tags.get(i - 1).equals("AUX")) {
        break;
      }
      if (words.get(i).equals(":") || words.get(i).equals(",") && i <= first + 3
          && !SUBORDINATORS.contains(lower(first)) && !tags.get(first).equals("SCONJ")) {
        first = i + 1;
        break;
      }
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
