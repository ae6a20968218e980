package dev.launchlint.report;

import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An evidence text cut into plain and marked pieces (the conflicting value, the absolute word), so
 * each format can highlight the marks its own way. Overlapping or touching marks are merged.
 */
record Quote(List<Piece> pieces) {

  /** A run of the text; {@code marked} when it lies inside one of the evidence's marks. */
  record Piece(String text, boolean marked) {}

  Quote {
    pieces = List.copyOf(pieces);
  }

  static Quote of(Evidence e) {
    return of(e.text(), e.marks());
  }

  static Quote of(String text, List<Span> marks) {
    List<Span> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    int i = 0;
    while (i < sorted.size()) {
      int start = Math.max(at, Math.min(sorted.get(i).start(), text.length()));
      int end = Math.min(sorted.get(i).end(), text.length());
      i++;
      while (i < sorted.size() && sorted.get(i).start() <= end) {
        end = Math.max(end, Math.min(sorted.get(i).end(), text.length()));
        i++;
      }
      if (end <= start) {
        continue;
      }
      if (start > at) {
        pieces.add(new Piece(text.substring(at, start), false));
      }
      pieces.add(new Piece(text.substring(start, end), true));
      at = end;
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), false));
    }
    return new Quote(pieces);
  }

  /**
   * The same quote cut to about {@code max} characters around its first mark, with an ellipsis
   * where text was left out; unchanged when it is short enough.
   */
  Quote clip(int max) {
    int length = pieces.stream().mapToInt(p -> p.text().length()).sum();
    if (length <= max) {
      return this;
    }
    int firstMark = 0;
    for (Piece p : pieces) {
      if (p.marked()) {
        break;
      }
      firstMark += p.text().length();
    }
    if (firstMark == length) {
      firstMark = 0;
    }
    int from = Math.max(0, Math.min(firstMark - max / 3, length - max));
    int to = Math.min(length, from + max);
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (Piece p : pieces) {
      int s = Math.max(from, at);
      int e = Math.min(to, at + p.text().length());
      if (s < e) {
        out.add(new Piece(p.text().substring(s - at, e - at), p.marked()));
      }
      at += p.text().length();
    }
    if (from > 0) {
      out.add(0, new Piece("\u2026", false));
    }
    if (to < length) {
      out.add(new Piece("\u2026", false));
    }
    return new Quote(out);
  }
}
