package dev.launchlint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. The caller owns and closes the writer. Output is deterministic:
 * the same report and options give the same characters. Every piece of document text (evidence,
 * paths, terms, errors) is escaped for the format, so a hostile document stays inert.
 * Implementations are stateless and thread-safe.
 */
interface Renderer {

  void render(Report report, Writer out, RenderOptions options) throws IOException;
}
