package dev.launchlint.extract;

/** The structural role of a text unit in its document. */
public enum UnitKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  TABLE_ROW,
  TABLE_CELL,
  NOTE,
  /** A code listing or a diagram's source: shown to the reader, not a statement in words. */
  CODE
}
