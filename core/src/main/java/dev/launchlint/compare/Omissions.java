package dev.launchlint.compare;

import dev.launchlint.analyze.SentenceShape;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  static final int MAX_OMISSIONS = 1;

  private static final int MAX_CONCEPT_WORDS = 6;
  private static final Pattern LEAD_PHRASE = Pattern.compile("^[•·*\\-–\\s]*([^.:;!?]{3,60})[.:]\\s+\\S");
  private static final Pattern NOT_A_CAPABILITY = Pattern.compile(
      "\\b(overview|introduction|summary|background|context|problem|goals?|non-goals?|scope|requirements?|"
          + "metrics?|criteria|risks?|issues?|questions?|fix(es|ed)?|changes?|changelog|release|version|"
          + "appendix|glossary|references?|contacts?|owners?|team|timeline|milestones?|rollout|launch|"
          + "pricing|prices?|plans?|faq|support|security|compliance|authentication|errors?|endpoints?|"
          + "parameters?|responses?|requests?|examples?|notes?|limitations?|deprecat\\w*|migration|audience|"
          + "personas?|users?|customers?|date|status|next steps|how it works|what's new|highlights|features?|"
          + "beta|planned|preview|roadmap|coming soon|available|availability|shipped|done|webhooks?|api|sdks?|"
          // a measure is no capability ("Maximum loan", "Minimum order")
          + "maximum|minimum|max|min|average|median)\\b"
          // API reference headings name operations ("Capture a held order"), not capabilities
          + "|^(get|list|create|update|delete|capture|retrieve|cancel|refund|add|remove|set|post|put)\\b",
      Pattern.CASE_INSENSITIVE);

  private Omissions() {}

  private record Concept(String text, List<String> tokens) {}

  private record Ranked(Concept concept, List<BusinessFunction> leavers, int documents, int units, boolean heading,
      boolean isNew, TextUnit quote) {

    /**
     * How much the product's story leans on a capability: the product documents that state it (up
     * to three), two more when the release lists it as new, one more when a heading names it.
     */
    int emphasis() {
      return Math.min(documents, 3) + (isNew ? 2 : 0) + (heading ? 1 : 0);
    }
  }

  /** Sections of product material that are internal: who it is for, how it is measured, what is unsure. */
  private static final Pattern INTERNAL_SECTION = Pattern.compile(
      "\\b(personas?|risks?|success|metrics?|measures?|kpis?|open questions?|questions?|assumptions?|"
          + "dependencies|non-goals?|out of scope|known issues?|internal|appendix|owners?|stakeholders?|"
          + "timeline|rollout|decisions?|alternatives?|glossary)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A company's legal name ("Cartwren Commerce Ltd") names the seller, not what is sold. */
  private static final Pattern LEGAL_NAME = Pattern.compile("(?i)\\b(ltd|inc|llc|gmbh|corp|plc|s\\.?a)\\b\\.?");
  /** Section numbers before a heading ("6. Smart retries"). */
  private static final Pattern NUMBERING = Pattern.compile("^[\\d.]+\\s+(?=\\p{L})");
  /** Where a release lists what is new in it. */
  private static final Pattern NEW_LIST = Pattern.compile("(?i)\\bnew\\b|highlights");

  static List<Finding> find(KitView view, Themes themes) {
    return find(view, themes, Set.of());
  }

  /**
   * @param renamed names (lower case) that terminology drift found another function to use under
   *     another name: a capability renamed is not left out
   */
  static List<Finding> find(KitView view, Themes themes, Set<String> renamed) {
    List<BusinessFunction> audience = view.functions().stream().filter(BusinessFunction::customerFacing).sorted().toList();
    if (audience.isEmpty() || !view.has(BusinessFunction.PRODUCT)) {
      return List.of();
    }
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (TextUnit u : view.units(BusinessFunction.PRODUCT)) {
      if (internal(u)) {
        continue;
      }
      String name = conceptOf(u);
      name = name == null ? null : NUMBERING.matcher(name).replaceFirst("");
      if (name == null || NOT_A_CAPABILITY.matcher(name).find() || renamed.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<String> toks = LaunchAnalyzer.SHARED.tokens(name).stream().filter(Themes::informative).distinct().toList();
      if (toks.isEmpty() || toks.size() > MAX_CONCEPT_WORDS) {
        continue;
      }
      String key = String.join(" ", toks.stream().sorted().toList());
      if (!concepts.containsKey(key) && capability(name)) {
        concepts.put(key, new Concept(name, toks));
      }
    }
    // Which units say every word of a concept, looked up by the concept's rarest word: reading
    // every unit for every concept grew with the kit times its concepts.
    Set<String> conceptWords = new HashSet<>();
    concepts.values().forEach(c -> conceptWords.addAll(c.tokens));
    Map<BusinessFunction, UnitIndex> byWords = new java.util.EnumMap<>(BusinessFunction.class);
    for (BusinessFunction f : view.functions()) {
      byWords.put(f, new UnitIndex(view.units(f), themes, conceptWords));
    }
    List<Ranked> ranked = new ArrayList<>();
    for (Concept c : concepts.values()) {
      List<BusinessFunction> leavers = audience.stream().filter(f -> !mentioned(view, byWords.get(f), f, c)).toList();
      if (!partialStory(leavers, audience)) {
        continue;
      }
      Set<String> docs = new HashSet<>();
      int units = 0;
      boolean heading = false;
      boolean isNew = false;
      TextUnit quote = null;
      for (TextUnit u : byWords.get(BusinessFunction.PRODUCT).withAll(c.tokens)) {
        if (internal(u)) {
          continue;
        }
        docs.add(view.path(u));
        units++;
        heading |= u.kind() == UnitKind.HEADING;
        String h = u.location() == null ? null : u.location().heading();
        isNew |= h != null && NEW_LIST.matcher(h).find() || u.text().matches("(?is)^\\W*new\\b.*");
        if (u.kind() != UnitKind.HEADING && u.text().split("\\s+").length > c.tokens.size() + 3
            && (quote == null || better(u, quote, c))) {
          quote = u;
        }
      }
      boolean story = docs.size() >= 2 || heading && units >= 2;
      if (story && quote != null && acts(view, c)) {
        ranked.add(new Ranked(c, leavers, docs.size(), units, heading, isNew, quote));
      }
    }
    ranked.sort(Comparator.comparingInt(Ranked::emphasis).reversed()
        .thenComparingInt(r -> -r.leavers.size())
        .thenComparingInt(r -> -r.documents)
        .thenComparingInt(r -> -Math.min(r.units, 4))
        .thenComparing(r -> r.concept.text));
    List<Finding> out = new ArrayList<>();
    Set<TextUnit> quoted = new HashSet<>();
    int judged = 0;
    for (Ranked r : ranked) {
      if (judged == MAX_OMISSIONS) {
        break;
      }
      if (!quoted.add(r.quote)) {
        continue;
      }
      // the most stressed capability is the partial story's; one told in other words is no
      // reason to go looking further down the list
      judged++;
      // A function that tells what the capability does in its own words, under another name or
      // none ("AutoCollect takes the rent from their bank account on the due date"), has not left
      // it out.
      Map<String, Double> definition = definition(themes, r.quote, r.concept);
      List<BusinessFunction> leavers = r.leavers.stream()
          .filter(f -> view.units(f).stream().noneMatch(u -> describes(themes, u, definition))).toList();
      if (!partialStory(leavers, audience)) {
        continue;
      }
      r = new Ranked(r.concept, leavers, r.documents, r.units, r.heading, r.isNew, r.quote);
      List<BusinessFunction> functions = new ArrayList<>(r.leavers);
      functions.add(0, BusinessFunction.PRODUCT);
      String names = String.join(" and ", r.leavers.stream().map(BusinessFunction::id).toList());
      String summary = "Product offers " + r.concept.text + " but " + names
          + (r.leavers.size() > 1 ? " never mention it" : " never mentions it");
      String text = Quotes.collapse(r.quote.text());
      List<Span> marks = Quotes.find(text, r.concept.text).map(List::of).orElse(List.of());
      Evidence e = new Evidence(BusinessFunction.PRODUCT, view.path(r.quote),
          r.quote.location() == null ? Location.NONE : r.quote.location(), text, marks);
      out.add(Finding.of(FindingType.OMISSION, Severity.MEDIUM, functions,
          r.concept.text.toLowerCase(Locale.ROOT), summary, List.of(e)));
    }
    return out;
  }

  /**
   * Whether product material writes the concept as a feature: a name in capitals inside a sentence
   * ("switch on Smart Wake"), or the subject of a verb ("Hybrid search combines ...", "Immutable
   * snapshots are written ..."). A measure or a section ("Energy savings", "Rate limit") is neither.
   */
  private static boolean acts(KitView view, Concept c) {
    String name = c.text;
    int looked = 0;
    for (TextUnit u : view.units(BusinessFunction.PRODUCT)) {
      if (u.kind() == UnitKind.HEADING || looked == MAX_LOOKS) {
        continue;
      }
      String text = Quotes.collapse(u.text());
      Optional<Span> at = Quotes.find(text, name);
      if (at.isEmpty()) {
        continue;
      }
      looked++;
      int start = at.get().start();
      int end = at.get().end();
      String written = text.substring(start, end);
      boolean capitals = Arrays.stream(written.split("[\\s-]+")).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
      boolean inside = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) == false
          && !text.substring(0, start).matches("(?s).*(^|[.:!?•·|]\\s*)$");
      if (capitals && inside && written.contains(" ")) {
        return true;
      }
      // a lead phrase defined by a sentence after it ("Smart retries: failed payments are retried ...")
      String rest = text.substring(end);
      if (rest.matches("(?s)^\\s*[.:]\\s+\\S.*")) {
        String definition = rest.replaceFirst("^\\s*[.:]\\s+", "");
        int stop = definition.indexOf(". ");
        if (SentenceShape.of(stop < 0 ? definition : definition.substring(0, stop + 1)).hasVerb()) {
          return true;
        }
        continue;
      }
      int from = Math.max(text.lastIndexOf(". ", start) + 1, Math.max(text.lastIndexOf(": ", start) + 1, 0));
      int to = text.indexOf(". ", end);
      String sentence = text.substring(from, to < 0 ? text.length() : to + 1);
      SentenceShape shape = SentenceShape.of(sentence);
      int before = sentence.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
      int after = before + name.length();
      // the object of what the product does ("Carebook runs a real-time insurance eligibility check")
      for (int i = shape.words().size() - 1; i >= 0; i--) {
        if (shape.starts().get(i) < before) {
          String tag = shape.tags().get(i);
          if (tag.equals("DET") || tag.equals("ADJ") || tag.equals("PUNCT")) {
            continue;
          }
          if (tag.equals("VERB") && i > 0 && (shape.tags().get(i - 1).equals("PROPN") || shape.tags().get(i - 1).equals("PRON"))) {
            return true;
          }
          break;
        }
      }
      for (int i = 0; i < shape.words().size(); i++) {
        if (shape.starts().get(i) >= after) {
          // "Hybrid search combines", "snapshots are written"; not "Rate limit is 100 requests"
          String tag = shape.tags().get(i);
          if (tag.equals("AUX") && i + 1 < shape.words().size()) {
            int k = i + 1;
            while (k + 1 < shape.words().size() && (shape.tags().get(k).equals("ADV") || shape.tags().get(k).equals("AUX"))) {
              k++;
            }
            tag = shape.tags().get(k);
          }
          if (tag.equals("VERB")) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  private static final int MAX_LOOKS = 12;

  /** The unit that defines a concept best: one that opens with it, then the longest. */
  private static boolean better(TextUnit u, TextUnit than, Concept c) {
    boolean opens = opens(u, c);
    boolean thanOpens = opens(than, c);
    if (opens != thanOpens) {
      return opens;
    }
    return u.text().length() > than.text().length();
  }

  private static boolean opens(TextUnit u, Concept c) {
    return Quotes.collapse(u.text()).replaceAll("^[^\\p{L}\\p{N}]+", "").toLowerCase(Locale.ROOT)
        .startsWith(c.text.toLowerCase(Locale.ROOT));
  }

  private static boolean internal(TextUnit u) {
    String h = u.location() == null ? null : u.location().heading();
    return h != null && INTERNAL_SECTION.matcher(h).find();
  }

  /**
   * Whether a concept's words name a capability: a noun phrase ("Smart retries", "Immutable
   * snapshots"), not a section title made of a list ("Battery and charging"), a clause ("Checkout
   * shows the promised arrival time") or one common word ("Hardware"); one word only when it is a
   * coined name ("SafeSend", "Flux2").
   */
  private static boolean capability(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length == 1) {
      return name.matches(".*(\\p{Ll}\\p{Lu}|\\p{L}\\p{N}|\\p{N}\\p{L}).*");
    }
    return !LEGAL_NAME.matcher(name).find() && SentenceShape.of(name).nameLike();
  }

  /** The capability a unit names: a short heading, or the lead phrase of a bullet. */
  private static String conceptOf(TextUnit u) {
    String t = Quotes.collapse(u.text());
    if (u.kind() == UnitKind.HEADING) {
      int words = t.split("\\s+").length;
      return u.index() > 0 && words <= MAX_CONCEPT_WORDS ? t.replaceAll("^#+\\s*", "") : null;
    }
    if (u.kind() == UnitKind.TABLE_ROW || u.kind() == UnitKind.TABLE_CELL) {
      // a row of a capability table names the capability in its first cell; a row of figures
      // ("Night Flash | 80 lumens | 11 hours") gives the values of one variant of something
      String[] cells = t.split(" \\| ");
      if (cells.length > 1 && java.util.Arrays.stream(cells, 1, cells.length).allMatch(Omissions::figureCell)) {
        return null;
      }
      String first = cells[0].replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
      return t.contains(" | ") && first.split("\\s+").length <= MAX_CONCEPT_WORDS && !first.isEmpty()
          && Character.isLetter(first.charAt(0)) ? first : null;
    }
    Matcher m = LEAD_PHRASE.matcher(t);
    if (m.find() && m.group(1).strip().split("\\s+").length <= MAX_CONCEPT_WORDS) {
      String lead = m.group(1).strip();
      // A lead phrase names something when it is not a sentence of its own (no verb-like ending).
      return Character.isUpperCase(lead.charAt(0)) ? lead : null;
    }
    return null;
  }

  /** A table cell that gives a figure: a number with at most a few words of unit. */
  private static boolean figureCell(String cell) {
    String c = cell.strip();
    return c.chars().anyMatch(Character::isDigit) && c.split("\\s+").length <= 3;
  }

  /**
   * Whether the functions that leave a capability out tell a partial story. It is marketing's: a
   * capability sales sells and marketing leaves out counts, one only sales leaves out does not
   * (sales adapts the story to each deal).
   */
  private static boolean partialStory(List<BusinessFunction> leavers, List<BusinessFunction> audience) {
    return !leavers.isEmpty() && (leavers.size() == audience.size() || leavers.contains(BusinessFunction.MARKETING));
  }

  /** How alike a unit must be to a capability's definition to tell what it does. */
  static final double DESCRIBES = 0.4;

  /** The terms of the product unit that defines a capability, its own name left out. */
  private static Map<String, Double> definition(Themes themes, TextUnit quote, Concept c) {
    return themes.vector(themes.tokens(quote).stream().filter(t -> !c.tokens.contains(t)).toList());
  }

  private static boolean describes(Themes themes, TextUnit u, Map<String, Double> definition) {
    List<String> terms = themes.tokens(u);
    return terms.size() >= 4 && ClaimIndex.cosine(definition, themes.vector(terms)) >= DESCRIBES;
  }

  /** Whether a customer-facing function's material names the concept, or says its words together in one unit. */
  private static boolean mentioned(KitView view, UnitIndex units, BusinessFunction f, Concept c) {
    return view.mentions(f, c.text) || !units.withAll(c.tokens).isEmpty();
  }

  /**
   * Whether {@code terms} hold every one of {@code words} together, in any order and with at most
   * one other term among them ("snapshots are immutable", "payouts in a single batch").
   */
  static boolean together(List<String> terms, List<String> words) {
    int span = words.size() + 1;
    for (int i = 0; i < terms.size(); i++) {
      if (!words.contains(terms.get(i))) {
        continue;
      }
      List<String> run = terms.subList(i, Math.min(terms.size(), i + span));
      if (run.containsAll(words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The units of one function by the words of interest they say (the themes' terms): which units
   * say all of some words, in unit order, found among the units that say the rarest of them.
   */
  private static final class UnitIndex {
    private final List<TextUnit> units;
    private final Themes themes;
    private final Map<String, List<Integer>> postings = new HashMap<>();

    UnitIndex(List<TextUnit> units, Themes themes, Set<String> words) {
      this.units = units;
      this.themes = themes;
      for (int i = 0; i < units.size(); i++) {
        for (String t : themes.tokens(units.get(i))) {
          if (words.contains(t)) {
            List<Integer> p = postings.computeIfAbsent(t, k -> new ArrayList<>());
            if (p.isEmpty() || p.get(p.size() - 1) != i) {
              p.add(i);
            }
          }
        }
      }
    }

    /**
     * The units that say every one of {@code words} together, as a name is said (all units when
     * there is none): "reports every two minutes ... a temperature excursion" does not name a
     * "Proof-of-Temperature report".
     */
    List<TextUnit> withAll(List<String> words) {
      if (words.isEmpty()) {
        return units;
      }
      List<Integer> rarest = null;
      for (String w : words) {
        List<Integer> p = postings.getOrDefault(w, List.of());
        if (rarest == null || p.size() < rarest.size()) {
          rarest = p;
        }
      }
      List<TextUnit> out = new ArrayList<>();
      for (int i : rarest) {
        if (together(themes.tokens(units.get(i)), words)) {
          out.add(units.get(i));
        }
      }
      return out;
    }
  }
}
