package dev.launchlint.compare;

import java.util.List;
import java.util.Objects;

/**
 * One row of a kit's fact sheet: what a team has written down as true.
 *
 * @param row where it stands: the item's position in a YAML {@code facts:} list (1-based), or the
 *     spreadsheet row (the header is row 1)
 * @param fact what it is about, e.g. "Pro plan price"
 * @param value what is true, e.g. "$49 per user per month, billed annually"
 * @param plan the plan it holds for, or null
 * @param names accepted names of the feature or plan
 * @param avoid names not to use
 * @param owner who answers for it, or null
 * @param note free text, or null
 */
public record SheetFact(int row, String fact, String value, String plan, List<String> names, List<String> avoid,
    String owner, String note) {

  public SheetFact {
    if (row < 1) {
      throw new IllegalArgumentException("row must be >= 1 but was " + row);
    }
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(value, "value");
    names = List.copyOf(names);
    avoid = List.copyOf(avoid);
  }
}
