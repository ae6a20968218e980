package dev.launchlint.eval;

import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pairs labels with findings as DESIGN.md says. A maximum bipartite matching (augmenting paths),
 * not a greedy pass: a greedy pass can give a finding to the first label it fits and leave a
 * second label unmatched that only that finding fits, so the score would depend on order.
 * Stateless.
 */
final class LabelMatcher {

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private LabelMatcher() {}

  /** Whether {@code finding} may stand for {@code label}. */
  static boolean fits(Label label, Finding finding) {
    if (label.type() != finding.type() || !finding.functions().containsAll(label.functions())) {
      return false;
    }
    List<String> texts = new ArrayList<>();
    for (Evidence e : finding.evidence()) {
      texts.add(normalize(e.text()));
    }
    for (String anchor : label.anchors()) {
      String a = normalize(anchor);
      if (texts.stream().noneMatch(t -> t.contains(a))) {
        return false;
      }
    }
    return true;
  }

  static String normalize(String s) {
    return SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** For each label, the index of its finding, or -1; a maximum matching. */
  static int[] match(List<Label> labels, List<Finding> findings) {
    boolean[][] fits = new boolean[labels.size()][findings.size()];
    for (int l = 0; l < labels.size(); l++) {
      for (int f = 0; f < findings.size(); f++) {
        fits[l][f] = fits(labels.get(l), findings.get(f));
      }
    }
    int[] findingOf = new int[labels.size()];
    int[] labelOf = new int[findings.size()];
    Arrays.fill(findingOf, -1);
    Arrays.fill(labelOf, -1);
    for (int l = 0; l < labels.size(); l++) {
      augment(l, fits, findingOf, labelOf, new boolean[findings.size()]);
    }
    return findingOf;
  }

  /** Kuhn's step: finds a free finding for label {@code l}, moving earlier labels along if needed. */
  private static boolean augment(int l, boolean[][] fits, int[] findingOf, int[] labelOf, boolean[] seen) {
    for (int f = 0; f < labelOf.length; f++) {
      if (fits[l][f] && !seen[f]) {
        seen[f] = true;
        if (labelOf[f] < 0 || augment(labelOf[f], fits, findingOf, labelOf, seen)) {
          labelOf[f] = l;
          findingOf[l] = f;
          return true;
        }
      }
    }
    return false;
  }
}
