package dev.launchlint.compare;

import dev.launchlint.extract.Location;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Objects;

/**
 * A quotation that supports a finding: the unit as extracted, where it stands, and the parts of it
 * that matter ({@code marks}, offsets into {@code text}, e.g. the conflicting number).
 */
public record Evidence(BusinessFunction function, String path, Location location, String text, List<Span> marks) {

  public Evidence {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
    marks = List.copyOf(marks);
    for (Span m : marks) {
      if (m.end() > text.length()) {
        throw new IllegalArgumentException("mark " + m + " beyond text of length " + text.length());
      }
    }
  }
}
