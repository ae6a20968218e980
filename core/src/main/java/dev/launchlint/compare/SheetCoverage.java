package dev.launchlint.compare;

import java.util.List;
import java.util.Objects;

/**
 * What an audit made of the kit's fact sheet, beside the findings it gave.
 *
 * @param path the sheet's kit-relative path, or null when the kit has none
 * @param facts how many facts were read from it
 * @param problems one line per malformed row or unreadable sheet (naming the row and the column);
 *     the audit went on without what they spoiled
 * @param unstated the facts no customer-facing document states, in sheet order: coverage, not
 *     findings
 */
public record SheetCoverage(String path, int facts, List<String> problems, List<SheetFact> unstated) {

  /** A kit without a fact sheet. */
  public static final SheetCoverage NONE = new SheetCoverage(null, 0, List.of(), List.of());

  public SheetCoverage {
    if (facts < 0) {
      throw new IllegalArgumentException("facts must be >= 0 but was " + facts);
    }
    problems = List.copyOf(problems);
    unstated = List.copyOf(unstated);
    if (path == null && (facts > 0 || !unstated.isEmpty())) {
      throw new IllegalArgumentException("facts without a sheet path");
    }
    Objects.requireNonNull(problems);
  }

  public boolean present() {
    return path != null || !problems.isEmpty();
  }
}
