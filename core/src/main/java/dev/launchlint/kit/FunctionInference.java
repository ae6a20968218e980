package dev.launchlint.kit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the function of a file that neither its folder nor a glob assigns, from its name and
 * its text: a kit that came down from a shared drive as one flat folder still has a pitch deck, a
 * spec and a landing page in it, and their names and words say so.
 *
 * <p>The order of the evidence, strongest first:
 *
 * <ol>
 *   <li>the file name ({@code pitch-deck.pptx}: a deck is sales material; {@code product-page.html}
 *       is marketing's, {@code product-spec.odt} product's): the longest phrase that names a kind
 *       of launch document wins;
 *   <li>the names of the folders above it ({@code website/}, {@code engineering/});
 *   <li>the text: cues each team's writing carries ("sign up", "unsubscribe" for marketing;
 *       "objection", "talk track" for sales; "API", "known limitations" for product; "pillar",
 *       "target audience" for strategy), when one team's cues clearly outnumber the others';
 *   <li>the format alone: slides are mostly sales decks, a web page mostly marketing's.
 * </ol>
 *
 * <p>A proposal is a guess for a person to confirm; it never overrides a folder or a glob. Stateless
 * and thread-safe.
 */
public final class FunctionInference {

  /** How much of a file's text the cues are looked for in: the start says what a document is. */
  static final int TEXT_READ = 20_000;

  private record Cue(Pattern pattern, BusinessFunction function, String says) {}

  private static final BusinessFunction PRODUCT = BusinessFunction.PRODUCT;
  private static final BusinessFunction MARKETING = BusinessFunction.MARKETING;
  private static final BusinessFunction SALES = BusinessFunction.SALES;
  private static final BusinessFunction STRATEGY = BusinessFunction.STRATEGY;

  /** Kinds of launch document a name may say, matched on its words joined by single spaces. */
  private static final List<Cue> NAMES = List.of(
      name("positioning", STRATEGY, "positioning"),
      name("messaging", STRATEGY, "messaging"),
      name("message house", STRATEGY, "message house"),
      name("north star", STRATEGY, "north star"),
      name("narrative", STRATEGY, "narrative"),
      name("go to market|gtm", STRATEGY, "go-to-market plan"),
      name("value props?|value propositions?", STRATEGY, "value proposition"),
      name("landing ?page", MARKETING, "landing page"),
      name("product ?page|web ?page|home ?page|app store page|app store", MARKETING, "web page"),
      name("press release", MARKETING, "press release"),
      name("blog|blog post", MARKETING, "blog post"),
      name("launch blog( post)?", MARKETING, "blog post"),
      name("newsletter", MARKETING, "newsletter"),
      name("e ?mail|email", MARKETING, "campaign e-mail"),
      name("campaign( e ?mail)?", MARKETING, "campaign"),
      name("launch (e ?mail|email)", MARKETING, "launch e-mail"),
      name("launch announcement|announcement", MARKETING, "announcement"),
      name("data ?sheet", MARKETING, "datasheet"),
      name("one ?pager", MARKETING, "one-pager"),
      name("brochure|case study|ebook|webinar|social( posts?)?|ad copy|website|site", MARKETING, "marketing copy"),
      name("decks?", SALES, "deck"),
      name("pitch( deck)?|sales deck|demo deck|partner deck|briefing deck", SALES, "sales deck"),
      name("battle ?cards?", SALES, "battlecard"),
      name("objection( handling)?|talk ?track", SALES, "objection handling"),
      name("pricing( sheet| calculator)?|price ?list|quote|rate card", SALES, "pricing sheet"),
      name("faq|faqs", SALES, "customer FAQ"),
      name("follow ?up( e ?mail| email)?", SALES, "follow-up e-mail"),
      name("playbook|enablement|sales guide|proposal|rfp|discovery", SALES, "sales enablement"),
      name("specs?|specification", PRODUCT, "spec"),
      name("product spec|service spec|hardware spec|api spec", PRODUCT, "spec"),
      name("prd|requirements", PRODUCT, "requirements document"),
      name("release notes|release overview|change ?log|changelog", PRODUCT, "release notes"),
      name("api( reference)?|reference|documentation|docs", PRODUCT, "documentation"),
      name("white ?paper|feature brief|technical|architecture|roadmap", PRODUCT, "technical paper"));

  /** Folder names that say a team without naming a kind of document. */
  private static final List<Cue> FOLDERS = List.of(
      name("engineering|eng|dev|development|tech|docs|documentation", PRODUCT, "an engineering folder"),
      name("web|website|site|brand|comms|communications|pr", MARKETING, "a web or comms folder"),
      name("field|field kit|deals|partners|channel|account", SALES, "a field folder"),
      name("north star|strategy|gtm|pmm", STRATEGY, "a strategy folder"));

  /** Words each team's writing carries; counted in the first {@link #TEXT_READ} characters. */
  private static final List<Cue> WORDS = List.of(
      word("api|apis|endpoint|endpoints|sdk", PRODUCT, "API"),
      word("requirements?|acceptance criteria|user stor(y|ies)|non-goals", PRODUCT, "requirements"),
      word("release notes|changelog|known (issues|limitations)|bug fixes|fixed|deprecated", PRODUCT, "release notes"),
      word("configur(e|ation)|migration|firmware|specifications?|architecture", PRODUCT, "technical detail"),
      word("sign up|get started|start (your|a) free trial|try it free|learn more|read more", MARKETING, "calls to action"),
      word("subscribe|unsubscribe|privacy policy|follow us|newsletter", MARKETING, "e-mail and web footers"),
      word("press release|announc(es|ed|ing)|for immediate release|media contact", MARKETING, "announcement"),
      word("objections?|talk track|discovery questions?|prospects?|competitors?|competitive", SALES, "selling"),
      word("why we win|when they say|customer asks|handle|deal|deals|quota|close the", SALES, "selling"),
      word("per seat|discounts?|list price|pricing tiers?|quote", SALES, "pricing"),
      word("positioning|pillars?|target audience|personas?|tone of voice|ideal customer", STRATEGY, "positioning"),
      word("value propositions?|proof points?|who we serve|what we say|messaging", STRATEGY, "messaging"));

  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern NUMBERS = Pattern.compile("\\b\\d+\\b");

  private FunctionInference() {}

  /**
   * The function {@code path} most likely belongs to, from its name, its folders and
   * {@code text}, or empty when nothing says.
   *
   * @param path kit-relative, {@code /}-separated
   * @param text the file's extracted text, or an empty string when it could not be read; only its
   *     first {@value #TEXT_READ} characters are looked at
   */
  public static Optional<InferredFunction> infer(String path, String text) {
    return fromName(path).or(() -> byText(path, text)).or(() -> byFormat(path));
  }

  /**
   * The function the name of {@code path} or of its folders says, without reading the file; empty
   * when only the text could tell.
   */
  public static Optional<InferredFunction> fromName(String path) {
    String[] parts = path.split("/");
    String fileName = parts[parts.length - 1];
    Optional<InferredFunction> byName = longest(NAMES, words(stem(fileName)))
        .map(c -> new InferredFunction(path, c.function(), "the name says " + c.says()));
    if (byName.isPresent()) {
      return byName;
    }
    for (int i = parts.length - 2; i >= 0; i--) {
      String folder = words(parts[i]);
      Optional<Cue> cue = longest(NAMES, folder).or(() -> longest(FOLDERS, folder));
      if (cue.isPresent()) {
        return Optional.of(new InferredFunction(path, cue.get().function(),
            "its folder " + parts[i] + " says " + cue.get().says()));
      }
    }
    return Optional.empty();
  }

  /** The cue whose phrase is the longest match in {@code words}; the first listed among equals. */
  private static Optional<Cue> longest(List<Cue> cues, String words) {
    Cue best = null;
    int bestLength = 0;
    for (Cue c : cues) {
      Matcher m = c.pattern().matcher(words);
      while (m.find()) {
        if (m.end() - m.start() > bestLength) {
          best = c;
          bestLength = m.end() - m.start();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<InferredFunction> byText(String path, String text) {
    String head = text.length() > TEXT_READ ? text.substring(0, TEXT_READ) : text;
    String lower = head.toLowerCase(Locale.ROOT);
    Map<BusinessFunction, Integer> counts = new EnumMap<>(BusinessFunction.class);
    Map<BusinessFunction, Set<String>> said = new EnumMap<>(BusinessFunction.class);
    for (Cue c : WORDS) {
      Matcher m = c.pattern().matcher(lower);
      while (m.find()) {
        counts.merge(c.function(), 1, Integer::sum);
        said.computeIfAbsent(c.function(), f -> new LinkedHashSet<>()).add(m.group().strip());
      }
    }
    BusinessFunction best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<BusinessFunction, Integer> e : counts.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    // Two cues at least, and clearly more than any other team's: one "API" in a landing page
    // does not make it a spec.
    if (best == null || first < 2 || first < 2 * second) {
      return Optional.empty();
    }
    List<String> shown = new ArrayList<>(said.get(best));
    String cues = String.join(", ", shown.subList(0, Math.min(3, shown.size())));
    return Optional.of(new InferredFunction(path, best,
        "its text reads like " + best.id() + " material (" + cues + ")"));
  }

  private static Optional<InferredFunction> byFormat(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pptx") || lower.endsWith(".ppt") || lower.endsWith(".odp") || lower.endsWith(".key")) {
      return Optional.of(new InferredFunction(path, SALES, "a slide deck, and decks are mostly sales material"));
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return Optional.of(new InferredFunction(path, MARKETING, "a web page, and web pages are mostly marketing's"));
    }
    return Optional.empty();
  }

  /** The name without its extension. */
  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** {@code "Sales_Deck-v2"} as {@code "sales deck v2"}: words joined by single spaces, numbers dropped. */
  static String words(String name) {
    String spaced = CAMEL.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT);
    String joined = NOT_WORD.matcher(spaced).replaceAll(" ");
    return NUMBERS.matcher(joined).replaceAll(" ").replaceAll(" +", " ").strip();
  }

  private static Cue name(String phrase, BusinessFunction function, String says) {
    return new Cue(Pattern.compile("(?<![a-z])(?:" + phrase + ")(?![a-z])"), function, says);
  }

  private static Cue word(String phrase, BusinessFunction function, String says) {
    return new Cue(Pattern.compile("\\b(?:" + phrase + ")\\b"), function, says);
  }
}
