package dev.launchlint.compare;

/** A {@code [start, end)} range of characters in an evidence text, e.g. the conflicting value. */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
