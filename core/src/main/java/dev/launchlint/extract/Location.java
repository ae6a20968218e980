package dev.launchlint.extract;

/**
 * Where a unit stands in its document. Each field is null when it does not apply: {@code page}
 * for paged formats (PDF), {@code slide} for decks, {@code sheet} and {@code row} for
 * spreadsheets, {@code heading} for the nearest heading above the unit. {@code notes} marks
 * speaker notes of a slide.
 */
public record Location(Integer page, Integer slide, String sheet, Integer row, String heading, boolean notes) {

  public static final Location NONE = new Location(null, null, null, null, null, false);

  public Location {
    requirePositive("page", page);
    requirePositive("slide", slide);
    requirePositive("row", row);
  }

  public static Location page(int page) {
    return new Location(page, null, null, null, null, false);
  }

  public static Location slide(int slide) {
    return new Location(null, slide, null, null, null, false);
  }

  public Location withHeading(String newHeading) {
    return new Location(page, slide, sheet, row, newHeading, notes);
  }

  public Location withNotes(boolean newNotes) {
    return new Location(page, slide, sheet, row, heading, newNotes);
  }

  /** A short human label such as {@code "slide 4 (notes)"} or {@code "p. 3"}; empty when unknown. */
  public String label() {
    StringBuilder b = new StringBuilder();
    if (page != null) {
      b.append("p. ").append(page);
    }
    if (slide != null) {
      b.append("slide ").append(slide);
      if (notes) {
        b.append(" (notes)");
      }
    }
    if (sheet != null) {
      b.append(b.length() > 0 ? ", " : "").append("sheet ").append(sheet);
      if (row != null) {
        b.append(" row ").append(row);
      }
    }
    if (b.length() == 0 && heading != null) {
      b.append('§').append(' ').append(heading);
    }
    return b.toString();
  }

  private static void requirePositive(String name, Integer value) {
    if (value != null && value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1 but was " + value);
    }
  }
}
