package dev.launchlint.compare;

import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Omissions: the product's named capabilities that no customer-facing material mentions. A
 * capability is named where product teams name things: a section heading ("Away Assist") or the
 * lead phrase of a bullet ("PII hashing. Mark a column..."). It counts as part of the product's
 * story when product material names it in two documents or more, or names it in a heading and
 * comes back to it; then it is ranked by how widely product material uses it, and only the first
 * {@value #MAX_OMISSIONS} are reported: the partial story, not every product sentence. Stateless.
 */
final class Omissions {

  static final int MAX_OMISSIONS = 2;

  private static final int MAX_CONCEPT_WORDS = 6;
  private static final Pattern LEAD_PHRASE = Pattern.compile("^[•·*\\-–\\s]*([^.:;!?]{3,60})[.:]\\s+\\S");
  private static final Pattern NOT_A_CAPABILITY = Pattern.compile(
      "\\b(overview|introduction|summary|background|context|problem|goals?|non-goals?|scope|requirements?|"
          + "metrics?|criteria|risks?|issues?|questions?|fix(es|ed)?|changes?|changelog|release|version|"
          + "appendix|glossary|references?|contacts?|owners?|team|timeline|milestones?|rollout|launch|"
          + "pricing|prices?|plans?|faq|support|security|compliance|authentication|errors?|endpoints?|"
          + "parameters?|responses?|requests?|examples?|notes?|limitations?|deprecat\\w*|migration|audience|"
          + "personas?|users?|customers?|date|status|next steps|how it works|what's new|highlights|features?|"
          + "beta|planned|preview|roadmap|coming soon|available|availability|shipped|done|webhooks?|api|sdks?)\\b"
          // API reference headings name operations ("Capture a held order"), not capabilities
          + "|^(get|list|create|update|delete|capture|retrieve|cancel|refund|add|remove|set|post|put)\\b",
      Pattern.CASE_INSENSITIVE);

  private Omissions() {}

  private record Concept(String text, List<String> tokens) {}

  private record Ranked(Concept concept, int documents, int units, boolean heading, TextUnit quote) {}

  static List<Finding> find(KitView view, Themes themes) {
    List<BusinessFunction> audience = view.functions().stream().filter(BusinessFunction::customerFacing).sorted().toList();
    if (audience.isEmpty() || !view.has(BusinessFunction.PRODUCT)) {
      return List.of();
    }
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (TextUnit u : view.units(BusinessFunction.PRODUCT)) {
      String name = conceptOf(u);
      if (name == null || NOT_A_CAPABILITY.matcher(name).find()) {
        continue;
      }
      List<String> toks = LaunchAnalyzer.SHARED.tokens(name).stream().filter(Themes::informative).distinct().toList();
      if (!toks.isEmpty() && toks.size() <= MAX_CONCEPT_WORDS) {
        concepts.putIfAbsent(String.join(" ", toks.stream().sorted().toList()), new Concept(name, toks));
      }
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Concept c : concepts.values()) {
      if (audience.stream().anyMatch(f -> mentioned(view, themes, f, c))) {
        continue;
      }
      Set<String> docs = new HashSet<>();
      int units = 0;
      boolean heading = false;
      TextUnit quote = null;
      for (TextUnit u : view.units(BusinessFunction.PRODUCT)) {
        if (themes.tokens(u).containsAll(c.tokens)) {
          docs.add(view.path(u));
          units++;
          heading |= u.kind() == UnitKind.HEADING;
          if (quote == null && u.kind() != UnitKind.HEADING && u.text().split("\\s+").length > c.tokens.size() + 3) {
            quote = u;
          }
        }
      }
      boolean story = docs.size() >= 2 || heading && units >= 2;
      if (story && quote != null) {
        ranked.add(new Ranked(c, docs.size(), units, heading, quote));
      }
    }
    ranked.sort(Comparator.comparingInt((Ranked r) -> -r.documents)
        .thenComparingInt(r -> r.heading ? 0 : 1)
        .thenComparingInt(r -> -Math.min(r.units, 4))
        .thenComparing(r -> r.concept.text));
    List<Finding> out = new ArrayList<>();
    Set<TextUnit> quoted = new HashSet<>();
    for (Ranked r : ranked) {
      if (out.size() == MAX_OMISSIONS) {
        break;
      }
      if (!quoted.add(r.quote)) {
        continue;
      }
      List<BusinessFunction> functions = new ArrayList<>(audience);
      functions.add(0, BusinessFunction.PRODUCT);
      String names = String.join(" and ", audience.stream().map(BusinessFunction::id).toList());
      String summary = "Product offers " + r.concept.text + " but " + names
          + (audience.size() > 1 ? " never mention it" : " never mentions it");
      String text = Quotes.collapse(r.quote.text());
      List<Span> marks = Quotes.find(text, r.concept.text).map(List::of).orElse(List.of());
      Evidence e = new Evidence(BusinessFunction.PRODUCT, view.path(r.quote),
          r.quote.location() == null ? Location.NONE : r.quote.location(), text, marks);
      out.add(Finding.of(FindingType.OMISSION, Severity.MEDIUM, functions,
          r.concept.text.toLowerCase(Locale.ROOT), summary, List.of(e)));
    }
    return out;
  }

  /** The capability a unit names: a short heading, or the lead phrase of a bullet. */
  private static String conceptOf(TextUnit u) {
    String t = Quotes.collapse(u.text());
    if (u.kind() == UnitKind.HEADING) {
      int words = t.split("\\s+").length;
      return u.index() > 0 && words <= MAX_CONCEPT_WORDS ? t.replaceAll("^#+\\s*", "") : null;
    }
    Matcher m = LEAD_PHRASE.matcher(t);
    if (m.find() && m.group(1).strip().split("\\s+").length <= MAX_CONCEPT_WORDS) {
      String lead = m.group(1).strip();
      // A lead phrase names something when it is not a sentence of its own (no verb-like ending).
      return Character.isUpperCase(lead.charAt(0)) ? lead : null;
    }
    return null;
  }

  /** Whether a customer-facing function's material has one unit with every word of the concept. */
  private static boolean mentioned(KitView view, Themes themes, BusinessFunction f, Concept c) {
    if (view.mentions(f, c.text)) {
      return true;
    }
    for (TextUnit u : view.units(f)) {
      if (themes.tokens(u).containsAll(c.tokens)) {
        return true;
      }
    }
    return false;
  }
}
