package dev.launchlint.extract;

import java.util.Objects;

/**
 * One unit of extracted text: a paragraph, heading, list item, slide bullet, table row or cell.
 * {@code [start, end)} are offsets into the document's text; {@code text} is that span with
 * whitespace collapsed.
 */
public record TextUnit(int index, UnitKind kind, String text, int start, int end, Location location) {

  public TextUnit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0 but was " + index);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
