package dev.launchlint.report;

import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** A plain-text summary for a terminal: stage, alignment index, findings with evidence. */
final class ConsoleRenderer implements Renderer {

  private final boolean colour;

  ConsoleRenderer(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void render(Report report, Writer out) throws IOException {
    PrintWriter w = new PrintWriter(out);
    w.printf("launchlint: %s  stage %s  alignment %d/100%n", report.kit().name(),
        report.scores().stage().id(), report.scores().alignmentIndex());
    w.printf("%d documents, %d findings%n", report.documents().size(), report.findings().size());
    for (Finding f : report.findings()) {
      w.printf("%n[%s] %s: %s%n", f.severity().id(), f.type().id(), f.summary());
      for (Evidence e : f.evidence()) {
        w.printf("    %s %s %s: %s%n", e.function().id(), e.path(), e.location().label(), e.text());
      }
    }
    w.flush();
  }
}
