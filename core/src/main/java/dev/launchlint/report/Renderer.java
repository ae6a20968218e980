package dev.launchlint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. The caller owns and closes the writer. Output is deterministic:
 * the same report gives the same characters.
 */
interface Renderer {

  void render(Report report, Writer out) throws IOException;
}
