package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.NotesStart;
import java.util.ArrayList;
import java.util.List;

/** One slide of a deck source: its title (first {@code #} heading), body blocks and speaker notes. */
record Slide(String title, List<Block> body, List<Block> notes) {

  Slide {
    body = List.copyOf(body);
    notes = List.copyOf(notes);
  }

  static List<Slide> of(List<Block> blocks) {
    List<Slide> slides = new ArrayList<>();
    for (List<Block> page : Markup.pages(blocks)) {
      String title = null;
      List<Block> body = new ArrayList<>();
      List<Block> notes = new ArrayList<>();
      boolean inNotes = false;
      for (Block b : page) {
        if (b instanceof NotesStart) {
          inNotes = true;
        } else if (inNotes) {
          notes.add(b);
        } else if (title == null && b instanceof Heading h && h.level() == 1) {
          title = h.text();
        } else {
          body.add(b);
        }
      }
      slides.add(new Slide(title == null ? "" : title, body, notes));
    }
    return slides;
  }

  String notesText() {
    StringBuilder s = new StringBuilder();
    for (Block b : notes) {
      s.append(s.length() > 0 ? "\n" : "").append(Markup.plain(b));
    }
    return s.toString();
  }
}
