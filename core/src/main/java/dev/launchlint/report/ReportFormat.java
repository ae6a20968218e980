package dev.launchlint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The formats a report renders to, each with its own renderer. */
public enum ReportFormat {
  CONSOLE(new ConsoleRenderer(false), "txt"),
  JSON(new JsonRenderer(), "json");

  private final Renderer renderer;
  private final String extension;

  ReportFormat(Renderer renderer, String extension) {
    this.renderer = renderer;
    this.extension = extension;
  }

  /** Writes {@code report} to {@code out}; the caller owns and closes {@code out}. */
  public void render(Report report, Writer out) throws IOException {
    renderer.render(report, out);
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
