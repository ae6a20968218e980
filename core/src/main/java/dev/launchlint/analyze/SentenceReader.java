package dev.launchlint.analyze;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether one sentence (or verbless bullet) is a claim, and if so reads its type, aspect
 * and attributes. Stateless apart from the shared {@link Lexicon}; thread-safe.
 *
 * <p>Claim types are chosen by a fixed precedence, most specific first: price, compliance,
 * commitment, comparison, metric, availability, compatibility, capability. A sentence that names
 * a price is a price claim even when it also compares; one that guarantees a number ("99.99%
 * uptime SLA") is a commitment and keeps the number as an attribute.
 */
final class SentenceReader {

  /** What a sentence says: the claim parts, or {@code claim == false} when it asserts nothing. */
  record Reading(boolean claim, ClaimType type, String aspect, Attributes attributes) {
    static final Reading NONE = new Reading(false, null, null, Attributes.NONE);

    /**
     * The reading of the same sentence {@code delta} characters further into the document: {@link
     * #read} uses its {@code base} only to place spans, so nothing else moves.
     */
    Reading shifted(int delta) {
      return claim ? new Reading(true, type, aspect, attributes.shifted(delta)) : this;
    }
  }

  /**
   * How a sentence stands in its unit: a heading, an item of a list or table, and whether the
   * heading above it says its items are not there ({@link #denies}).
   */
  record Context(boolean heading, boolean bullet, boolean denied) {}

  /**
   * A heading over what the offering does not do or is not for: "Not supported", "Who it's not
   * for", "What it doesn't do", "Out of scope", "Non-goals", "Exclusions". What stands under it is
   * said not to be there, though its own words hold no "not" ("- 5 GHz Wi-Fi networks."). A
   * question ("Why not spreadsheets?") is not such a heading, nor a limit ("Limits", "Known
   * issues"), whose items give what there is.
   */
  private static final Pattern DENYING_HEADING = Pattern.compile(
      "^(?!.*\\?\\s*$).*(?:(?:\\bnot|n't)\\s+(?:yet\\s+)?(?:supported|included|available|offered|covered|for|in scope"
          + "|part of|in (?:this|the|v?\\d))\\b|(?:doesn't|does not|don't|do not|won't|will not|can't|cannot)\\s+(?:do|support|include|cover)\\b"
          + "|\\bunsupported\\b|\\bout of scope\\b|\\bnon-goals?\\b|\\bexclu(?:ded|sions?)\\b)",
      Pattern.CASE_INSENSITIVE);

  /** Whether the items under {@code heading} are said not to be there ({@link #DENYING_HEADING}). */
  static boolean denies(String heading) {
    return heading != null && DENYING_HEADING.matcher(heading).find();
  }

  /** A heading's section number before its title: "3.2 ColdTrack Probe P2", "6. Proof-of-Temperature report". */
  private static final Pattern SECTION_NUMBER = Pattern.compile("^\\s*(\\d+\\.(?:\\d+\\.?)*)\\s+\\p{Lu}\\p{Ll}");

  /**
   * What a heading's numbers say, its section number left out: "3.2 ColdTrack Probe" numbers a
   * section, it does not count probes. A measure keeps its number ("2.4 GHz Wi-Fi"), and so does
   * a whole number ("5 Users included").
   */
  private static Quantities.Found sectionNumbered(Quantities.Found found, String s, int base, Context context) {
    Matcher m = SECTION_NUMBER.matcher(s);
    if (!context.heading() || found.quantities().isEmpty() || !m.lookingAt()) {
      return found;
    }
    List<Quantity> kept = found.quantities().stream()
        .filter(q -> q.start() != base + m.start(1) || !"count".equals(q.dimension())).toList();
    return kept.size() == found.quantities().size() ? found : new Quantities.Found(kept, found.prices(), found.dates());
  }



  private static final Pattern NAVIGATION = Pattern.compile("^(?:[\\p{Lu}\\d][\\p{L}\\d&'’-]*\\s*){3,}$");
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "our", "your", "we", "i", "it", "this", "that");

  private static final Pattern SUPPORT = Pattern.compile("(?i)(?<![\\p{L}])support(?:s|ed|ing)?(?![\\p{L}])");

  private final Lexicon lex = Lexicon.shared();

  boolean boilerplate(String collapsed) {
    String lower = null;
    for (int i = 0; i < lex.boilerplate.size(); i++) {
      if (!anchored[i] && literals[i] != null) {
        if (lower == null) {
          lower = collapsed.toLowerCase(Locale.ROOT);
        }
        if (!containsAny(literalsIgnoreCase[i] ? lower : collapsed, literals[i])) {
          continue;
        }
      }
      Matcher m = lex.boilerplate.get(i).matcher(collapsed);
      if (anchored[i] ? m.lookingAt() : m.find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per boilerplate pattern that may match anywhere, words one of which every match contains
   * ({@link #requiredLiterals}), or null: a unit without any of them is not tried, for {@code find}
   * tries such a pattern's alternatives at every character of every unit of a kit.
   */
  private final String[][] literals = lex.boilerplate.stream().map(SentenceReader::requiredLiterals)
      .toArray(String[][]::new);
  private final boolean[] literalsIgnoreCase = ignoringCase(lex.boilerplate);

  private static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean[] ignoringCase(List<Pattern> patterns) {
    boolean[] out = new boolean[patterns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = flags(patterns.get(i)).ignoreCase();
    }
    return out;
  }

  private record Flags(boolean ignoreCase, boolean other, int bodyStart) {}

  /** The flags of a pattern, its own and inline ones at its start. */
  private static Flags flags(Pattern p) {
    boolean ignoreCase = (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
    boolean other = (p.flags() & ~Pattern.CASE_INSENSITIVE) != 0;
    int start = 0;
    Matcher inline = INLINE_FLAGS.matcher(p.pattern());
    if (inline.lookingAt()) {
      for (char f : inline.group(1).toCharArray()) {
        if (f == 'i') {
          ignoreCase = true;
        } else {
          other = true;
        }
      }
      start = inline.end();
    }
    return new Flags(ignoreCase, other, start);
  }

  /**
   * Strings one of which occurs in every text {@code p} finds a match in (lower case when it
   * ignores case, which here is ASCII case only), or null when that cannot be told from the
   * pattern's shape. Only a plain shape is read: words, or one group of alternatives that each
   * begin with words, with {@code \b} around; anything else, or flags other than {@code i}, gives
   * null and the pattern is always tried.
   */
  static String[] requiredLiterals(Pattern p) {
    Flags flags = flags(p);
    if (flags.other()) {
      return null;
    }
    String body = p.pattern().substring(flags.bodyStart());
    body = stripBoundaries(body);
    if (body.startsWith("(") && !body.startsWith("(?") && body.endsWith(")") && closes(body, 0) == body.length() - 1) {
      body = body.substring(1, body.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String alternative : topLevelAlternatives(body)) {
      String word = leadingLiteral(stripBoundaries(alternative));
      if (word == null || word.isEmpty()) {
        return null;
      }
      out.add(flags.ignoreCase() ? word.toLowerCase(Locale.ROOT) : word);
    }
    return out.isEmpty() ? null : out.toArray(String[]::new);
  }

  private static String stripBoundaries(String r) {
    while (r.startsWith("\\b")) {
      r = r.substring(2);
    }
    while (r.endsWith("\\b") && !r.endsWith("\\\\b")) {
      r = r.substring(0, r.length() - 2);
    }
    return r;
  }

  /** Where the group opened at {@code open} closes, or -1. */
  private static int closes(String r, int open) {
    int depth = 0;
    boolean inClass = false;
    for (int i = open; i < r.length(); i++) {
      char ch = r.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (inClass) {
        inClass = ch != ']';
      } else if (ch == '[') {
        inClass = true;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> topLevelAlternatives(String r) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int from = 0;
    for (int i = 0; i < r.length(); i++) {
      char ch = r.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (inClass) {
        inClass = ch != ']';
      } else if (ch == '[') {
        inClass = true;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == '|' && depth == 0) {
        out.add(r.substring(from, i));
        from = i + 1;
      }
    }
    out.add(r.substring(from));
    return out;
  }

  /**
   * The characters an alternative must begin with: letters, digits, spaces and escaped
   * punctuation up to the first other construct; a character a quantifier may leave out is not
   * among them. Null when it has none, or holds a character whose case a pattern could fold.
   */
  private static String leadingLiteral(String r) {
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < r.length()) {
      char ch = r.charAt(i);
      char literal;
      int next;
      if (ch == '\\' && i + 1 < r.length() && !Character.isLetterOrDigit(r.charAt(i + 1))) {
        literal = r.charAt(i + 1);
        next = i + 2;
      } else if (Character.isLetterOrDigit(ch) && ch < 128 || ch == ' ' || ch == '-' || ch == ':' || ch == '\u00a9') {
        literal = ch;
        next = i + 1;
      } else {
        break;
      }
      if (next < r.length() && "?*{".indexOf(r.charAt(next)) >= 0) {
        break;
      }
      word.append(literal);
      i = next;
    }
    return word.length() == 0 ? null : word.toString();
  }

  /**
   * Per boilerplate pattern, whether it can match only at the start of the text: most of them, and
   * {@code find} would try each of them at every character of every unit of a kit.
   */
  private final boolean[] anchored = anchored(lex.boilerplate);

  private static boolean[] anchored(List<Pattern> patterns) {
    boolean[] out = new boolean[patterns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = anchoredAtStart(patterns.get(i));
    }
    return out;
  }

  /**
   * Whether {@code find} and {@code lookingAt} agree for {@code p}: it starts with {@code ^} (after
   * inline flags without multi-line mode), has no alternative outside a group, and is compiled
   * without flags that move {@code ^}.
   */
  static boolean anchoredAtStart(Pattern p) {
    if ((p.flags() & Pattern.MULTILINE) != 0) {
      return false;
    }
    String r = p.pattern();
    Matcher flags = INLINE_FLAGS.matcher(r);
    if (flags.lookingAt()) {
      if (flags.group(1).indexOf('m') >= 0) {
        return false;
      }
      r = r.substring(flags.end());
    }
    if (!r.startsWith("^")) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < r.length(); i++) {
      char ch = r.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (inClass) {
        inClass = ch != ']';
      } else if (ch == '[') {
        inClass = true;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?([a-zA-Z]+)\\)");

  /**
   * Reads one sentence.
   *
   * @param s the sentence's characters, markup masked, same length as in the document
   * @param text {@code s} collapsed ({@link Text#collapse}), which the caller found to have a word
   *     and not to be {@link #boilerplate}: such a sentence asserts nothing, and is not even tagged
   * @param base the document offset of {@code s}
   * @param tokens its tokens with POS tags, spans relative to {@code s}
   */
  Reading read(String s, String text, int base, List<Token> tokens, Context context) {
    boolean[] taken = new boolean[s.length()];
    List<PhraseMatcher.Hit> entityHits = lex.entities(s);
    for (PhraseMatcher.Hit h : entityHits) {
      Quantities.take(taken, h.start(), h.end());
    }
    Quantities.Found found = sectionNumbered(Quantities.read(s, base, taken, tokens), s, base, context);
    List<PhraseMatcher.Hit> stageHits = lex.stages.find(s);
    ReleaseStage stage = stageHits.isEmpty() ? null : stage(stageHits.get(0).value());

    Set<String> entities = new LinkedHashSet<>();
    String certification = null;
    String integration = null;
    for (PhraseMatcher.Hit h : entityHits) {
      entities.add(h.value());
      String kind = lex.kindOf(h.value());
      if ("certification".equals(kind) && certification == null) {
        certification = h.value();
      } else if (("integration".equals(kind) || "platform".equals(kind)) && integration == null) {
        integration = h.value();
      }
    }
    entities.addAll(properNames(s, tokens, taken));

    boolean numbers = !found.quantities().isEmpty() || !found.prices().isEmpty();
    boolean facts = numbers || found.dates().stream().anyMatch(d -> !d.relative()) || stage != null
        || certification != null || integration != null;
    long words = tokens.stream().filter(Token::isWord).count();
    boolean verb = tokens.stream().anyMatch(Token::isVerb);
    // "support" alone is too common to mean compatibility, but "does not support Perforce" is; a
    // short verbless bullet naming a product is an entry of a list of integrations
    boolean compatible = lex.compatibility.anyIn(s)
        || integration != null && (SUPPORT.matcher(s).find() || context.bullet() && !verb && words <= 4);
    boolean question = text.endsWith("?");
    boolean imperative = !tokens.isEmpty() && startsWithAny(s, tokens, lex.imperatives);

    boolean titleCase = words >= 2 && words <= 8 && tokens.stream().filter(Token::isWord)
        .allMatch(t -> Character.isUpperCase(t.text().charAt(0)) || Character.isDigit(t.text().charAt(0))
            || t.tag().equals("ADP") || t.tag().equals("CCONJ") || t.tag().equals("DET"));

    boolean claim;
    if (question || titleCase && !facts && !lex.absolutes.anyIn(s)) {
      // questions ask, title-cased lines name (menus, slide titles): neither asserts
      claim = false;
    } else if (context.heading()) {
      // a heading naming a product ("GitHub vs. Sourcegraph") titles a section; it asserts only with a fact
      // or a promise ("Zero data loss")
      claim = numbers || found.dates().stream().anyMatch(d -> !d.relative()) || stage != null || certification != null
          || lex.absolutes.anyIn(s);
    } else if (imperative && !facts) {
      claim = false;
    } else if (verb && words >= 3 || words >= 6) {
      // the tagger misses verbs in marketing fragments ("payouts ... reach cards in minutes"): a long
      // verbless sentence still asserts
      claim = true;
    } else if (facts) {
      claim = true;
    } else {
      claim = context.bullet() && words >= 2 && words <= 12 && !NAVIGATION.matcher(text).matches()
          && tokens.stream().anyMatch(t -> t.isNoun() || t.tag().equals("ADJ"));
    }
    if (!claim) {
      return Reading.NONE;
    }

    boolean negated = context.denied() || negated(s, tokens);
    boolean hedged = lex.hedges.anyIn(s);
    List<String> absolutes = new ArrayList<>(new LinkedHashSet<>(
        lex.absolutes.find(s).stream().filter(h -> !SentenceShape.partOfName(s, h.start(), h.end())).map(PhraseMatcher.Hit::value).toList()));
    Attributes attributes = new Attributes(found.quantities(), found.prices(), found.dates(), stage,
        List.copyOf(entities), negated, hedged, absolutes);

    boolean comparison = lex.comparisons.find(s).stream().anyMatch(h -> Quantities.free(taken, h.start(), h.end()))
        || found.quantities().stream().anyMatch(q -> q.dimension().equals("multiplier"));
    boolean commitment = lex.commitments.anyIn(s);

    String aspect = aspect(s, base, found, numbers, certification, integration, compatible, stage);

    ClaimType type;
    if (!found.prices().isEmpty() || "price".equals(aspect) && numbers) {
      type = ClaimType.PRICE;
    } else if (certification != null) {
      type = ClaimType.COMPLIANCE;
    } else if (commitment) {
      type = ClaimType.COMMITMENT;
    } else if (comparison) {
      type = ClaimType.COMPARISON;
    } else if (!found.quantities().isEmpty()) {
      type = ClaimType.METRIC;
    } else if (stage != null || found.dates().stream().anyMatch(d -> !d.relative())) {
      type = ClaimType.AVAILABILITY;
    } else if (compatible) {
      type = ClaimType.COMPATIBILITY;
    } else {
      type = ClaimType.CAPABILITY;
    }
    return new Reading(true, type, aspect, attributes);
  }

  private String aspect(String s, int base, Quantities.Found found, boolean numbers, String certification,
      String integration, boolean compatible, ReleaseStage stage) {
    if (!found.prices().isEmpty()) {
      return "price";
    }
    if (certification != null) {
      return "certification:" + slug(certification);
    }
    List<PhraseMatcher.Hit> hits = new ArrayList<>();
    for (PhraseMatcher.Hit h : lex.aspects.find(s)) {
      if (!h.value().startsWith("+")) {
        hits.add(h);
      } else if (numbers && nearANumber(h, base, found)) {
        hits.add(new PhraseMatcher.Hit(h.start(), h.end(), h.value().substring(1)));
      }
    }
    if (!found.quantities().isEmpty()) {
      Quantity first = principal(s, base, found.quantities());
      int qs = first.start() - base;
      int qe = first.end() - base;
      PhraseMatcher.Hit nearest = null;
      int best = Integer.MAX_VALUE;
      for (PhraseMatcher.Hit h : hits) {
        int d = h.start() >= qe ? h.start() - qe : h.end() <= qs ? qs - h.end() : 0;
        if (d < best || d == best && order(h.value()) < order(nearest.value())) {
          best = d;
          nearest = h;
        }
      }
      if (nearest != null) {
        return nearest.value();
      }
      return switch (first.dimension()) {
        case "coverage" -> "support-hours";
        case "multiplier" -> "performance";
        default -> null;
      };
    }
    if (integration != null && compatible) {
      return "integration:" + slug(integration);
    }
    if (stage != null && integration == null) {
      return "release-date";
    }
    if (!hits.isEmpty()) {
      return hits.get(0).value();
    }
    if (stage != null || !found.dates().isEmpty()) {
      return "release-date";
    }
    return null;
  }

  /**
   * The figure a sentence is about: its first outside parentheses. What stands in parentheses is
   * a detail of the rest ("(2,205 lb)", "(768 dimensions, 500 queries per second): p99 latency
   * under 50 ms"), not what the sentence states.
   */
  private static Quantity principal(String s, int base, List<Quantity> quantities) {
    for (Quantity q : quantities) {
      int at = q.start() - base;
      int depth = 0;
      for (int i = 0; i < Math.min(at, s.length()); i++) {
        char c = s.charAt(i);
        if (c == '(') {
          depth++;
        } else if (c == ')' && depth > 0) {
          depth--;
        }
      }
      if (depth == 0) {
        return q;
      }
    }
    return quantities.get(0);
  }

  /** A "+"-marked aspect word counts only close to a number ("500 users", "users: 500"). */
  private static boolean nearANumber(PhraseMatcher.Hit h, int base, Quantities.Found found) {
    int window = 30;
    for (Quantity q : found.quantities()) {
      if (h.start() + base < q.end() + window && q.start() - window < h.end() + base) {
        return true;
      }
    }
    for (Money m : found.prices()) {
      if (h.start() + base < m.end() + window && m.start() - window < h.end() + base) {
        return true;
      }
    }
    return false;
  }

  private int order(String aspect) {
    int i = lex.aspectOrder.indexOf(aspect);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private boolean negated(String s, List<Token> tokens) {
    List<PhraseMatcher.Hit> exceptions = lex.negationExceptions.find(s);
    for (PhraseMatcher.Hit h : lex.negation.find(s)) {
      boolean excused = exceptions.stream().anyMatch(e -> e.start() <= h.start() && h.end() <= e.end());
      String cue = Text.lower(s.substring(h.start(), h.end()));
      if (!excused && cue.equals("without")) {
        // "without writing code" describes a way of working, it does not deny anything
        Token next = tokenAfter(tokens, h.end());
        excused = next != null && next.tag().equals("VERB") && Text.lower(next.text()).endsWith("ing");
      }
      if (!excused && (cue.equals("no") || cue.equals("without"))) {
        // "no" and "without" deny only the noun phrase they govern: "no Jira integration" denies the
        // offering, "with no signal" or "no MX change" describes a circumstance and denies nothing
        excused = !deniesOffering(s, tokens, h.end());
      }
      if (!excused) {
        return true;
      }
    }
    return false;
  }

  /** Head nouns that make "no X" / "without X" deny the offering itself. */
  private static final Set<String> OFFERING_HEADS = Set.of("support", "integration", "integrations", "connector",
      "connectors", "plugin", "plugins", "compatibility", "access", "availability", "option", "version", "app");

  /**
   * Whether the noun phrase after a "no"/"without" at {@code from} is the offered thing: its head is
   * a support word ("no support for", "without SSO support") or a named thing ("no Jira").
   */
  private boolean deniesOffering(String s, List<Token> tokens, int from) {
    Token head = null;
    int n = 0;
    for (Token t : tokens) {
      if (t.start() < from) {
        continue;
      }
      String tag = t.tag();
      boolean phrase = tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("NUM")
          || tag.equals("X") || n == 0 && tag.equals("DET");
      if (!phrase || n >= 5) {
        break;
      }
      if (!tag.equals("DET")) {
        head = t;
      }
      n++;
    }
    if (head == null) {
      // "none", "no." or a verb after "no": no phrase to judge, keep the denial
      return true;
    }
    if (OFFERING_HEADS.contains(Text.lower(head.text()))) {
      return true;
    }
    for (PhraseMatcher.Hit e : lex.entities(s)) {
      if (e.start() < head.end() && head.start() < e.end()) {
        return true;
      }
    }
    return head.tag().equals("PROPN") && Character.isUpperCase(head.text().charAt(0));
  }

  /**
   * Names of products, features and plans that no list can know: runs of two or more capitalised
   * words ("Cody Gateway", "Smart Routing", "Auto-Assign"), CamelCase words ("SafeSend"), a
   * capitalised proper noun inside a sentence ("Klarna"), and "X plan" / "X tier".
   */
  private List<String> properNames(String s, List<Token> tokens, boolean[] taken) {
    List<String> names = new ArrayList<>();
    int firstWord = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).isWord()) {
        firstWord = k;
        break;
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      int capitals = 0;
      while (j < tokens.size()) {
        Token t = tokens.get(j);
        boolean adjacent = j == i || t.start() - tokens.get(j - 1).end() <= 1;
        boolean hyphen = t.text().equals("-") && j > i && j + 1 < tokens.size() && t.end() == tokens.get(j + 1).start()
            && capitalised(tokens.get(j + 1));
        if (!adjacent || !Quantities.free(taken, t.start(), t.end()) || !(hyphen || capitalised(t) && nameTag(t))) {
          break;
        }
        capitals += hyphen ? 0 : 1;
        j++;
      }
      if (j > i) {
        String raw = s.substring(tokens.get(i).start(), tokens.get(j - 1).end());
        String name = Text.lower(Text.collapse(raw));
        boolean startsSentence = i == firstWord;
        boolean proper = tokens.subList(i, j).stream().anyMatch(t -> t.tag().equals("PROPN"));
        boolean hyphenated = raw.indexOf('-') > 0;
        boolean camel = capitals == 1 && CAMEL.matcher(raw).matches();
        if (capitals >= 2 && capitals <= 5 && !NOT_NAMES.contains(Text.lower(tokens.get(i).text()))
            || (hyphenated || camel) && capitals <= 5
            || capitals == 1 && proper && !startsSentence && raw.length() >= 3 && !lex.plans.anyIn(raw)) {
          if (!MONTH_OR_DAY.matcher(raw).matches() && !person(s, tokens.get(i).start(), tokens.get(j - 1).end())) {
            names.add(name);
          }
        }
        Token after = j < tokens.size() ? tokens.get(j) : null;
        if (after != null && PLAN_WORD.matcher(after.text()).matches()) {
          names.add(name + " " + Text.lower(after.text()));
        }
      }
      i = Math.max(j, i + 1);
    }
    return names;
  }

  /** A role after a name (", Head of Product", ", CEO of Acme") makes it a person's. */
  private static final String ROLE = "(?:senior|staff|principal|chief|executive|head|vp|svp|evp|vice|president|director"
      + "|manager|founder|co-?founder|ceo|cto|cfo|coo|cpo|cmo|ciso|engineer|architect|analyst|designer|officer|editor)\\b";
  private static final Pattern ROLE_AFTER = Pattern.compile("^\\s*[,(–—-]\\s*(?:our\\s+|the\\s+)?" + ROLE
      + "|^\\s*(?:said|says|explains|explained|added)\\b", Pattern.CASE_INSENSITIVE);
  /** The title itself ("Jane Doe, Head of Product"): a role word after a comma. */
  private static final Pattern TITLE = Pattern.compile("(?i)" + ROLE + ".*");
  /** Words that introduce a speaker or an author ("said Jane Doe", "Document owner: Jane Doe"). */
  private static final Pattern ATTRIBUTION_BEFORE = Pattern.compile("(?:\\b(?:said|according to|written by|"
      + "authored by|prepared by|owner|author|presenter|speaker)\\s*:?\\s*)$", Pattern.CASE_INSENSITIVE);

  /**
   * Whether the capitalised run at {@code [start, end)} names a person: people are quoted and
   * credited in launch material, but their names are no property of the offering.
   */
  private static boolean person(String s, int start, int end) {
    String before = s.substring(Math.max(0, start - 30), start);
    return ROLE_AFTER.matcher(s.substring(end)).find()
        || ATTRIBUTION_BEFORE.matcher(before).find()
        || before.matches("(?s).*,\\s*$") && TITLE.matcher(s.substring(start, end)).matches();
  }

  private static final Pattern CAMEL = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*");
  private static final Pattern PLAN_WORD = Pattern.compile("(?i)plan|tier|edition");
  private static final Pattern MONTH_OR_DAY = Pattern.compile(
      "(?i)(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i|new|our|we)");

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.text().charAt(0)) && t.text().length() > 1
        && !t.text().chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c)) || t.text().length() > 1
        && t.tag().equals("PROPN") && Character.isUpperCase(t.text().charAt(0));
  }

  /** Capitalised words of any open class may form a name ("Early Pay", "Checkout Armor"); function words may not. */
  private static boolean nameTag(Token t) {
    return switch (t.tag()) {
      case "PUNCT", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "NUM", "PART", "SYM" -> false;
      default -> true;
    };
  }

  private static Token tokenAfter(List<Token> tokens, int offset) {
    for (Token t : tokens) {
      if (t.start() >= offset) {
        return t;
      }
    }
    return null;
  }

  private static boolean startsWithAny(String s, List<Token> tokens, PhraseMatcher phrases) {
    Token first = tokens.stream().filter(Token::isWord).findFirst().orElse(null);
    if (first == null) {
      return false;
    }
    for (PhraseMatcher.Hit h : phrases.find(s)) {
      if (h.start() == first.start()) {
        // "Use" as a verb opens an instruction; "Users love it" does not
        return first.tag().equals("VERB") || first.tag().equals("INTJ") || first.tag().equals("ADV");
      }
    }
    return false;
  }

  static ReleaseStage stage(String id) {
    return switch (id) {
      case "ga" -> ReleaseStage.GA;
      case "beta" -> ReleaseStage.BETA;
      case "preview" -> ReleaseStage.PREVIEW;
      case "early-access" -> ReleaseStage.EARLY_ACCESS;
      case "roadmap" -> ReleaseStage.ROADMAP;
      case "deprecated" -> ReleaseStage.DEPRECATED;
      default -> throw new IllegalStateException("cues.txt names an unknown stage: " + id);
    };
  }

  static String slug(String name) {
    return Text.lower(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}
