package dev.launchlint.extract;

/** The structural role of a text unit in its document. */
public enum UnitKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  TABLE_ROW,
  TABLE_CELL,
  NOTE
}
