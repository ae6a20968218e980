package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.Quantity;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A limit against "unlimited": "up to 50 projects" and "unlimited projects" cannot both hold. Stateless. */
final class Limits {

  private static final Pattern UNLIMITED_NOUN = Pattern.compile("\\bunlimited\\s+([\\p{L}-]{3,})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EVERY = Pattern.compile("\\b(?:every|each|any|all)\\s+\\p{L}", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNLIMITED = Pattern.compile("\\bunlimited\\b|\\bno limits?\\b", Pattern.CASE_INSENSITIVE);

  private Limits() {}

  /** Whether the claim says there is no limit. */
  static boolean unlimited(Claim c) {
    return UNLIMITED.matcher(c.text()).find() || c.attributes().absolutes().contains("unlimited");
  }

  /**
   * One claim unlimited, the other with a cap. The cap is the figure that counts what is said to be
   * unlimited ("unlimited collections" against "up to 100 collections"): one counted thing is one
   * subject, however differently the two sentences are worded, unless they name different plans.
   * Without such a figure the claims must be about one subject, and the cap is the first figure
   * that is not a percentage or a multiplier, which would be a share or a speed-up.
   */
  static Optional<Disagreement> againstUnlimited(AlignedPair p) {
    boolean xu = p.read().unlimited(p.a());
    boolean yu = p.read().unlimited(p.b());
    if (xu == yu) {
      return Optional.empty();
    }
    Claim limited = xu ? p.y() : p.x();
    Claim open = xu ? p.x() : p.y();
    String counted = countedNoun(open.text());
    String singular = ValueConflicts.singular(counted);
    Optional<Quantity> cap = limited.attributes().quantities().stream()
        .filter(q -> "count".equals(q.dimension()) && !counted.isEmpty()
            && ValueConflicts.singular(q.unit()).equals(singular))
        .findFirst();
    // what is contested is the count of the thing ("Collections"), not the aspect either sentence is filed under
    String aspect = counted;
    if (cap.isEmpty() || otherPlans(p)) {
      if (!p.sameSubject()) {
        return Optional.empty();
      }
      aspect = p.aspect();
      cap = limited.attributes().quantities().stream()
          .filter(q -> !"percent".equals(q.dimension()) && !"multiplier".equals(q.dimension()))
          .findFirst();
    }
    if (cap.isEmpty()) {
      return Optional.empty();
    }
    String capText = cap.get().text();
    String word = unlimitedWord(open.text());
    return Optional.of(xu
        ? AlignedPair.found(p.x(), p.y(), aspect, word, capText, "limit", () -> word, () -> capText)
        : AlignedPair.found(p.x(), p.y(), aspect, capText, word, "limit", () -> capText, () -> word));
  }

  /**
   * Whether the claims may be of different plans: they name plans and none in common, or the kit
   * has several plans and the two do not both name one or say they hold for every one ("in every
   * project"): a free tier's cap and a paid tier's "unlimited" are both true.
   */
  private static boolean otherPlans(AlignedPair p) {
    Set<String> x = p.read().in(p.a());
    Set<String> y = p.read().in(p.b());
    if (!x.isEmpty() && !y.isEmpty()) {
      return x.stream().noneMatch(y::contains);
    }
    return p.read().plans.several() && !EVERY.matcher(p.x().text()).find() && !EVERY.matcher(p.y().text()).find();
  }

  /** The noun "unlimited" is said of, as written ("unlimited collections": collections); empty when none. */
  private static String countedNoun(String text) {
    Matcher m = UNLIMITED_NOUN.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  private static String unlimitedWord(String text) {
    var m = UNLIMITED.matcher(text);
    return m.find() ? m.group() : "unlimited";
  }
}
