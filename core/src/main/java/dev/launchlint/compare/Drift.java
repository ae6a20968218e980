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
  static final double SAME_CONTEXT = 0.30;
  /** Below this overlap of emphasis two functions tell different stories. */
  static final double POSITIONING = 0.20;
  /** Similarity at which a unit carries a strategy pillar. */
  static final double CARRIES = 0.30;

  private static final int LEAD_TERMS = 5;
  private static final int MAX_PILLARS = 12;

  private static final Pattern NAME = Pattern.compile(
      "\\b[A-Z][A-Za-z0-9]+(?:(?: |-)[A-Z][A-Za-z0-9]+){1,3}\\b|\\b[A-Z][A-Za-z0-9+]+ (?:plan|tier|edition)\\b");
  private static final Set<String> NOT_NAME_START = Set.of(
      "the", "our", "your", "a", "an", "this", "that", "with", "for", "and", "every", "each", "new", "why",
      "how", "what", "all", "get", "meet", "introducing", "try", "in", "on", "at", "by", "to", "we", "you",
      "if", "when", "it", "is", "no", "not", "one", "use", "see", "from", "of", "as", "or", "but", "its",
      "their", "my", "more", "most", "best", "key", "top", "just", "q1", "q2", "q3", "q4");
  private static final Set<String> NOT_NAME_WORD = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "i", "ii", "iii", "inc", "ltd", "llc", "gmbh");

  private Drift() {}

  // ---- terminology ----

  private record Name(String text, int ord) {}

  private record Pair(Name left, Name right, BusinessFunction lf, BusinessFunction rf, double similarity) {}

  static List<Finding> terminology(ClaimIndex index, KitView view) {
    List<List<String>> names = new ArrayList<>();
    for (Claim c : index.claims()) {
      names.add(view.isHeading(c) || titleCase(c.text()) ? List.of() : names(c.text()));
    }
    Map<String, List<Pair>> groups = new LinkedHashMap<>();
    Set<Long> seen = new HashSet<>();
    for (int a = 0; a < index.claims().size(); a++) {
      if (names.get(a).isEmpty()) {
        continue;
      }
      for (int b : index.candidates(a)) {
        Claim x = index.claim(a);
        Claim y = index.claim(b);
        if (x.function() == y.function() || names.get(b).isEmpty()) {
          continue;
        }
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        if (!seen.add(key)) {
          continue;
        }
        for (String na : names.get(a)) {
          if (view.mentions(y.function(), na)) {
            continue;
          }
          for (String nb : names.get(b)) {
            if (view.mentions(x.function(), nb) || related(na, nb)) {
              continue;
            }
            double sim = contextSimilarity(index, a, b, na, nb);
            if (sim >= SAME_CONTEXT) {
              String k = List.of(na.toLowerCase(Locale.ROOT), nb.toLowerCase(Locale.ROOT)).stream().sorted().toList().toString();
              groups.computeIfAbsent(k, z -> new ArrayList<>())
                  .add(new Pair(new Name(na, a), new Name(nb, b), x.function(), y.function(), sim));
            }
          }
        }
      }
    }
    // One name pairs with at most one other name per pair of functions: the best aligned.
    Map<String, Double> bestPerName = new LinkedHashMap<>();
    for (List<Pair> ps : groups.values()) {
      for (Pair p : ps) {
        bestPerName.merge(p.lf + "|" + p.rf + "|" + p.left.text.toLowerCase(Locale.ROOT), p.similarity, Math::max);
        bestPerName.merge(p.rf + "|" + p.lf + "|" + p.right.text.toLowerCase(Locale.ROOT), p.similarity, Math::max);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<Pair> ps : groups.values()) {
      List<Pair> kept = ps.stream().filter(p ->
          p.similarity >= bestPerName.get(p.lf + "|" + p.rf + "|" + p.left.text.toLowerCase(Locale.ROOT))
              && p.similarity >= bestPerName.get(p.rf + "|" + p.lf + "|" + p.right.text.toLowerCase(Locale.ROOT)))
          .toList();
      if (kept.isEmpty()) {
        continue;
      }
      out.add(terminologyFinding(index, kept));
    }
    return out;
  }

  private static Finding terminologyFinding(ClaimIndex index, List<Pair> pairs) {
    // Evidence: the best claim per function and name.
    Map<BusinessFunction, Name> byFunction = new EnumMap<>(BusinessFunction.class);
    Map<BusinessFunction, Double> bestSim = new EnumMap<>(BusinessFunction.class);
    for (Pair p : pairs) {
      for (var side : List.of(Map.entry(p.lf, p.left), Map.entry(p.rf, p.right))) {
        if (p.similarity > bestSim.getOrDefault(side.getKey(), -1.0)) {
          bestSim.put(side.getKey(), p.similarity);
          byFunction.put(side.getKey(), side.getValue());
        }
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    Map<String, List<String>> callers = new LinkedHashMap<>();
    byFunction.forEach((f, n) -> {
      evidence.add(Quotes.of(index.claim(n.ord), n.text));
      callers.computeIfAbsent(n.text, k -> new ArrayList<>()).add(f.id());
    });
    List<String> parts = new ArrayList<>();
    callers.forEach((name, fs) -> parts.add(String.join(" and ", fs) + " call" + (fs.size() == 1 ? "s" : "") + " it \"" + name + "\""));
    String summary = "Naming: " + String.join(", ", parts);
    boolean customer = byFunction.keySet().stream().filter(BusinessFunction::customerFacing).count() >= 2;
    Pair first = pairs.get(0);
    String attribute = "naming: " + first.left.text.toLowerCase(Locale.ROOT);
    return Finding.of(FindingType.TERMINOLOGY_DRIFT, customer ? Severity.MEDIUM : Severity.LOW,
        List.copyOf(byFunction.keySet()), attribute, summary, evidence);
  }

  /** Product, feature and plan names: runs of capitalised words ("Smart Routing", "Auto-Dispatch"). */
  static List<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
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

  private static boolean related(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.contains(y) || y.contains(x)) {
      return true;
    }
    Set<String> wx = new TreeSet<>(List.of(x.split("[ -]")));
    wx.retainAll(List.of(y.split("[ -]")));
    return !wx.isEmpty();
  }

  private static double contextSimilarity(ClaimIndex index, int a, int b, String na, String nb) {
    Set<String> drop = new HashSet<>(LaunchAnalyzer.SHARED.tokens(na));
    drop.addAll(LaunchAnalyzer.SHARED.tokens(nb));
    List<String> ta = index.tokens(a).stream().filter(t -> !drop.contains(t)).toList();
    List<String> tb = index.tokens(b).stream().filter(t -> !drop.contains(t)).toList();
    if (ta.size() < 2 || tb.size() < 2) {
      return 0;
    }
    return ClaimIndex.cosine(index.vector(ta), index.vector(tb));
  }

  // ---- positioning ----

  static List<Finding> positioning(Themes themes, KitView view) {
    List<BusinessFunction> fs = view.functions().stream()
        .filter(f -> f.customerFacing() || f == BusinessFunction.STRATEGY)
        .sorted()
        .toList();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      for (int j = i + 1; j < fs.size(); j++) {
        BusinessFunction a = fs.get(i);
        BusinessFunction b = fs.get(j);
        List<String> la = themes.lead(a, LEAD_TERMS);
        List<String> lb = themes.lead(b, LEAD_TERMS);
        Set<String> wideA = Set.copyOf(themes.lead(a, LEAD_TERMS * 3));
        Set<String> wideB = Set.copyOf(themes.lead(b, LEAD_TERMS * 3));
        boolean disjoint = la.stream().noneMatch(wideB::contains) && lb.stream().noneMatch(wideA::contains);
        double overlap = themes.overlap(a, b);
        if (la.isEmpty() || lb.isEmpty() || !disjoint || overlap >= POSITIONING) {
          continue;
        }
        out.add(positioningFinding(themes, view, a, b, la, lb));
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
