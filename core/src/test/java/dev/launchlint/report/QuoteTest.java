package dev.launchlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.launchlint.compare.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {

  @Test
  void cutsTextIntoPlainAndMarkedPiecesMergingOverlaps() {
    Quote q = Quote.of("uptime of 99.9% and 99.99%", List.of(new Span(20, 26), new Span(10, 13), new Span(12, 15)));
    assertEquals(List.of(
        new Quote.Piece("uptime of ", false),
        new Quote.Piece("99.9%", true),
        new Quote.Piece(" and ", false),
        new Quote.Piece("99.99%", true)), q.pieces());
  }

  @Test
  void emptyAndWholeMarks() {
    assertEquals(List.of(new Quote.Piece("abc", false)), Quote.of("abc", List.of(new Span(1, 1))).pieces());
    assertEquals(List.of(new Quote.Piece("abc", true)), Quote.of("abc", List.of(new Span(0, 3))).pieces());
    assertEquals(List.of(), Quote.of("", List.of()).pieces());
  }
}
