package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.analyze.ReleaseStage;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What customer-facing material says and product or strategy material does not back: overpromises
 * (absolutes and guarantees) and unsupported claims (a named integration, certification or number
 * that no backing claim admits). Stateless.
 */
final class Coverage {

  /** Similarity at which a product or strategy claim speaks of the same thing. */
  static final double BACKING = 0.25;

  /**
   * Absolutes the analysis may not list: guarantees, "never", "unlimited", "the only", "zero X",
   * "100%". "Never" opening a sentence is an instruction to the reader ("Never lead with price").
   */
  private static final Pattern ABSOLUTE = Pattern.compile(
      "(?<![\\w-])(guarantee[ds]?|never|unlimited|the only|zero[- ][a-z]+|no downtime|risk[- ]free)\\b"
          + "|(?<![\\w.])100 ?%",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern DENIED = Pattern.compile("\\b(not|no|never|without|n't|cannot)\\b");

  private static final List<BusinessFunction> BACKERS = List.of(BusinessFunction.PRODUCT, BusinessFunction.STRATEGY);

  private Coverage() {}

  // ---- overpromises and unsupported claims ----

  /** How many capability claims without backing one function may be reported for: the worst few. */
  static final int MAX_UNBACKED_CAPABILITIES = 1;
  /** Share of a capability claim's terms that product and strategy never use, to call it unbacked. */
  static final double NOVELTY = 0.35;

  /** Words with which launch material says the offering does something (a capability is sold). */
  private static final Pattern CAPABILITY_CUE = Pattern.compile(
      "\\b(built[- ]in|integrat\\w*|lets|let you|includes?|supports?|offers?|provides?|comes with|automatic\\w*|"
          + "native(ly)?|predicts?|dedicated|real[- ]time|AI|powered|syncs?|connects?|detects?|monitors?|generates?|"
          + "transcri\\w*|adds?|ships? with|features?|(?:is|are) available (?:on|in|for)|works? (?:on|with))\\b",
      Pattern.CASE_INSENSITIVE);

  /** Quotes, credits and legal lines name people and companies, not what is sold. */
  private static final Pattern NOT_AN_OFFER = Pattern.compile(
      "\\b(said|says|trademarks?|registered|llc|inc\\.|ltd|copyright)\\b|[™®©]", Pattern.CASE_INSENSITIVE);

  /** Headings under which product lists what it does not offer. */
  private static final Pattern NOT_OFFERED = Pattern.compile(
      "\\b(out of scope|not in scope|non-goals?|known (issues|limitations)|limitations|not (included|supported))\\b",
      Pattern.CASE_INSENSITIVE);

  private static boolean notOffered(String heading) {
    return heading != null && NOT_OFFERED.matcher(heading).find();
  }

  /**
   * A capability claim's words that backing material never uses; {@code phrase} is the longest run
   * of them that stand side by side in the text ("air-quality sensor", "tax form collection"): a
   * feature named, not a turn of phrase made of ordinary words.
   */
  private record Novel(Claim claim, double novelty, List<String> words, String phrase) {}

  /**
   * What one customer-facing claim is found to be: an absolute with the words nothing backs
   * ({@code unbacked}, empty when all are backed), else a named thing backing material never
   * names ({@code entity}), else perhaps a novel capability.
   */
  private record Verdict(Claim claim, List<Integer> backers, List<String> unbacked, String entity,
      Optional<Novel> novel) {}

  private static Verdict verdict(ClaimIndex index, KitView view, int i, Set<String> backerEntities,
      Set<String> backerTerms) {
    Claim c = index.claim(i);
    List<String> absolutes = absolutes(c);
    if (!absolutes.isEmpty()) {
      List<Integer> backers = backers(index, i);
      List<String> unbacked = absolutes.stream().filter(w -> !backed(index, view, backers, w)).toList();
      return new Verdict(c, backers, unbacked, null, Optional.empty());
    }
    String entity = unbackedEntity(view, c, backerEntities);
    if (entity != null) {
      return new Verdict(c, List.of(), null, entity, Optional.empty());
    }
    return new Verdict(c, List.of(), null, null, novelty(c, index.tokens(i), backerTerms));
  }

  /** Whether a claim's backers are looked at: only a customer-facing promise's are. */
  static boolean needsBackers(Claim c) {
    return c.function().customerFacing() && !absolutes(c).isEmpty();
  }

  static List<Finding> unbacked(ClaimIndex index, KitView view, Themes themes, Set<Integer> contradicted) {
    if (BACKERS.stream().noneMatch(view::has)) {
      return List.of();
    }
    Set<String> backerEntities = new java.util.HashSet<>();
    Set<String> backerTerms = new java.util.HashSet<>();
    for (Claim c : index.claims()) {
      if (BACKERS.contains(c.function()) && !notOffered(c.location().heading())) {
        c.attributes().entities().forEach(e -> backerEntities.add(e.toLowerCase(Locale.ROOT)));
      }
    }
    List<TextUnit> backing = BACKERS.stream().flatMap(f -> view.units(f).stream())
        // A non-goal ("Out of scope: GPU runners") names a thing product does not back.
        .filter(u -> !notOffered(u.location().heading()))
        .toList();
    Spread.indices(backing.size()).mapToObj(i -> LaunchAnalyzer.SHARED.tokens(backing.get(i).text()))
        .toList()
        .forEach(backerTerms::addAll);
    // Each statement is read once, by its first copy that may be unbacked: the others find the same.
    List<Integer> reading = new ArrayList<>();
    Set<Integer> read = new java.util.HashSet<>();
    for (int i = 0; i < index.claims().size(); i++) {
      Claim c = index.claim(i);
      if (c.function().customerFacing() && !contradicted.contains(i) && !view.isHeading(c)
          && read.add(index.statementOf(i))) {
        reading.add(i);
      }
    }
    List<Verdict> verdicts = Spread.indices(reading.size())
        .mapToObj(k -> verdict(index, view, reading.get(k), backerEntities, backerTerms))
        .toList();
    List<Finding> out = new ArrayList<>();
    List<Novel> novel = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (Verdict v : verdicts) {
      Claim c = v.claim();
      if (v.unbacked() != null) {
        if (!v.unbacked().isEmpty() && reported.add("o|" + c.function() + "|" + Quotes.collapse(c.text()))
            && reported.add("p|" + c.function() + "|" + promised(c.text(), v.unbacked().get(0)))) {
          out.add(overpromise(index, c, v.backers(), v.unbacked()));
        }
      } else if (v.entity() != null) {
        if (reported.add("u|" + c.function() + "|" + v.entity().toLowerCase(Locale.ROOT))) {
          out.add(unsupported(c, v.entity()));
        }
      } else {
        v.novel().ifPresent(novel::add);
      }
    }
    // Capability claims with words product never uses: only the most novel few per function.
    novel.sort(Comparator.comparingInt((Novel n) -> -n.phrase.split(" ").length)
        .thenComparingDouble(n -> -n.novelty).thenComparing(n -> n.claim.path())
        .thenComparingInt(n -> n.claim.start()));
    java.util.Map<BusinessFunction, Integer> perFunction = new java.util.EnumMap<>(BusinessFunction.class);
    for (Novel n : novel) {
      int count = perFunction.getOrDefault(n.claim.function(), 0);
      if (count == MAX_UNBACKED_CAPABILITIES
          || !reported.add("u|" + n.claim.function() + "|" + Quotes.collapse(n.claim.text()))) {
        continue;
      }
      perFunction.put(n.claim.function(), count + 1);
      out.add(unsupported(n.claim, n.phrase));
    }
    return out;
  }

  /**
   * The promise an absolute makes, as the word and the word after it ("never pay", "never break"):
   * one function repeating one promise in several documents is one overpromise.
   */
  static String promised(String text, String word) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(word);
    if (at < 0) {
      return lower;
    }
    String[] after = lower.substring(at + word.length()).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip().split("\\s+");
    StringBuilder key = new StringBuilder(word);
    for (int i = 0; i < Math.min(1, after.length); i++) {
      key.append(' ').append(after[i]);
    }
    return key.toString();
  }

  /** A named integration, platform or certification the claim names and no backing material does. */
  private static String unbackedEntity(KitView view, Claim c, Set<String> backerEntities) {
    // Integrations and certifications are sold by name; a tool named in passing ("our shared Slack
    // channel") is not a claim about the offering.
    boolean offer = c.type() == ClaimType.COMPATIBILITY || c.type() == ClaimType.COMPLIANCE;
    if (!offer || NOT_AN_OFFER.matcher(c.unitText()).find()) {
      return null;
    }
    for (String e : c.attributes().entities()) {
      if (e.length() <= 2) {
        continue;
      }
      if (!backerEntities.contains(e.toLowerCase(Locale.ROOT)) && BACKERS.stream().noneMatch(f -> view.mentions(f, e))) {
        return e;
      }
    }
    return null;
  }

  /**
   * How much of a capability claim product and strategy never say: the share of its terms they
   * never use, with the readable words. Empty for other claims, hedged ones, or too little novelty.
   */
  private static java.util.Optional<Novel> novelty(Claim c, List<String> tokens, Set<String> backerTerms) {
    boolean capability = c.type() == ClaimType.CAPABILITY || c.type() == ClaimType.COMPATIBILITY
        || c.type() == ClaimType.COMPARISON;
    if (!capability || c.attributes().hedged() || c.attributes().negated()
        || !CAPABILITY_CUE.matcher(c.text()).find() || NOT_AN_OFFER.matcher(c.unitText()).find()) {
      return java.util.Optional.empty();
    }
    List<LaunchAnalyzer.Token> toks = LaunchAnalyzer.SHARED.surfacedTokens(c.text()).stream()
        .filter(t -> Themes.informative(t.term()) && !t.term().chars().anyMatch(Character::isDigit))
        .toList();
    if (toks.size() < 3) {
      return java.util.Optional.empty();
    }
    Set<String> terms = new LinkedHashSet<>();
    List<String> words = new ArrayList<>();
    int unseen = 0;
    String lower = c.text().toLowerCase(Locale.ROOT);
    int from = 0;
    int prevEnd = -1;
    List<String> run = new ArrayList<>();
    String phrase = "";
    for (LaunchAnalyzer.Token t : toks) {
      boolean novelTerm = !backerTerms.contains(t.term()) && t.term().length() >= 3;
      if (terms.add(t.term()) && novelTerm && t.term().length() >= 4) {
        unseen++;
        words.add(t.surface());
      }
      int at = lower.indexOf(t.surface(), from);
      boolean adjacent = at >= 0 && prevEnd >= 0 && lower.substring(prevEnd, at).matches("[\\s-]+");
      if (!novelTerm || at < 0) {
        run.clear();
      } else {
        if (!adjacent) {
          run.clear();
        }
        run.add(c.text().substring(at, at + t.surface().length()));
        if (run.size() >= 2 && run.size() > phrase.split(" ").length - (phrase.isEmpty() ? 1 : 0)) {
          phrase = String.join(" ", run);
        }
      }
      if (at >= 0) {
        from = at + t.surface().length();
        prevEnd = from;
      } else {
        prevEnd = -1;
      }
    }
    double share = unseen / (double) terms.size();
    return share >= NOVELTY && !phrase.isEmpty()
        ? java.util.Optional.of(new Novel(c, share, words, phrase)) : java.util.Optional.empty();
  }

  /** The product and strategy claims that speak of the same thing as claim {@code i}, best first. */
  private static List<Integer> backers(ClaimIndex index, int i) {
    Claim c = index.claim(i);
    List<Integer> out = new ArrayList<>();
    for (int j : index.candidates(i)) {
      Claim o = index.claim(j);
      if (!BACKERS.contains(o.function())) {
        continue;
      }
      double sim = index.similarity(i, j);
      boolean sameAspect = c.aspect() != null && c.aspect().equalsIgnoreCase(String.valueOf(o.aspect()));
      if (sim >= BACKING || sameAspect && sim >= Contradictions.SAME_ASPECT) {
        out.add(j);
      }
    }
    out.sort(Comparator.comparingDouble((Integer j) -> -index.similarity(i, j)).thenComparingInt(j -> j));
    return out;
  }

  /** Absolutes too weak to promise anything on their own ("always", "fully"). */
  private static final Set<String> WEAK = Set.of("always", "fully", "completely", "instantly", "instant", "every",
      "all", "any", "entirely", "totally", "absolutely");

  static List<String> absolutes(Claim c) {
    Set<String> words = new LinkedHashSet<>();
    if (c.attributes().negated() && c.attributes().absolutes().isEmpty()) {
      return List.of(); // "we do not offer price guarantees" promises nothing
    }
    String text = c.text();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String a : c.attributes().absolutes()) {
      String w = a.toLowerCase(Locale.ROOT);
      int at = lower.indexOf(w);
      if (!WEAK.contains(w) && (at < 0 || promise(text, at, at + w.length()))) {
        words.add(w);
      }
    }
    if (c.attributes().negated()) {
      return List.copyOf(words);
    }
    Matcher m = ABSOLUTE.matcher(text);
    while (m.find()) {
      if (promise(text, m.start(), m.end())) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(words);
  }

  /**
   * Whether the absolute at {@code [start, end)} promises: not an instruction ("Never lead with
   * price"), not denied ("we do not offer price guarantees"), not a figure of speech ("the only
   * way we billed").
   */
  private static boolean promise(String text, int start, int end) {
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    boolean opening = text.substring(0, start).replaceAll("[^A-Za-z]", "").isEmpty();
    String before = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
    String after = text.substring(end).toLowerCase(Locale.ROOT);
    boolean denied = DENIED.matcher(before).find();
    boolean figure = word.equals("the only") && after.matches("^\\s*(way|time|reason|thing|one|option|personas?)\\b.*");
    boolean quoted = word.equals("never") && after.startsWith("\"");
    return !(opening && word.equals("never")) && !denied && !figure && !quoted;
  }


  /** Product or strategy material backs an absolute when a claim about the same thing says it too. */
  private static boolean backed(ClaimIndex index, KitView view, List<Integer> backers, String word) {
    for (int j : backers) {
      Claim b = index.claim(j);
      String text = b.text().toLowerCase(Locale.ROOT);
      int at = text.indexOf(word);
      if (b.attributes().negated() && at < 0 || at >= 0 && DENIED.matcher(text.substring(Math.max(0, at - 40), at)).find()) {
        continue; // "not a guarantee of zero data loss" does not back "zero data loss"
      }
      if (absolutes(b).contains(word) || at >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Finding overpromise(ClaimIndex index, Claim c, List<Integer> backers, List<String> words) {
    String aspect = c.aspect();
    String who = Quotes.label(c.function().id());
    String summary = (aspect == null ? "" : Quotes.label(aspect) + ": ")
        + who + " promises \"" + words.get(0) + "\" (" + Quotes.shorten(c.text(), 90) + ")"
        + (backers.isEmpty() ? "; no product material says so"
            : "; " + index.claim(backers.get(0)).function().id() + " material does not");
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Quotes.of(c, words.toArray(String[]::new)));
    if (!backers.isEmpty()) {
      evidence.add(Quotes.of(index.claim(backers.get(0))));
    }
    Severity s = Contradictions.customerVisible(aspect) || c.type() == ClaimType.COMPLIANCE
        || c.type() == ClaimType.PRICE ? Severity.HIGH : Severity.MEDIUM;
    return Finding.of(FindingType.OVERPROMISE, s, List.of(c.function()), aspect, summary, evidence);
  }

  private static Finding unsupported(Claim c, String anchor) {
    String aspect = c.aspect();
    String summary = (aspect == null ? "" : Quotes.label(aspect) + ": ")
        + Quotes.label(c.function().id()) + " claims \"" + Quotes.shorten(c.text(), 90)
        + "\" but no product or strategy material backs " + anchor;
    Severity s = c.type() == ClaimType.COMPLIANCE || Contradictions.customerVisible(aspect) ? Severity.HIGH
        : c.attributes().quantities().isEmpty() && c.attributes().entities().isEmpty() ? Severity.LOW
        : Severity.MEDIUM;
    return Finding.of(FindingType.UNSUPPORTED_CLAIM, s, List.of(c.function()), aspect, summary,
        List.of(Quotes.of(c, anchor)));
  }
}
