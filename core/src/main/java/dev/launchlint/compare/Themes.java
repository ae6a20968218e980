package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each function leads with: a term vector per function over all its units, in which headings
 * and the opening units of each document weigh more (that is where a team puts its message), and
 * terms are weighted by how specific they are in the kit (unit-level IDF). Also the unit-level
 * vectors that strategy pillars are matched with. Not thread-safe: one per comparison.
 */
final class Themes {

  private static final double HEADING_WEIGHT = 2.5;
  private static final double OPENING_WEIGHT = 1.5;
  private static final int OPENING_UNITS = 5;
  /** Units analysed at once. */
  private static final int CHUNK = 4096;

  private final KitView view;
  private final Map<String, Integer> df = new HashMap<>();
  private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
  private final Map<TextUnit, List<String>> unitTokens = new IdentityHashMap<>();
  private final Map<BusinessFunction, Map<String, Double>> emphasis = new EnumMap<>(BusinessFunction.class);
  private final Map<BusinessFunction, Map<String, Double>> leads = new EnumMap<>(BusinessFunction.class);
  private int unitCount;

  Themes(KitView view) {
    this(view, new UnitTerms.Prepared());
  }

  /**
   * The themes of the kit {@code view} shows; the terms of a unit text {@code prepared} holds are
   * taken from it, the others analysed here.
   */
  Themes(KitView view, UnitTerms.Prepared prepared) {
    this.view = view;
    Map<BusinessFunction, Map<String, Double>> tf = new EnumMap<>(BusinessFunction.class);
    List<TextUnit> all = view.functions().stream().flatMap(f -> view.units(f).stream()).toList();
    List<BusinessFunction> functionOf = view.functions().stream()
        .flatMap(f -> view.units(f).stream().map(u -> f)).toList();
    // The units not prepared are analysed a chunk at a time, so that only one chunk's analyses
    // beyond the prepared ones are held at once.
    view.functions().forEach(f -> tf.put(f, new HashMap<>()));
    int next = 0;
    Iterator<TextUnit> units = all.iterator();
    for (int from = 0; from < all.size(); from += CHUNK) {
      // A kit repeats its units (a tagline, a bullet, a table row): each text is analysed once.
      Map<String, Integer> firstOf = new HashMap<>();
      List<String> texts = new ArrayList<>();
      int[] textOf = new int[Math.min(CHUNK, all.size() - from)];
      for (int i = 0; i < textOf.length; i++) {
        String text = all.get(from + i).text();
        textOf[i] = firstOf.computeIfAbsent(text, k -> {
          texts.add(k);
          return texts.size() - 1;
        });
      }
      // Per distinct text its informative terms, which its units share.
      List<UnitTerms> read = Spread.indices(texts.size())
          .mapToObj(i -> {
            UnitTerms ready = prepared.get(texts.get(i));
            return ready != null ? ready : UnitTerms.of(texts.get(i), prepared.canonical());
          })
          .toList();
      for (int n = 0; n < textOf.length; n++) {
        TextUnit u = units.next();
        BusinessFunction f = functionOf.get(next++);
        Map<String, Double> counts = tf.get(f);
        UnitTerms ofText = read.get(textOf[n]);
        List<String> toks = ofText.terms();
        for (int k = 0; k < toks.size(); k++) {
          surfaces.computeIfAbsent(toks.get(k), x -> new HashMap<>()).merge(ofText.surfaces()[k], 1, Integer::sum);
        }
        unitTokens.put(u, toks);
        unitCount++;
        new LinkedHashSet<>(toks).forEach(t -> df.merge(t, 1, Integer::sum));
        double w = u.kind() == UnitKind.HEADING ? HEADING_WEIGHT : u.index() < OPENING_UNITS ? OPENING_WEIGHT : 1.0;
        for (String t : toks) {
          counts.merge(t, w, Double::sum);
        }
      }
    }
    for (BusinessFunction f : view.functions()) {
      List<String> opening = new ArrayList<>();
      for (TextUnit u : view.units(f)) {
        if (u.kind() == UnitKind.HEADING || u.index() < OPENING_UNITS) {
          opening.addAll(unitTokens.get(u));
        }
      }
      leads.put(f, opening.isEmpty() ? Map.of() : vector(opening));
    }
    tf.forEach((f, counts) -> {
      Map<String, Double> v = new HashMap<>();
      counts.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * idf(t)));
      emphasis.put(f, v);
    });
  }

  private double idf(String t) {
    return Math.log(1.0 + (unitCount + 1.0) / (df.getOrDefault(t, 0) + 1.0));
  }

  /**
   * Words that say what kind of document this is or address the reader, not what is offered
   * ("pillar", "persona", "prospect", "agenda", "you"): every brief, deck or landing page has
   * them, so they must not decide what a function leads with. Compared as analysed (stemmed).
   */
  private static final Set<String> GENRE = Set.copyOf(LaunchAnalyzer.SHARED.tokens(String.join(" ",
      "you your yours our ours we us they them their what which who how why when where about can will "
          + "would should could may might must also just more most very much many any every each other "
          + "another here there this that these those then than like get got make makes made use used using "
          + "one two three first second third new now today today's",
      "positioning position pillar pillars persona personas framework brief voice messaging message messages "
          + "target audience order avoid line statement proof point points owner contact internal prepared "
          + "headline headlines lead leads asset assets launch forward confidential draft version",
      "prospect prospects deal deals objection objections answer answers ask asks talk track battlecard "
          + "agenda next steps rep reps meeting slide slides notes deck discovery call calls story",
      "subject first_name hi hello unsubscribe click learn read blog post page home docs sign started "
          + "email e-mail reply team regards thanks")));

  static boolean informative(String term) {
    return term.length() >= 3 && hasLetter(term) && !GENRE.contains(term);
  }

  /**
   * Whether a character of {@code term} is a letter, as {@code term.chars().anyMatch(Character::isLetter)}
   * says, without a stream: every token of every unit is asked, and under the client compiler the
   * stream was a good part of the analysis's garbage.
   */
  private static boolean hasLetter(String term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isLetter((int) term.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The function's leading terms, strongest first (ties by term, for determinism). */
  List<String> lead(BusinessFunction f, int n) {
    return emphasis.getOrDefault(f, Map.of()).entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** 0..1: how much two functions lead with the same terms. */
  double overlap(BusinessFunction a, BusinessFunction b) {
    return ClaimIndex.cosine(emphasis.getOrDefault(a, Map.of()), emphasis.getOrDefault(b, Map.of()));
  }

  /** 0..1: how much the openings and headings of two functions' documents say the same. */
  double leadOverlap(BusinessFunction a, BusinessFunction b) {
    return ClaimIndex.cosine(leads.getOrDefault(a, Map.of()), leads.getOrDefault(b, Map.of()));
  }

  /** The terms a function's openings and headings weigh most, strongest first. */
  List<String> leadTerms(BusinessFunction f, int n) {
    return leads.getOrDefault(f, Map.of()).entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** How many of {@code reference}'s 10 leading terms are among the 30 leading terms of {@code f}, 0..1. */
  double carried(BusinessFunction f, BusinessFunction reference) {
    Set<String> wide = Set.copyOf(lead(f, 30));
    List<String> ref = lead(reference, 10);
    return ref.isEmpty() ? 1 : ref.stream().filter(wide::contains).count() / (double) ref.size();
  }

  /** Cosine of the 20 leading terms of two functions: do they lead with the same things. */
  double leadingOverlap(BusinessFunction a, BusinessFunction b) {
    return ClaimIndex.cosine(top(emphasis.getOrDefault(a, Map.of()), 20), top(emphasis.getOrDefault(b, Map.of()), 20));
  }

  static Map<String, Double> top(Map<String, Double> v, int n) {
    Map<String, Double> out = new HashMap<>();
    v.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The readable word most often behind an analysed term. */
  String surface(String term) {
    Map<String, Integer> s = surfaces.get(term);
    if (s == null) {
      return term;
    }
    return s.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(term);
  }

  /** The unit of {@code f} that carries its lead terms best, headings and openings first. */
  TextUnit leadUnit(BusinessFunction f, List<String> lead) {
    TextUnit best = null;
    double bestScore = 0;
    Set<String> leadSet = Set.copyOf(lead);
    for (TextUnit u : view.units(f)) {
      double s = 0;
      for (String t : new LinkedHashSet<>(unitTokens.getOrDefault(u, List.of()))) {
        if (leadSet.contains(t)) {
          s += emphasis.get(f).getOrDefault(t, 0.0);
        }
      }
      if (s > bestScore) {
        bestScore = s;
        best = u;
      }
    }
    return best;
  }

  /** Cosine of the unit's terms with a text's terms, both IDF-weighted in this kit. */
  double similarity(TextUnit u, List<String> terms) {
    return ClaimIndex.cosine(vector(unitTokens.getOrDefault(u, List.of())), vector(terms));
  }

  List<String> tokens(TextUnit u) {
    return unitTokens.getOrDefault(u, List.of());
  }

  Map<String, Double> vector(List<String> toks) {
    Map<String, Double> tfs = new HashMap<>();
    toks.forEach(t -> tfs.merge(t, 1.0, Double::sum));
    Map<String, Double> v = new HashMap<>();
    tfs.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * idf(t)));
    return v;
  }
}
