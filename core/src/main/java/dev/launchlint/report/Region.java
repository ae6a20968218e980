package dev.launchlint.report;

/**
 * Where a quotation stands in its file, for tools that point into files (SARIF's {@code region}):
 * lines and columns (1-based, columns in UTF-16 code units, end column exclusive) in formats that
 * have lines (Markdown, HTML, text), else the whole file by its bytes.
 *
 * @param startLine null for a whole binary file
 * @param byteLength the file's size when the region is the whole binary file, else null
 */
public record Region(Integer startLine, Integer startColumn, Integer endLine, Integer endColumn, Long byteLength) {

  public Region {
    if (startLine == null == (byteLength == null)) {
      throw new IllegalArgumentException("a region has lines or a byte length, not both or neither");
    }
    if (startLine != null && (startLine < 1 || startColumn < 1 || endLine < startLine
        || endLine.equals(startLine) && endColumn < startColumn)) {
      throw new IllegalArgumentException("bad region " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
    if (byteLength != null && byteLength < 0) {
      throw new IllegalArgumentException("byteLength must be >= 0 but was " + byteLength);
    }
  }

  public static Region lines(int startLine, int startColumn, int endLine, int endColumn) {
    return new Region(startLine, startColumn, endLine, endColumn, null);
  }

  public static Region wholeFile(long bytes) {
    return new Region(null, null, null, null, bytes);
  }

  public boolean hasLines() {
    return startLine != null;
  }
}
