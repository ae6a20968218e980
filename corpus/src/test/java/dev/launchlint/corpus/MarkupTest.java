package dev.launchlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Break;
import dev.launchlint.corpus.Markup.Bullet;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.NotesStart;
import dev.launchlint.corpus.Markup.Paragraph;
import dev.launchlint.corpus.Markup.SheetStart;
import dev.launchlint.corpus.Markup.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void parsesTheSubset() {
    List<Block> blocks = Markup.parse("""
        # Title
        A paragraph that
        spans two lines.

        - first
        - second
        ## Sheet: Plans
        | Plan | Price |
        |---|---|
        | Team | $24 |
        After the table.
        ---
        ### Small
        Notes:
        Say hello.
        """);
    assertEquals(List.of(
        new Heading(1, "Title"),
        new Paragraph("A paragraph that spans two lines."),
        new Bullet("first"),
        new Bullet("second"),
        new SheetStart("Plans"),
        new Table(List.of(List.of("Plan", "Price"), List.of("Team", "$24"))),
        new Paragraph("After the table."),
        new Break(),
        new Heading(3, "Small"),
        new NotesStart(),
        new Paragraph("Say hello.")), blocks);
  }

  @Test
  void slidesTakeTheFirstTopHeadingAsTitleAndNotesToTheEnd() {
    List<Slide> slides = Slide.of(Markup.parse("""
        # One
        - point
        Notes:
        First note.

        - noted bullet
        ---
        ## Not a title
        Body only.
        """));
    assertEquals(2, slides.size());
    assertEquals("One", slides.get(0).title());
    assertEquals(List.of(new Bullet("point")), slides.get(0).body());
    assertEquals("First note.\nnoted bullet", slides.get(0).notesText());
    assertEquals("", slides.get(1).title());
    assertEquals(2, slides.get(1).body().size());
    assertEquals("", slides.get(1).notesText());
  }

  @Test
  void pagesSplitAtBreaksAndSkipEmptyOnes() {
    assertEquals(2, Markup.pages(Markup.parse("a\n---\n---\nb\n---\n")).size());
    assertEquals("Title", Markup.title(Markup.parse("text\n## Title\n# Later"), "fallback"));
    assertEquals("fallback", Markup.title(Markup.parse("text only"), "fallback"));
  }
}
