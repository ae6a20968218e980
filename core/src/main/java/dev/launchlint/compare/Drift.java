package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drift in words rather than facts: one concept under different names (terminology drift),
 * functions that lead with different value propositions (positioning drift), and which strategy
 * pillars each function carries. Stateless.
 */
final class Drift {

  /** Similarity of two claims, names left out, at which they describe the same thing. */
  static final double SAME_CONTEXT = 0.20;
  /** Below this overlap of their leading terms two functions tell different stories. */
  static final double POSITIONING = 0.08;
  /** Similarity at which a unit carries a strategy pillar. */
  static final double CARRIES = 0.30;

  private static final int LEAD_TERMS = 5;
  private static final int MAX_PILLARS = 12;

  private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]+(?:(?: |-)[A-Z][A-Za-z0-9]+){1,3}\\b");
  private static final Pattern PLAN_NAME = Pattern.compile("\\b((?:[A-Z][A-Za-z0-9+]+ )*[A-Z][A-Za-z0-9+]+) (plan|tier|edition)\\b");
  private static final Set<String> NOT_NAME_START = Set.of(
      "the", "our", "your", "a", "an", "this", "that", "with", "for", "and", "every", "each", "new", "why",
      "how", "what", "all", "get", "meet", "introducing", "try", "in", "on", "at", "by", "to", "we", "you",
      "if", "when", "it", "is", "no", "not", "one", "use", "see", "from", "of", "as", "or", "but", "its",
      "their", "my", "more", "most", "best", "key", "top", "just", "q1", "q2", "q3", "q4", "which", "whose",
      "does", "do", "are", "can", "will", "any", "same", "only", "both");
  private static final Set<String> NOT_NAME_WORD = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "i", "ii", "iii", "inc", "ltd", "llc", "gmbh", "yes", "no", "n/a");

  private Drift() {}

  // ---- terminology ----

  /** A name as one function uses it: how it is written and the units it stands in. */
  private record Usage(String name, BusinessFunction function, List<TextUnit> units) {}

  private record Pair(Usage left, Usage right, double similarity) {}

  /**
   * One concept under two names: a name one function uses and another never mentions, paired
   * with a name of the other function that the first never mentions, when the two are used in
   * the same context (the units around each name, names left out, are similar) and are the same
   * kind of name (plan names pair with plan names). Only mutual best pairs count.
   */
  static List<Finding> terminology(KitView view, Themes themes) {
    Map<BusinessFunction, Map<String, Usage>> usages = new EnumMap<>(BusinessFunction.class);
    for (BusinessFunction f : view.functions()) {
      Map<String, Usage> byName = new LinkedHashMap<>();
      for (TextUnit u : view.units(f)) {
        if (u.kind() == UnitKind.HEADING || titleCase(u.text())) {
          continue;
        }
        for (String n : names(u.text())) {
          byName.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new Usage(n, f, new ArrayList<>())).units().add(u);
        }
      }
      usages.put(f, byName);
    }
    List<BusinessFunction> fs = List.copyOf(usages.keySet());
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      for (int j = i + 1; j < fs.size(); j++) {
        pairs.addAll(bestPairs(view, themes, usages.get(fs.get(i)), usages.get(fs.get(j)), fs.get(i), fs.get(j)));
      }
    }
    Map<String, List<Pair>> groups = new LinkedHashMap<>();
    for (Pair p : pairs) {
      String k = List.of(p.left.name.toLowerCase(Locale.ROOT), p.right.name.toLowerCase(Locale.ROOT))
          .stream().sorted().toList().toString();
      groups.computeIfAbsent(k, z -> new ArrayList<>()).add(p);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Pair> ps : groups.values()) {
      out.add(terminologyFinding(view, ps, usages));
    }
    return out;
  }

  private static List<Pair> bestPairs(KitView view, Themes themes, Map<String, Usage> left, Map<String, Usage> right,
      BusinessFunction lf, BusinessFunction rf) {
    List<Usage> ls = left.values().stream().filter(u -> !view.mentions(rf, u.name)).toList();
    List<Usage> rs = right.values().stream().filter(u -> !view.mentions(lf, u.name)).toList();
    List<Map<String, Double>> lc = ls.stream().map(u -> context(themes, u)).toList();
    List<Map<String, Double>> rc = rs.stream().map(u -> context(themes, u)).toList();
    double[][] sim = new double[ls.size()][rs.size()];
    for (int i = 0; i < ls.size(); i++) {
      for (int j = 0; j < rs.size(); j++) {
        Usage a = ls.get(i);
        Usage b = rs.get(j);
        sim[i][j] = planName(a.name) != planName(b.name) || related(a.name, b.name) ? 0
            : ClaimIndex.cosine(lc.get(i), rc.get(j));
      }
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < ls.size(); i++) {
      int best = -1;
      for (int j = 0; j < rs.size(); j++) {
        if (sim[i][j] >= SAME_CONTEXT && (best < 0 || sim[i][j] > sim[i][best])) {
          best = j;
        }
      }
      if (best < 0) {
        continue;
      }
      boolean mutual = true;
      for (int k = 0; k < ls.size(); k++) {
        if (sim[k][best] > sim[i][best]) {
          mutual = false;
          break;
        }
      }
      if (mutual) {
        out.add(new Pair(ls.get(i), rs.get(best), sim[i][best]));
      }
    }
    return out;
  }

  private static boolean planName(String name) {
    return name.toLowerCase(Locale.ROOT).matches(".* (plan|tier|edition)");
  }

  /** The context of a name: the terms of the units it stands in, its own words left out (empty if thin). */
  private static Map<String, Double> context(Themes themes, Usage usage) {
    Set<String> drop = new HashSet<>(LaunchAnalyzer.SHARED.tokens(usage.name));
    List<String> terms = new ArrayList<>();
    usage.units.forEach(u -> themes.tokens(u).stream().filter(t -> !drop.contains(t)).forEach(terms::add));
    return terms.size() < 2 ? Map.of() : themes.vector(terms);
  }

  private static Finding terminologyFinding(KitView view, List<Pair> pairs,
      Map<BusinessFunction, Map<String, Usage>> usages) {
    Map<BusinessFunction, Usage> byFunction = new EnumMap<>(BusinessFunction.class);
    for (Pair p : pairs) {
      byFunction.putIfAbsent(p.left.function, p.left);
      byFunction.putIfAbsent(p.right.function, p.right);
    }
    // Functions that use one of the two names (and never the other) take part in the drift too.
    String one = pairs.get(0).left.name;
    String other = pairs.get(0).right.name;
    for (BusinessFunction f : view.functions()) {
      if (byFunction.containsKey(f) || view.mentions(f, one) == view.mentions(f, other)) {
        continue;
      }
      String used = view.mentions(f, one) ? one : other;
      usages.getOrDefault(f, Map.of()).values().stream()
          .filter(u -> u.name.equalsIgnoreCase(used))
          .findFirst()
          .ifPresent(u -> byFunction.put(f, u));
    }
    List<Evidence> evidence = new ArrayList<>();
    Map<String, List<String>> callers = new LinkedHashMap<>();
    byFunction.forEach((f, u) -> {
      evidence.add(unitEvidence(view, f, u.units.get(0), List.of(u.name)));
      callers.computeIfAbsent(u.name, k -> new ArrayList<>()).add(f.id());
    });
    List<String> parts = new ArrayList<>();
    callers.forEach((name, who) -> parts.add(String.join(" and ", who) + " call" + (who.size() == 1 ? "s" : "")
        + " it \"" + name + "\""));
    String summary = "Naming: " + String.join(", ", parts);
    boolean customer = byFunction.keySet().stream().filter(BusinessFunction::customerFacing).count() >= 2;
    String attribute = "naming: " + pairs.get(0).left.name.toLowerCase(Locale.ROOT);
    return Finding.of(FindingType.TERMINOLOGY_DRIFT, customer ? Severity.MEDIUM : Severity.LOW,
        List.copyOf(byFunction.keySet()), attribute, summary, evidence);
  }

  /** Product, feature and plan names: runs of capitalised words ("Smart Routing", "Auto-Dispatch"). */
  static List<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher plan = PLAN_NAME.matcher(text);
    while (plan.find()) {
      List<String> words = new ArrayList<>(List.of(plan.group(1).split(" ")));
      while (!words.isEmpty() && NOT_NAME_START.contains(words.get(0).toLowerCase(Locale.ROOT))) {
        words.remove(0);
      }
      if (!words.isEmpty()) {
        out.add(String.join(" ", words) + " " + plan.group(2));
      }
    }
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String[] words = m.group().split("(?<=[ -])|(?=[ -])");
      List<String> parts = new ArrayList<>(List.of(m.group().split(" ")));
      while (!parts.isEmpty() && NOT_NAME_START.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
        parts.remove(0);
      }
      String name = String.join(" ", parts);
      boolean multi = parts.size() >= 2 || name.contains("-");
      boolean clean = parts.stream().noneMatch(p -> NOT_NAME_WORD.contains(p.toLowerCase(Locale.ROOT)));
      if (multi && clean && words.length > 0 && name.length() >= 4) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  /** A line in Title Case is a heading or a label, whatever the extractor called it. */
  private static boolean titleCase(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 3) {
      return true;
    }
    int caps = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    return caps >= 0.6 * words.length;
  }

  /** The words of one name all in the other ("Shopify plan", "Shopify Plus plan"): one name, not two. */
  private static boolean related(String a, String b) {
    Set<String> x = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("[ -]+")));
    Set<String> y = new HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("[ -]+")));
    return x.containsAll(y) || y.containsAll(x);
  }


  // ---- positioning ----

  /**
   * Positioning drift: with strategy material (the source of truth), each customer-facing function
   * that carries none of the strategy's ten leading terms among its thirty, or whose twenty
   * leading terms overlap the strategy's less than {@value #POSITIONING} (cosine).
   */
  static List<Finding> positioning(Themes themes, KitView view) {
    List<BusinessFunction[]> pairs = new ArrayList<>();
    if (view.has(BusinessFunction.STRATEGY)) {
      for (BusinessFunction f : List.of(BusinessFunction.MARKETING, BusinessFunction.SALES)) {
        if (view.has(f)) {
          pairs.add(new BusinessFunction[] {f, BusinessFunction.STRATEGY});
        }
      }
    }
    // Without strategy material there is no story to drift from: marketing and sales address
    // different readers and are expected to lead differently; their distance shows in the scores.
    List<Finding> out = new ArrayList<>();
    for (BusinessFunction[] p : pairs) {
      double carried = Math.min(themes.carried(p[0], p[1]), themes.carried(p[1], p[0]));
      double overlap = themes.leadingOverlap(p[0], p[1]);
      if (carried == 0 || overlap < POSITIONING) {
        out.add(positioningFinding(themes, view, p[0], p[1], themes.lead(p[0], LEAD_TERMS), themes.lead(p[1], LEAD_TERMS)));
      }
    }
    return out;
  }

  private static Finding positioningFinding(Themes themes, KitView view, BusinessFunction a,
      BusinessFunction b, List<String> la, List<String> lb) {
    List<String> sa = la.stream().limit(3).map(themes::surface).toList();
    List<String> sb = lb.stream().limit(3).map(themes::surface).toList();
    String summary = "Positioning: " + a.id() + " leads with " + String.join(", ", sa) + "; " + b.id()
        + " leads with " + String.join(", ", sb);
    List<Evidence> evidence = new ArrayList<>();
    for (var side : List.of(Map.entry(a, sa), Map.entry(b, sb))) {
      TextUnit u = themes.leadUnit(side.getKey(), side.getKey() == a ? la : lb);
      if (u != null) {
        evidence.add(unitEvidence(view, side.getKey(), u, side.getValue()));
      }
    }
    return Finding.of(FindingType.POSITIONING_DRIFT, Severity.MEDIUM, List.of(a, b), "positioning", summary, evidence);
  }

  private static Evidence unitEvidence(KitView view, BusinessFunction f, TextUnit u, List<String> marks) {
    String text = Quotes.collapse(u.text());
    List<Span> spans = new ArrayList<>();
    for (String m : marks) {
      Quotes.find(text, m).ifPresent(s -> {
        if (spans.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
          spans.add(s);
        }
      });
    }
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new Evidence(f, view.path(u), u.location() == null ? Location.NONE : u.location(), text, spans);
  }

  // ---- strategy pillars ----

  static List<Pillar> pillars(Themes themes, KitView view) {
    if (!view.has(BusinessFunction.STRATEGY)) {
      return List.of();
    }
    List<Pillar> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TextUnit u : view.units(BusinessFunction.STRATEGY)) {
      int words = u.text().split("\\s+").length;
      boolean shape = u.kind() == UnitKind.LIST_ITEM || u.kind() == UnitKind.HEADING && u.index() > 0;
      List<String> toks = themes.tokens(u);
      if (!shape || words < 2 || words > 25 || toks.size() < 2 || !seen.add(Quotes.collapse(u.text()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<BusinessFunction> carried = new ArrayList<>();
      for (BusinessFunction f : view.functions()) {
        if (f == BusinessFunction.STRATEGY) {
          continue;
        }
        for (TextUnit v : view.units(f)) {
          if (themes.similarity(v, toks) >= CARRIES) {
            carried.add(f);
            break;
          }
        }
      }
      out.add(new Pillar(Quotes.collapse(u.text()), carried));
      if (out.size() == MAX_PILLARS) {
        break;
      }
    }
    return out;
  }
}
