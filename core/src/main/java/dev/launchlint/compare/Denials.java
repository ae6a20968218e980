package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.ReleaseStage;
import dev.launchlint.analyze.SentenceShape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supported (or certified) against not: one claim denies a named thing that the other states as
 * there. A "not" binds to its clause and denies only what that clause names; what is only planned
 * is not there yet either, but a date or a plan on the stating side agrees with a denial of today.
 * Stateless.
 */
final class Denials {

  /**
   * Words that deny a named thing is there ("BigCommerce is not supported", "not FedRAMP
   * authorized", "incompatible with"), as against a "not" that only limits what the thing does
   * ("Click Check cannot rewrite links inside encrypted PDFs") or describes something else.
   */
  private static final Pattern DENIAL = Pattern.compile(
      "\\b(?:not|never|n't)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:supported|available|compatible|certified|authori[sz]ed"
          + "|compliant|offered|included|integrated|part of)\\b|\\b(?:does|do|did)(?:\\s+not|n't)\\s+support\\b"
          + "|\\bunsupported\\b|\\bincompatible\\b", Pattern.CASE_INSENSITIVE);

  /**
   * A feature denied by name in its clause, whether or not it is a known named thing: the subject of
   * "X is not supported" (also "not yet available", "not offered"), the object of "does not host X"
   * (or support, offer, provide, include) or of "not compatible with X". Group 1 is what is denied
   * when it stands before the denial, group 2 when it stands after it.
   */
  private static final Pattern DENIED_FEATURE = Pattern.compile(
      "([^.;:|\\u2022\\u00b7]+?)\\s+(?:is|are)\\s+(?:also\\s+)?not\\s+(?:yet\\s+)?(?:supported|available|offered|included)\\b"
          + "|\\b(?:does|do)(?:\\s+not|n't)\\s+(?:yet\\s+)?(?:support|host|offer|provide|include)\\s+([^.;:|\\u2022\\u00b7]+)"
          + "|\\b(?:not\\s+compatible|incompatible)\\s+with\\s+([^.;:|\\u2022\\u00b7]+)",
      Pattern.CASE_INSENSITIVE);
  /** A figure with its unit inside the name of what is denied: "5 ghz", "120 v". */
  private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])\\d+(?:[.,]\\d+)?\\s*\\p{L}+");
  /** Words that say which release a denial speaks of, not which case: "yet", "in this release". */
  private static final Set<String> RELEASE = Set.of("yet", "today", "currently", "now", "release", "launch",
      "version", "time", "moment");
  /** A product's release by name and number ("in Lumenfair 2.0"): the release, not a case. */
  private static final Pattern NAMED_RELEASE = Pattern.compile("\\b\\p{Lu}[\\p{L}-]*\\s+v?\\d+(?:\\.\\d+)+");
  /** Where the object of a denial ends and its scope begins; "such as" goes on naming the object. */
  private static final Pattern OBJECT_END = Pattern.compile(
      ",\\s(?!such as|including|like)|\\s+(?:in|on|for|to|at|from|when|if|unless|until|because|across|outside)\\s+",
      Pattern.CASE_INSENSITIVE);
  /** Words that join or frame a noun phrase, never part of what a feature is called. */
  private static final Set<String> FRAME = Set.of("a", "an", "the", "our", "your", "their", "its", "this", "that",
      "these", "those", "any", "all", "some", "and", "or", "of", "in", "on", "for", "to", "with", "by", "at", "from",
      "such", "as", "other", "than", "yet", "also", "is", "are", "be", "not", "no", "it", "they", "we", "you", "can",
      "will", "more", "most", "every", "each", "like", "including", "via", "into", "out", "own");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*|[^\\p{L}\\s]+");

  /**
   * A feature a claim denies, as a phrase of two or more words in lower case ("video visits") or
   * the short name it is given ("V2G"),
   * with the words that narrow the denial ("app" in "not supported in the app yet") and whether it
   * denies only that the feature comes in a price or package ("not included"), and the figure
   * that is part of what is denied ("5 GHz" of "5 GHz Wi-Fi networks"), null when none: the
   * stating side contradicts the denial only when it says the same of the same case.
   */
  record DeniedFeature(String name, Set<String> scope, boolean inclusion, String figure) {
    DeniedFeature {
      java.util.Objects.requireNonNull(name, "name");
      scope = Set.copyOf(scope);
    }

    /**
     * Whether {@code c} states the feature as there, in the denial's case: the feature is what a
     * clause of {@code c} is about (its first words, "Built-in video visits let ...") or what a
     * verb of having or working with takes ("also works with electric baseboard heaters"); for a
     * denial of inclusion, {@code c} says it is included. Someone's words in quotation marks, a
     * question, and a line under a heading of limits ("Out of scope") state nothing as there.
     */
    boolean statedIn(Claim c) {
      String lower = c.text().toLowerCase(Locale.ROOT);
      if (!scope.stream().allMatch(w -> phrase(w).matcher(lower).find())
          || inclusion && !INCLUDED.matcher(lower).find()
          || figure != null && !Pattern.compile("(?<![\\d.,])" + Pattern.quote(figure) + "(?![\\d])").matcher(lower).find()
          || c.location().heading() != null && LIMITS_HEADING.matcher(c.location().heading()).find()) {
        return false;
      }
      Matcher at = phrase(name.toLowerCase(Locale.ROOT)).matcher(lower);
      while (at.find()) {
        String before = Clauses.around(lower, at.start(), at.end(), STATING_CLAUSE_END).strip();
        int cut = before.indexOf(lower.substring(at.start(), at.end()));
        String lead = cut < 0 ? before : before.substring(0, cut).strip();
        if (lead.isEmpty() || lead.split("\\s+").length <= 2 && !lead.matches(".*\\b(?:in|on|of|for|without|no|not)$")
            || HAVING.matcher(lead).find()) {
          SentenceShape shape = SentenceShape.of(c.text());
          return !shape.quoted() && !shape.question();
        }
      }
      return false;
    }

    private static Pattern phrase(String words) {
      return Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(words).replace(" ", "\\E[\\s-]+\\Q") + "(?![\\p{L}-])");
    }
  }

  /** The marks that end a clause of a stating sentence. */
  private static final Pattern STATING_CLAUSE_END = Pattern.compile("[.;:|!?\\u2022\\u00b7]\\s*|,\\s|\\s[-\\u2013\\u2014]\\s");
  /** A verb of having, offering or working with, right before what it takes. */
  private static final Pattern HAVING = Pattern.compile(
      "\\b(?:supports?|supporting|works? with|working with|offers?|offering|includes?|including|hosts?|provides?"
          + "|sells?|selling|connects? (?:to|with)|integrates? with|handles?|comes? with|adds?|lets? you|with built-in"
          + "|built-in|native)$");
  /** Words that say a thing comes with a price or package. */
  private static final Pattern INCLUDED = Pattern.compile("\\binclud|\\bcomes? with\\b|\\bfree\\b|\\bat no (?:extra )?(?:cost|charge)\\b");
  /** A heading over a list of what the release does not do. */
  private static final Pattern LIMITS_HEADING = Pattern.compile(
      "\\bnot\\b|\\bout of scope\\b|\\bnon-goals?\\b|\\blimitations?\\b|\\bknown issues\\b|\\bexclu|\\bunsupported\\b",
      Pattern.CASE_INSENSITIVE);
  /** Words after which a list names what a denial leaves out ("ERPs other than NetSuite ... are not supported"). */
  private static final Pattern EXCEPT = Pattern.compile("\\b(?:other than|except|apart from|besides|beyond)\\b",
      Pattern.CASE_INSENSITIVE);

  private Denials() {}

  /**
   * The features a negated claim denies by name, whether or not they are known named things: what
   * "Carebook does not host video visits" or "Joint accounts are not supported in the app yet"
   * says is not there. The release a denial speaks of ("in 2.0", "yet") does not narrow it; any
   * other word of its clause after the feature does ("not available in Canada").
   */
  static List<DeniedFeature> deniedFeatures(Claim c) {
    if (!c.attributes().negated()) {
      return List.of();
    }
    List<DeniedFeature> out = new ArrayList<>();
    String text = c.text();
    Matcher m = DENIED_FEATURE.matcher(text);
    while (m.find()) {
      String feature;
      String scope;
      boolean inclusion = m.group().toLowerCase(Locale.ROOT).contains("includ");
      if (m.group(1) != null) {
        Matcher except = EXCEPT.matcher(m.group(1));
        feature = lastPhrase(except.find() ? m.group(1).substring(0, except.start()) : m.group(1));
        scope = text.substring(m.end()).split("[.;:](?!\\d)|[|,\\u2022\\u00b7]", 2)[0];
      } else {
        String object = m.group(2) != null ? m.group(2) : m.group(3);
        String[] parts = OBJECT_END.split(object, 2);
        feature = parts[0];
        scope = parts.length > 1 ? parts[1].split("[,;]", 2)[0] : "";
      }
      Set<String> narrowing = scopeWords(scope);
      // a figure in parentheses describes what is denied ("line-voltage (120/240 V) systems"); it does not name it
      Matcher figure = FIGURE.matcher(feature.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " "));
      String figured = figure.find() ? figure.group() : null;
      for (String name : phrases(feature)) {
        out.add(new DeniedFeature(name, narrowing, inclusion, figured));
      }
    }
    return out;
  }

  /** The words of a denial's scope that name a case, not the release. */
  private static Set<String> scopeWords(String scope) {
    Set<String> out = new LinkedHashSet<>();
    Matcher w = WORD.matcher(NAMED_RELEASE.matcher(scope).replaceAll(" ").toLowerCase(Locale.ROOT));
    while (w.find()) {
      String word = w.group();
      if (Character.isLetter(word.charAt(0)) && !FRAME.contains(word) && !RELEASE.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  /** The subject of a denial: its last run after a comma or a dash. */
  private static String lastPhrase(String before) {
    String[] parts = before.split(",\\s|\\s[-\\u2013\\u2014]\\s");
    return parts[parts.length - 1];
  }

  /** A feature's short name in parentheses after it: "Bidirectional charging (V2G)". */
  private static final Pattern ABBREVIATION = Pattern.compile("\\(\\s*(\\p{Lu}[\\p{L}\\p{N}]*[\\p{Lu}\\p{N}][\\p{L}\\p{N}]*)\\s*\\)");

  /**
   * The names a span can give a feature: each run of two or more words between frame words,
   * its tails of two words or more ("electric baseboard heaters", "baseboard heaters"), and a
   * short name it gives in parentheses.
   */
  private static List<String> phrases(String span) {
    List<String> out = new ArrayList<>();
    Matcher abbreviation = ABBREVIATION.matcher(span);
    while (abbreviation.find()) {
      out.add(abbreviation.group(1));
    }
    List<String> run = new ArrayList<>();
    Matcher w = WORD.matcher(span.toLowerCase(Locale.ROOT));
    while (true) {
      boolean more = w.find();
      String word = more ? w.group() : null;
      if (!more || FRAME.contains(word) || !Character.isLetter(word.charAt(0))) {
        for (int i = 0; i + 1 < run.size(); i++) {
          out.add(String.join(" ", run.subList(i, run.size())));
        }
        run.clear();
        if (!more) {
          return out;
        }
      } else {
        run.add(word);
      }
    }
  }

  /** Whether the clause of {@code text} that holds {@code [at, at + value.length())} denies something. */
  static boolean deniedAt(String text, int at, String value) {
    return DENIAL.matcher(Clauses.around(text, at, at + value.length(), STATING_CLAUSE_END)).find();
  }

  /** The named things a negated claim denies in the clause that denies ("Siri is not supported"). */
  static Set<String> denied(Claim c) {
    return c.attributes().negated() ? Clauses.entitiesAt(c, DENIAL) : Set.of();
  }

  /**
   * Supported against not supported on the pair's aspect: about one named thing, in nearly the
   * same words. What is only planned ("Microsoft Teams | Planned for Q3 2027") is not supported
   * yet, unless the other side dates it.
   */
  static Optional<Disagreement> onAspect(AlignedPair p) {
    Claim x = p.x();
    Claim y = p.y();
    boolean plannedX = ReleaseStages.planned(x, p.read().staged(p.a()), y);
    boolean plannedY = ReleaseStages.planned(y, p.read().staged(p.b()), x);
    boolean absentX = x.attributes().negated() || plannedX;
    boolean absentY = y.attributes().negated() || plannedY;
    boolean plannedOnly = absentX != absentY && (plannedX || plannedY);
    if (absentX != absentY && !(plannedOnly && hasDate(absentX ? y : x)) && wordClaim(x) && wordClaim(y)
        && x.function() != y.function() && p.sharedEntity() && p.sim() >= Contradictions.NEAR_SAME) {
      String sx = absentX ? "not supported" : "supported";
      String sy = absentY ? "not supported" : "supported";
      return Optional.of(p.found(sx, sy, "support", () -> AlignedPair.entityIn(x),
          () -> AlignedPair.entityIn(y)));
    }
    return Optional.empty();
  }

  /** A shared named thing denied by one claim and stated as there, now and on no named plan, by the other. */
  static Optional<Disagreement> ofNamedThing(AlignedPair p) {
    Claim x = p.x();
    Claim y = p.y();
    if (x.attributes().negated() == y.attributes().negated() || !wordClaim(x) || !wordClaim(y)) {
      return Optional.empty();
    }
    Claim no = x.attributes().negated() ? x : y;
    Claim yes = no == x ? y : x;
    Set<String> shared = p.sharedEntities();
    Set<String> denied = p.read().said(no == x ? p.a() : p.b()).denied();
    // "every state except Nevada" does not state Nevada as there
    if (denied.stream().noneMatch(e -> shared.contains(e) && !Disagreements.excepted(yes.text(), e)) || hasDate(yes) || ReleaseStages.pending(yes)
        || yes.attributes().stage() != null && yes.attributes().stage() != ReleaseStage.GA) {
      return Optional.empty();
    }
    boolean certified = x.type() == ClaimType.COMPLIANCE && y.type() == ClaimType.COMPLIANCE;
    String vx = no == x ? (certified ? "not certified" : "not supported") : (certified ? "certified" : "supported");
    String vy = no == y ? (certified ? "not certified" : "not supported") : (certified ? "certified" : "supported");
    return Optional.of(p.found(vx, vy, certified ? "certification" : "support",
        () -> AlignedPair.entityIn(x), () -> AlignedPair.entityIn(y)));
  }

  /**
   * A feature one function denies by name ("Carebook does not host video visits") that another
   * states as there, now ("Built-in video visits let your providers see patients from anywhere"),
   * whether or not the feature is a known named thing. The stating side must make no denial, give
   * no date or stage short of general availability, and name no plan the denying side does not;
   * the denying side may give figures of what it denies ("line-voltage (120/240 V) systems").
   */
  static Optional<Disagreement> ofDeniedFeature(AlignedPair p) {
    Claim x = p.x();
    Claim y = p.y();
    if (x.function() == y.function() || x.attributes().negated() == y.attributes().negated()) {
      return Optional.empty();
    }
    boolean xDenies = x.attributes().negated();
    Claim yes = xDenies ? y : x;
    Set<String> plansOfDenial = p.read().in(xDenies ? p.a() : p.b());
    Set<String> plansOfStatement = p.read().in(xDenies ? p.b() : p.a());
    if (hasDate(yes) || ReleaseStages.pending(yes) || yes.attributes().stage() != null && yes.attributes().stage() != ReleaseStage.GA
        || yes.text().toLowerCase(Locale.ROOT).contains("not only")
        || !plansOfDenial.isEmpty() && !plansOfDenial.equals(plansOfStatement)) {
      return Optional.empty();
    }
    for (DeniedFeature feature : p.read().said(xDenies ? p.a() : p.b()).deniedFeatures()) {
      if (feature.statedIn(yes)) {
        String vx = xDenies ? "not supported" : "supported";
        String vy = xDenies ? "supported" : "not supported";
        return Optional.of(AlignedPair.found(x, y, feature.name(), vx, vy, "support", () -> null, () -> null));
      }
    }
    return Optional.empty();
  }

  private static boolean hasDate(Claim c) {
    return !c.attributes().dates().isEmpty();
  }

  /** Claims whose truth is in words (a capability, an integration), not in a number. */
  private static boolean wordClaim(Claim c) {
    return c.attributes().quantities().isEmpty() && c.attributes().prices().isEmpty()
        && c.type() != ClaimType.METRIC && c.type() != ClaimType.PRICE && !c.text().toLowerCase(Locale.ROOT).contains("not only");
  }
}
