package dev.launchlint.compare;

import dev.launchlint.analyze.Quantity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a quantity measures, read from the words it governs: "10 minutes of charging" measures
 * charging, "8 hours of listening" listening, "an 8-week demand forecast" a forecast, "99.99%
 * uptime" uptime. Two quantities that each name what they measure, and name different things, do
 * not contradict each other whatever their values. A quantity whose sentence says nothing that
 * clear has no qualifier and stays comparable with any other. Stateless.
 */
final class Qualifiers {

  /** Words that end the governed phrase: they start a new phrase or only modify the number. */
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "per", "for", "with", "without", "in", "on", "at", "by",
      "to", "from", "into", "than", "as", "is", "are", "was", "be", "it", "that", "which", "who", "so", "if",
      "your", "our", "their", "its", "my", "this", "these", "each", "every", "all", "any", "more", "less",
      "up", "about", "around", "over", "under", "after", "before", "when", "while", "gives", "give", "buys",
      "monthly", "yearly", "annual", "annually", "daily", "weekly", "average", "total", "typical", "guaranteed",
      "included", "including", "ahead", "early", "later", "earlier", "faster", "slower", "longer", "shorter",
      "fewer", "free");

  /** "0.3% per completed order": a rate names what it is taken of. */
  private static final Pattern PER = Pattern.compile("^\\s*(?:per|of each|on each|on every)\\s+");
  /**
   * A share said as a reduction, however worded: "save 20%", "discounted by 20%", "cut costs by up
   * to 18%", "15% off", "40% lower cost", "25% savings". What it measures is a saving.
   */
  private static final Pattern REDUCTION_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:sav(?:e|es|ed|ing|ings))\\s+(?:you\\s+)?(?:up to\\s+|about\\s+|around\\s+|over\\s+|nearly\\s+|almost\\s+)?"
          + "|\\b(?:sav\\w*|cut\\w*|reduc\\w*|lower\\w*|discount\\w*|slash\\w*|trim\\w*)\\b(?:\\s+[^\\s.;:]+){0,6}?\\s+by\\s+"
          + "(?:up to\\s+|about\\s+|around\\s+|over\\s+|nearly\\s+|almost\\s+|as much as\\s+)?)$");
  private static final Pattern REDUCTION_AFTER = Pattern.compile(
      "(?i)^\\s*(?:off|discount|savings?|cheaper|less|lower|reduction)\\b");
  static final Set<String> SAVING = Set.of("saving");

  /** "N unit of X": the measured thing follows "of". */
  private static final Pattern OF = Pattern.compile("^\\s*of\\s+(?:the\\s+|a\\s+|an\\s+|your\\s+|our\\s+)?");
  /** "an 8-week forecast", "a 14-day trial": the number is an adjective of the thing it measures. */
  private static final Pattern HYPHENATED = Pattern.compile("\\d-\\p{L}+$");
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:|]\\s|,\\s|\\s(?:or|but|while)\\s");
  private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}][\\p{L}-]*)");

  /** "per calendar month" is the period of a figure, not the thing it is a rate of. */
  private static final Set<String> PERIODS = Set.copyOf(LaunchAnalyzer.SHARED.tokens(
      "calendar month year day week quarter hour minute second annum billing"));

  private Qualifiers() {}

  /** The stems of what {@code q} measures in {@code text}, empty when the text does not say. */
  static Set<String> of(String text, Quantity q) {
    int at = text.indexOf(q.text());
    if (at < 0) {
      return Set.of();
    }
    String after = text.substring(at + q.text().length());
    if ("percent".equals(q.dimension()) && (REDUCTION_AFTER.matcher(after).find()
        || REDUCTION_BEFORE.matcher(text.substring(Math.max(0, at - 80), at)).find())) {
      return SAVING;
    }
    Matcher per = PER.matcher(after);
    if ("percent".equals(q.dimension()) && per.find()) {
      Set<String> of = words(after, per.end());
      return of.stream().anyMatch(PERIODS::contains) ? Set.of() : of;
    }
    Matcher of = OF.matcher(after);
    if (of.find()) {
      return words(after, of.end());
    }
    boolean adjective = HYPHENATED.matcher(q.text()).find()
        || "percent".equals(q.dimension());
    return adjective ? words(after, 0) : Set.of();
  }

  /**
   * The stems of the clause {@code q} stands in, its figures and their units left out: in "lifts
   * 450 kg on its deck, or tows cart trains up to 1,000 kg" the first figure is of the lift and the
   * deck, the second of towing carts. Parentheses do not end a clause ("400 kg (882 lb) on the lift
   * deck").
   */
  static Set<String> clause(String text, Quantity q, List<Quantity> all) {
    int at = text.indexOf(q.text());
    if (at < 0) {
      return Set.of();
    }
    String words = Clauses.around(text, at, at + q.text().length(), CLAUSE_END);
    for (Quantity other : all) {
      words = words.replace(other.text(), " ");
    }
    Set<String> known = CLAUSES.get(words);
    if (known != null) {
      return known;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String t : LaunchAnalyzer.SHARED.tokens(words)) {
      if (t.length() > 2 && !PERIODS.contains(t) && Character.isLetter(t.charAt(0))) {
        out.add(t.intern());
      }
    }
    Set<String> read = Set.copyOf(out);
    if (CLAUSES.size() >= CLAUSES_LIMIT) {
      CLAUSES.clear();
    }
    CLAUSES.put(words, read);
    return read;
  }

  /**
   * Clauses read so far: a large kit repeats its sentences, and every figure of a claim is read
   * once per audit but kept for the whole comparison, so one set serves every copy. Bounded.
   */
  private static final Map<String, Set<String>> CLAUSES = new ConcurrentHashMap<>();
  private static final int CLAUSES_LIMIT = 50_000;

  /** Whether two quantities may measure the same thing: either leaves it open, or they share a word. */
  static boolean same(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** Up to two content words from {@code from}, stopping at the first function word or punctuation. */
  private static Set<String> words(String s, int from) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(s);
    m.region(from, s.length());
    while (out.size() < 2 && m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      if (STOP.contains(w)) {
        break;
      }
      out.add(term(w));
    }
    return out;
  }

  /**
   * The word as the claim index analyses it ({@link LaunchAnalyzer}): one token per launch concept
   * (uptime, availability and SLA meet), else its Porter stem ("charge" and "charging" meet).
   */
  private static String term(String word) {
    List<String> t = LaunchAnalyzer.SHARED.tokens(word);
    return t.isEmpty() ? word : t.get(0);
  }
}
