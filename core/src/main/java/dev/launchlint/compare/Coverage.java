package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.analyze.ReleaseStage;
import dev.launchlint.analyze.SentenceShape;
import dev.launchlint.analyze.Vocabulary;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Arrays;
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
      Set<String> backerTerms, Backing backing) {
    Claim c = index.claim(i);
    // who the launch is for, what could go wrong, how it is measured: the team's own working
    // items, not what is sold ("Platform Leader: ... Also connects to Admin Personas.")
    if (InternalItems.section(c.location().heading())) {
      return new Verdict(c, List.of(), null, null, Optional.empty());
    }
    List<String> absolutes = absolutes(c);
    if (!absolutes.isEmpty()) {
      SentenceShape shape = SentenceShape.of(c.text());
      // a question, a story ("we wanted 100% transparency") or the company at its own work
      // ("we split products, which makes guarantees complex") promises the customer nothing
      if (shape.question() || !promisedByUs(shape)) {
        return new Verdict(c, List.of(), List.of(), null, Optional.empty());
      }
      List<Integer> backers = backers(index, i);
      List<String> unbacked = absolutes.stream()
          .filter(w -> !backed(index, view, backers, w) && !backing.backs(c.text(), w))
          .toList();
      return new Verdict(c, backers, unbacked, null, Optional.empty());
    }
    boolean offerLike = c.type() == ClaimType.COMPATIBILITY || c.type() == ClaimType.COMPLIANCE
        || c.type() == ClaimType.CAPABILITY || c.type() == ClaimType.COMPARISON;
    if (!offerLike) {
      return new Verdict(c, List.of(), null, null, Optional.empty());
    }
    SentenceShape shape = SentenceShape.of(c.text());
    // someone's words in quotation marks (a buyer's objection, a customer's praise) are not the claim
    if (!assertsOffering(shape) || shape.quoted() || !shape.hasVerb() && FAULT.matcher(c.text()).find()) {
      return new Verdict(c, List.of(), null, null, Optional.empty());
    }
    String entity = unbackedEntity(view, c, backerEntities);
    if (entity != null) {
      // "our plans cost more because you get more, particularly on self-hosted": an argument names
      // the thing among its reasons, it does not sell it
      return new Verdict(c, List.of(), null, shape.inReason(entity) ? null : entity, Optional.empty());
    }
    Optional<Novel> novel = novelty(c, index.tokens(i), backerTerms)
        .filter(n -> shape.hasVerb() && !shape.past() && shape.nounPhrase(n.phrase())
            && !measures(c.text(), n.phrase()) && !view.othersColumn(c, n.phrase())
            && !describesSomeone(c.text(), n.phrase()));
    return new Verdict(c, List.of(), null, null, novel);
  }

  /**
   * A name with what it is set beside it ("Lanternfund, a public benefit corporation that builds
   * fundraising software, today released ..."): the apposition says who the company or a customer
   * is, not what the offering does.
   */
  private static final Pattern APPOSITION = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.&'-]*,\\s+an?\\s+([^,;:.]+),");

  static boolean describesSomeone(String text, String phrase) {
    Matcher m = APPOSITION.matcher(text);
    String lower = phrase.toLowerCase(Locale.ROOT);
    while (m.find()) {
      if (m.group(1).toLowerCase(Locale.ROOT).contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who stands as the subject of a sentence that tells about someone else: a customer's own
   * situation ("The client has a large plugin estate") or a rival's is no claim about the offering.
   */
  private static final Set<String> OTHER_PARTIES = Set.of("customer", "customers", "client", "clients", "buyer",
      "buyers", "prospect", "prospects", "competitor", "competitors", "they", "he", "she", "i");

  /**
   * Subjects that tell how the world is ("Usually companies with LDAP have Okta"): a claim about the
   * offering only when the offering is what lets them ("Teams can share a board", "Stores can sell
   * beer and wine through Orchard").
   */
  private static final Set<String> THE_WORLD = Set.of("companies", "company", "organizations", "organisations",
      "businesses", "enterprises", "people", "most", "many", "everyone", "nobody", "industry", "market");
  private static final Set<String> ENABLED = Set.of("can", "could", "may", "will", "'ll", "get", "gets");

  /**
   * What "we" do that is about the offering; other verbs tell the company's own work ("we pull all
   * accounts every week", "we split products") and promise the customer nothing.
   */
  private static final Pattern WE_OFFER = Pattern.compile(
      "can|will|'ll|do|don't|never|always|are|'re|have|'ve|offer|provide|support|include|integrate|guarantee|give|"
          + "let|help|handle|host|store|keep|protect|encrypt|run|charge|bill|ship|build|back|cover|connect|sync|"
          + "monitor|detect|deliver|process|replace|refund|respond|answer|promise|commit|add");

  /**
   * Whether a sentence asserts something about the offering: a statement, not a question, not an
   * instruction to the reader ("If the buyer pushes for more margin, offer ..."), whose subject is
   * not another party, not the world at large and not the company at its own work.
   */
  static boolean assertsOffering(SentenceShape shape) {
    if (shape.question() || shape.instruction()) {
      return false;
    }
    String head = shape.subjectHead();
    String verb = shape.verb();
    List<String> subject = shape.subject();
    // "the vast majority of our customers": the party may come after a quantity
    if (OTHER_PARTIES.contains(head) || !subject.isEmpty() && OTHER_PARTIES.contains(subject.get(subject.size() - 1))) {
      return false;
    }
    if (THE_WORLD.contains(head) && !ENABLED.contains(verb)) {
      return false;
    }
    // a talk track quotes the buyer: "We also have a few teams on Gmail."
    if (speaker(head) && shape.quoted() && SITUATION.contains(verb)) {
      return false;
    }
    if (shape.actsOf("we").stream().anyMatch(OWN_WORK::contains)) {
      return false;
    }
    return !head.equals("we") || verb.isEmpty() || WE_OFFER.matcher(verb).matches();
  }

  /**
   * Whether an absolute's sentence is said of the offering: as {@link #assertsOffering}, except that
   * "we" with an absolute before the verb is a promise whatever the verb ("we never sell your data").
   */
  private static boolean promisedByUs(SentenceShape shape) {
    String verb = shape.verb();
    boolean absoluteFirst = shape.subject().stream().anyMatch(w -> w.equals("never") || w.equals("always"));
    // a story ("The answers were never about the wrench", "we wanted 100% transparency") or a rule
    // for writers ("Never promise a turnaround time in a contract") promises the customer nothing
    // ("Tell them it will never go down" passes the promise on: the absolute is in what is said)
    boolean rule = shape.instruction() && WRITING.matcher(verb).matches() && absoluteFirst;
    if (PAST_AUX.contains(verb) || rule || speaker(shape.subjectHead()) && verb.endsWith("ed")) {
      return false;
    }
    return shape.subjectHead().equals("we") && absoluteFirst || shape.instruction() || assertsOffering(shape);
  }

  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");

  /**
   * What the company does for itself: its needs, plans and the work under way ("a thing we will need
   * to get really good at", "We are building a BDR function"). A sentence where "we" does one of
   * these tells the company's own business, and promises the customer nothing.
   */
  private static final Set<String> OWN_WORK = Set.of("need", "needs", "want", "wants", "plan", "hope", "aim",
      "intend", "expect", "try", "decide", "decided", "building", "hiring", "growing", "scaling", "planning",
      "investing", "learning", "trying", "exploring", "figuring", "thinking", "looking", "working");

  /**
   * Nouns that measure or ground something else, named after "of" or "for" ("a wider range of
   * functionality", "a sound basis for our pricing", "a big segment in older homes"): new words
   * before them qualify or rate, they name no feature.
   */
  private static final Set<String> MEASURE_NOUNS = Set.of("range", "variety", "array", "spectrum", "number",
      "amount", "level", "degree", "extent", "kind", "sort", "type", "lot", "deal", "part", "portion", "share",
      "segment", "basis", "foundation", "way", "means", "host", "plethora", "multitude", "wealth", "handful",
      "bunch", "majority", "minority", "fraction");
  private static final Pattern COMPLEMENT = Pattern.compile("^\\s+(of|for|in|among)\\b");

  /** Whether a novel phrase ends in a noun that measures or grounds what comes after it. */
  private static boolean measures(String text, String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
    int at = text.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
    return MEASURE_NOUNS.contains(words[words.length - 1]) && at >= 0
        && COMPLEMENT.matcher(text.substring(at + phrase.length())).find();
  }

  /** Whether a subject is the one speaking: the company, or someone quoted. */
  private static boolean speaker(String head) {
    return head.equals("we") || head.equals("i");
  }


  /** Verbs of saying: an instruction with one tells staff how to speak of the offering. */
  private static final Pattern WRITING = Pattern.compile(
      "promise|say|tell|quote|claim|mention|describe|call|use|write|commit|imply|state|position|pitch|offer|discuss|"
          + "present|refer|lead|name|agree");

  /** What a speaker's own situation is said with ("we have", "we use", "we're on"). */
  private static final Set<String> SITUATION = Set.of("have", "'ve", "use", "are", "'re", "am", "'m", "run",
      "need", "want", "already", "still");

  /**
   * Words that find fault: a verbless row of them ("Inflexible and buggy API") is a pros-and-cons
   * list about a rival, not something the launch sells.
   */
  private static final Pattern FAULT = Pattern.compile(
      "\\b(buggy|inflexible|clunky|slow|outdated|unreliable|confusing|painful|expensive|costly|lacks?|lacking|"
          + "missing|poor|weak|limited|no support|hard to|difficult|complex|cumbersome|brittle|flaky|manual)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CERTIFIED_AFTER = Pattern.compile(
      "^\\S+(?:\\s+\\S+){0,3}?\\s+(certifi|complian|authori[sz]|accredit|attest|register)");

  /** Whether a claim's backers are looked at: only a customer-facing promise's are. */
  static boolean needsBackers(Claim c) {
    return c.function().customerFacing() && !absolutes(c).isEmpty();
  }

  /**
   * @param renamed names (lower case) that terminology drift found another function to use under
   *     another name: product backs the thing under its own name ("Approval Flows" for "Review Stages")
   */
  static List<Finding> unbacked(ClaimIndex index, KitView view, Themes themes, Set<Integer> contradicted,
      Set<String> renamed) {
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
    backerEntities.addAll(renamed);
    List<TextUnit> backing = BACKERS.stream().flatMap(f -> view.units(f).stream())
        // A non-goal ("Out of scope: GPU runners") names a thing product does not back.
        .filter(u -> !notOffered(u.location().heading()))
        .toList();
    // Only informative terms are ever looked up here (see novelty), and those the themes have
    // already analysed for every unit: the backing units are not analysed a second time.
    for (TextUnit u : backing) {
      backerTerms.addAll(themes.tokens(u));
    }
    // a renamed capability's words are backed by product's own name for it
    renamed.forEach(name -> backerTerms.addAll(LaunchAnalyzer.SHARED.tokens(name)));
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
    Backing backingWords = new Backing(backing.stream().map(themes::tokens).toList(),
        backing.stream().map(TextUnit::text).toList());
    List<Verdict> verdicts = Spread.indices(reading.size())
        .mapToObj(k -> verdict(index, view, reading.get(k), backerEntities, backerTerms, backingWords))
        .toList();
    List<Finding> out = new ArrayList<>();
    List<Novel> novel = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (Verdict v : verdicts) {
      Claim c = v.claim();
      if (v.unbacked() != null) {
        if (!v.unbacked().isEmpty() && reported.add("o|" + c.function() + "|" + Quotes.collapse(c.text()))
            && reported.add("p|" + c.function() + "|" + promised(c, v.unbacked().get(0)))) {
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
  static String promised(Claim c, String word) {
    // a word of emphasis after the sentence ("... you get it back. Guaranteed.") stands in its unit
    String text = c.text().toLowerCase(Locale.ROOT).contains(word) ? c.text() : c.unitText();
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
    // a capability sold with a known integration ("Ready-made plugins for Shopify") names it too
    boolean sold = offer || c.type() == ClaimType.CAPABILITY;
    if (!sold || NOT_AN_OFFER.matcher(c.unitText()).find()) {
      return null;
    }
    for (String e : c.attributes().entities()) {
      if (e.length() <= 2 || !e.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .+&/'-]*")) {
        continue;
      }
      if (!offer && !besideBacked(view, c, e, backerEntities)) {
        continue;
      }
      // a competitor's column of a comparison table says what the other product has
      if (view.othersColumn(c, e)) {
        continue;
      }
      // "there is no integration with X" says what is not there: nothing to back
      if (c.attributes().negated() && Denials.denied(c).contains(e)) {
        continue;
      }
      // In a compliance claim only a certification is contested: a listed one, or a name said to be
      // certified ("ENERGY STAR certified"); "report available under NDA" names a document.
      if (c.type() == ClaimType.COMPLIANCE && !Vocabulary.kindOf(e).filter("certification"::equals).isPresent()
          && !CERTIFIED_AFTER.matcher(c.text().toLowerCase(Locale.ROOT)
              .substring(Math.max(0, c.text().toLowerCase(Locale.ROOT).indexOf(e)))).find()) {
        continue;
      }
      if (!backerEntities.contains(e.toLowerCase(Locale.ROOT)) && BACKERS.stream().noneMatch(f -> view.mentions(f, e))) {
        return e;
      }
    }
    return null;
  }

  /**
   * Whether a capability claim lists integration {@code e} beside another integration backing
   * material names ("plugins for Shopify, WooCommerce and Adobe Commerce" where product lists
   * WooCommerce and Adobe Commerce): the list is product's, with one more. A tool named alone in a
   * capability sentence is as often the team's own tooling ("the template is in Slack").
   */
  private static boolean besideBacked(KitView view, Claim c, String e, Set<String> backerEntities) {
    java.util.function.Predicate<String> integration = n -> Vocabulary.kindOf(n).filter("integration"::equals).isPresent();
    return integration.test(e) && c.attributes().entities().stream()
        .filter(n -> !n.equalsIgnoreCase(e) && integration.test(n))
        .anyMatch(n -> backerEntities.contains(n.toLowerCase(Locale.ROOT)) || BACKERS.stream().anyMatch(f -> view.mentions(f, n)));
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

  /**
   * The words of product and strategy units, to ask whether one of them says what a promise says
   * in other words: "ClearPath guarantees 100% accurate calculations" backs "100% accurate
   * calculations, guaranteed"; "No card data touches the merchant's servers" backs "card data
   * never reaches your servers".
   */
  private static final class Backing {
    /** Share of the promise's clause words a backing unit must say. */
    private static final double COVERED = 0.6;
    private static final Pattern NEGATIVE = Pattern.compile("\\b(no|not|never|without|none|zero|off|nothing)\\b|n't\\b");

    /** Per backing unit its terms (the themes' own lists, not copies), its text. */
    private final List<List<String>> units;
    private final List<String> texts;
    /** Per term the backing units that say it, ascending. */
    private final java.util.Map<String, int[]> postings = new java.util.HashMap<>();

    Backing(List<List<String>> unitTokens, List<String> texts) {
      this.texts = List.copyOf(texts);
      units = List.copyOf(unitTokens);
      java.util.Map<String, int[]> growing = new java.util.HashMap<>();
      for (int u = 0; u < units.size(); u++) {
        for (String t : units.get(u)) {
          // slot 0 counts the units; a unit naming a term twice is one posting
          int[] p = growing.computeIfAbsent(t, k -> new int[4]);
          if (p[0] > 0 && p[p[0]] == u) {
            continue;
          }
          if (p[0] + 1 == p.length) {
            p = Arrays.copyOf(p, p.length * 2);
            growing.put(t, p);
          }
          p[++p[0]] = u;
        }
      }
      growing.forEach((t, p) -> postings.put(t, Arrays.copyOfRange(p, 1, p[0] + 1)));
    }

    /** Whether some backing unit says the clause of {@code text} in which {@code word} stands. */
    boolean backs(String text, String word) {
      Set<String> own = Set.copyOf(LaunchAnalyzer.SHARED.tokens(word));
      Set<String> terms = terms(clause(text, word), own);
      if (terms.size() < 3) {
        // "you keep 100%": the clause is too short to say what is promised; the sentence says it
        terms = terms(text, own);
      }
      if (terms.size() < 2) {
        return false;
      }
      boolean denial = word.equals("never") || word.equals("ever") || word.startsWith("zero") || word.startsWith("no ");
      java.util.Map<Integer, Integer> hits = new java.util.HashMap<>();
      for (String t : terms) {
        for (int u : postings.getOrDefault(t, new int[0])) {
          hits.merge(u, 1, Integer::sum);
        }
      }
      for (var e : hits.entrySet()) {
        if (e.getValue() < 2 || e.getValue() < COVERED * terms.size() - 1e-9) {
          continue;
        }
        List<String> unit = units.get(e.getKey());
        String raw = texts.get(e.getKey()).toLowerCase(Locale.ROOT);
        // figures are no terms of the themes ("100"): the unit's own words say them
        boolean said = !own.isEmpty() && own.stream().allMatch(t -> unit.contains(t) || raw.contains(t));
        if (said || denial && NEGATIVE.matcher(raw).find()) {
          return true;
        }
      }
      return false;
    }

    private static Set<String> terms(String text, Set<String> own) {
      Set<String> terms = new LinkedHashSet<>();
      LaunchAnalyzer.SHARED.tokens(text).stream().filter(Themes::informative).filter(t -> !own.contains(t))
          .forEach(terms::add);
      return terms;
    }
  }

  /** The clause of {@code text} in which {@code word} first stands: between punctuation marks. */
  static String clause(String text, String word) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(word);
    if (at < 0) {
      return text;
    }
    int from = at;
    while (from > 0 && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = at + word.length();
    while (to < text.length() && CLAUSE_END.indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to);
  }

  private static final String CLAUSE_END = ",;:.!?()\u2014\u2013\"\u201c\u201d";

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
      "all", "any", "entirely", "totally", "absolutely", "every time");

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
    boolean figure = word.equals("the only") && (after.matches("^\\s*(way|time|reason|thing|one|option|personas?)\\b.*")
        // "the only platform that ..." sets the offering apart; "as the only credential" describes a set-up
        || !after.matches("^\\s*(\\S+\\s+){0,3}?(that|which|who|to|in|on|among|with)\\b.*"));
    boolean bareZero = word.equals("zero") && !after.matches("^[ -][a-z].*");
    // "net-zero targets", "near-zero": the absolute is part of another word
    boolean compound = start > 0 && text.charAt(start - 1) == '-';
    // "so never promise a turnaround time": a rule for staff, wherever it stands in the sentence
    boolean rule = (word.equals("never") || word.equals("always"))
        && after.matches("^\\s+(?:" + WRITING.pattern() + ")\\b.*");
    boolean quoted = word.equals("never") && after.startsWith("\"") || insideQuotes(text, start);
    String clause = clause(text, word).toLowerCase(Locale.ROOT);
    String rest = clause.replace(word, " ");
    // "if a letter ever shows up" supposes; "the guarantee does not cover" excludes: neither promises
    boolean supposed = CONDITION.matcher(clause).find() || HYPOTHETICAL.matcher(clause).find()
        || IN_THEORY.matcher(text).find() || SOFTENED.matcher(before).find();
    boolean disclaimed = DENIED.matcher(rest).find();
    boolean named = SentenceShape.partOfName(text, start, end);
    // "Never lead with price" instructs; "Never lose a load to a temperature excursion again" promises
    boolean instructs = opening && word.equals("never") && !AGAIN.matcher(clause).find();
    return !instructs && !denied && !figure && !quoted && !supposed && !disclaimed && !bareZero
        && !compound && !rule && !named;
  }

  private static final Pattern AGAIN = Pattern.compile("\\bagain\\b");

  /** "A price guarantee would have cost you more", "in theory you never need to": supposed, not promised. */
  private static final Pattern HYPOTHETICAL = Pattern.compile(
      "\\b(?:would|could|might)\\b(?!\\s+(?:never|always))|\\bimagine\\b|\\bsuppose\\b");
  /** "almost never", "nearly always": an absolute softened is no promise. */
  private static final Pattern SOFTENED = Pattern.compile("\\b(?:almost|nearly|virtually|practically|hardly|close to)\\s+$");
  private static final Pattern IN_THEORY = Pattern.compile("\\b(?:in theory|in principle|theoretically)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern CONDITION = Pattern.compile("^\\W*(?:(?:and|but|so|or)\\s+)?(?:if|unless|whether|in case|when|whenever|should)\\b");

  /** Whether {@code at} stands inside quotation marks: someone else's words, or a name. */
  private static boolean insideQuotes(String text, int at) {
    int straight = 0;
    int open = -1;
    int close = -1;
    for (int i = 0; i < at; i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        straight++;
      } else if (ch == '\u201c') {
        open = i;
      } else if (ch == '\u201d') {
        close = i;
      }
    }
    return straight % 2 == 1 || open > close;
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
    Severity s = CustomerVisible.aspect(aspect) || c.type() == ClaimType.COMPLIANCE
        || c.type() == ClaimType.PRICE ? Severity.HIGH : Severity.MEDIUM;
    return Finding.of(FindingType.OVERPROMISE, s, List.of(c.function()), aspect, summary, evidence);
  }

  private static Finding unsupported(Claim c, String anchor) {
    String aspect = c.aspect();
    String summary = (aspect == null ? "" : Quotes.label(aspect) + ": ")
        + Quotes.label(c.function().id()) + " claims \"" + Quotes.shorten(c.text(), 90)
        + "\" but no product or strategy material backs " + anchor;
    Severity s = c.type() == ClaimType.COMPLIANCE || CustomerVisible.aspect(aspect) ? Severity.HIGH
        : c.attributes().quantities().isEmpty() && c.attributes().entities().isEmpty() ? Severity.LOW
        : Severity.MEDIUM;
    return Finding.of(FindingType.UNSUPPORTED_CLAIM, s, List.of(c.function()), aspect, summary,
        List.of(Quotes.of(c, anchor)));
  }
}
