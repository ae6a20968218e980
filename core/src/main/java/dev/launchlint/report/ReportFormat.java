package dev.launchlint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a report renders to, each with its own renderer. Thread-safe: renderers keep no
 * state.
 */
public enum ReportFormat {
  /** A compact summary for a terminal; coloured only when {@link RenderOptions#colour()} says so. */
  CONSOLE(new ConsoleRenderer(), "txt"),
  /** The {@code launchlint/report@1} JSON of DESIGN.md. */
  JSON(new JsonRenderer(), "json"),
  /** One self-contained page (inline CSS and SVG, no script), readable on screen and on paper. */
  HTML(new HtmlRenderer(), "html"),
  /** GitHub-flavoured Markdown with tables, for a pull-request comment or a wiki page. */
  MD(new MarkdownRenderer(), "md"),
  /** SARIF 2.1.0: one result per finding, for code-scanning dashboards. */
  SARIF(new SarifRenderer(), "sarif"),
  /** One row per finding; see {@link BatchSummaryCsv} for one row per kit. */
  CSV(new CsvRenderer(), "csv");

  private final Renderer renderer;
  private final String extension;

  ReportFormat(Renderer renderer, String extension) {
    this.renderer = renderer;
    this.extension = extension;
  }

  /** Writes {@code report} to {@code out} without colour; the caller owns and closes {@code out}. */
  public void render(Report report, Writer out) throws IOException {
    render(report, out, RenderOptions.PLAIN);
  }

  /** Writes {@code report} to {@code out}; the caller owns and closes {@code out}. */
  public void render(Report report, Writer out, RenderOptions options) throws IOException {
    renderer.render(report, out, options);
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The name used on the command line, e.g. {@code sarif}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format a file name implies by its extension, case-insensitive: {@code .html}/{@code .htm},
   * {@code .md}/{@code .markdown}, {@code .sarif}/{@code .sarif.json}, {@code .json},
   * {@code .csv}, {@code .txt}. Empty when the name implies none.
   */
  public static Optional<ReportFormat> forFileName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".sarif") || n.endsWith(".sarif.json")) {
      return Optional.of(SARIF);
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return Optional.of(MD);
    }
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".txt")) {
      return Optional.of(CONSOLE);
    }
    return Optional.empty();
  }
}
