package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plans (tiers, editions) of a kit, so that values are compared plan by plan: "$12" for Studio
 * and "$24" for Agency are two prices, not a contradiction. The vocabulary is the plans the
 * analysis named beside prices plus every "X plan", "X tier", "X edition" in the kit's text; a
 * claim's plans are those of the vocabulary it names with a capital letter. Immutable.
 */
final class Plans {

  /** The plan of a price in a kit of several plans that names none: it compares with no other price. */
  static final String UNKNOWN = "?";

  /** Words before "plan" that are no plan's name; "Annual plans" are a billing period of every plan. */
  private static final Set<String> NOT_PLAN_NAMES = Set.of("The", "Our", "Your", "Each", "Every", "Any", "This",
      "That", "Which", "What", "A", "An", "One", "Paid", "Free", "Same", "Other", "Higher", "Lower", "Top", "Base",
      "Annual", "Monthly", "Yearly", "Quarterly", "Weekly", "Daily");
  /**
   * "Growth plan", "Enterprise tier"; but in "every Wavelength plan" the name is the product's, said
   * of all plans. The capital is looked for first: the look-behind at every character of every unit
   * was most of the time spent reading a large kit's plans.
   */
  private static final Pattern NAMED_PLAN = Pattern.compile(
      "(?=[A-Z])(?<!\\b(?:[Ee]very|[Ee]ach|[Aa]ny|[Aa]ll|[Nn]o|[Oo]ther) )\\b([A-Z][A-Za-z0-9+-]*) (?:plan|tier|edition)s?\\b");

  private final Set<String> vocabulary;
  private final List<Pattern> patterns = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  /** Per pattern the name as written, which every match contains: most texts are not tried. */
  private final List<String> written = new ArrayList<>();
  private final Map<String, Set<String>> named = new ConcurrentHashMap<>();

  Plans(KitView view, List<Claim> claims) {
    Set<String> v = new TreeSet<>();
    for (Claim c : claims) {
      for (Money m : c.attributes().prices()) {
        // "stays free without a Halcyon Plus membership", "no free tier": a thing free of charge
        // beside a plan's name, or a free tier itself, is no second plan with a price
        if (m.plan() != null && !m.plan().isBlank() && m.amount() > 0) {
          v.add(m.plan().strip());
        }
      }
    }
    for (var f : view.functions()) {
      for (var u : view.units(f)) {
        String text = u.text();
        if (!text.contains(" plan") && !text.contains(" tier") && !text.contains(" edition")) {
          continue;
        }
        Matcher m = NAMED_PLAN.matcher(text);
        while (m.find()) {
          if (!NOT_PLAN_NAMES.contains(m.group(1))) {
            v.add(m.group(1));
          }
        }
      }
    }
    this.vocabulary = Set.copyOf(v);
    for (String p : v) {
      names.add(p.toLowerCase(Locale.ROOT));
      written.add(p);
      // "Network Nina" (a persona), "Pro Tools": a longer name that starts with the plan's is not the plan
      patterns.add(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(p)
          + "(?![A-Za-z0-9])(?! (?!(?:Plan|Tier|Edition|Plus)\\b)\\p{Lu}\\p{Ll})"));
    }
  }

  /** Whether the kit sells more than one plan, so that a value without its plan is ambiguous. */
  boolean several() {
    return vocabulary.size() > 1;
  }

  /**
   * The plan a table row is about: the one its first cell names ("Enterprise tier | Business tier
   * plus ... | $5.75"), whatever the other cells mention; null for a unit that is no such row.
   */
  String rowPlan(String unitText) {
    int bar = unitText.indexOf(" | ");
    if (bar < 0) {
      return null;
    }
    Set<String> first = in(unitText.substring(0, bar));
    return first.size() == 1 ? first.iterator().next() : null;
  }

  /**
   * The plan a value at {@code offset} of a sentence belongs to: the row's plan in a table, else
   * the plan named last before it ("Growth is $39 plus 0.5% ...; Scale at $149 plus 0.3%"), else
   * the only plan of its sentence; null when none is clear.
   */
  String before(String text, int offset, String unitText) {
    String row = rowPlan(unitText);
    if (row != null) {
      return row;
    }
    String best = null;
    int bestAt = -1;
    for (int i = 0; i < patterns.size(); i++) {
      if (!text.contains(written.get(i))) {
        continue;
      }
      Matcher m = patterns.get(i).matcher(text);
      while (m.find() && m.start() < offset) {
        if (m.start() > bestAt) {
          bestAt = m.start();
          best = names.get(i);
        }
      }
    }
    if (best != null) {
      return best;
    }
    // the sentence's own plan, named after the value; another sentence of the unit speaks of its own
    Set<String> named = in(text);
    return named.size() == 1 ? named.iterator().next() : null;
  }

  /** The plans a text names, lower-cased. */
  Set<String> in(String text) {
    // Every claim of a unit asks for the unit's plans, twice.
    return named.computeIfAbsent(text, this::find);
  }

  private Set<String> find(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < patterns.size(); i++) {
      if (text.contains(written.get(i)) && patterns.get(i).matcher(text).find()) {
        out.add(names.get(i));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The plan of a price: the one the analysis read beside it, else the claim's only plan, else
   * null when the kit has a single plan (nothing to confuse), else {@link #UNKNOWN}.
   */
  String of(Money m, Claim c) {
    String row = rowPlan(c.unitText());
    if (row != null) {
      return row;
    }
    if (m.plan() != null && !m.plan().isBlank()) {
      return m.plan().strip().toLowerCase(Locale.ROOT);
    }
    Set<String> named = in(c.unitText());
    if (named.size() == 1) {
      return named.iterator().next();
    }
    return several() ? UNKNOWN : null;
  }
}
