package dev.launchlint.report;

import dev.launchlint.analyze.Term;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.Severity;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.kit.BusinessFunction;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A compact summary for a terminal: stage, alignment index, then the findings by severity with
 * each quotation's file and place. ANSI colours only when {@link RenderOptions#colour()}; plain
 * output marks the conflicting words with {@code »…«} instead. Document text is stripped of
 * control characters, so a document cannot send escape sequences to the terminal.
 */
final class ConsoleRenderer implements Renderer {

  /** Quotations longer than this are cut around their first mark. */
  private static final int QUOTE_MAX = 180;
  /** Unread files listed by name; the rest are counted. */
  private static final int UNREAD_LISTED = 5;

  /** Where values start after a label such as {@code "Stage      "}. */
  private static final String INDENT = " ".repeat(11);

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String MARK = "\u001b[1;4m";

  @Override
  public void render(Report r, Writer out, RenderOptions options) throws IOException {
    Ansi a = new Ansi(options.colour());
    StringBuilder b = new StringBuilder(4_096);
    int index = r.scores().alignmentIndex();
    b.append(a.on(BOLD, "launchlint")).append("  ").append(a.on(BOLD, Escape.terminal(r.kit().name()))).append('\n');
    b.append(a.on(DIM, "Stage      ")).append(a.on(BOLD + stageColour(r), Wording.title(r.scores().stage())))
        .append('\n').append(INDENT).append(a.on(DIM, Wording.explain(r.scores().stage()))).append('\n');
    b.append(a.on(DIM, "Alignment  ")).append(a.on(BOLD, index + "/100"));
    if (options.colour()) {
      int filled = Math.round(index / 5f);
      b.append("  ").append(a.on(indexColour(index), "\u2588".repeat(filled)))
          .append(a.on(DIM, "\u2591".repeat(20 - filled)));
    }
    b.append('\n');
    b.append(a.on(DIM, "Findings   "));
    for (Severity s : Severity.values()) {
      b.append(s == Severity.HIGH ? "" : " \u00b7 ");
      long n = r.count(s);
      String text = n + " " + s.id();
      b.append(n == 0 ? a.on(DIM, text) : a.on(colour(s), text));
    }
    long read = r.count(DocumentStatus.PARSED);
    b.append(a.on(DIM, "   (" + Wording.count(r.documents().size(), "document")
        + (read == r.documents().size() ? "" : ", " + read + " read") + ")")).append('\n');
    for (String line : Triaged.lines(r)) {
      b.append(INDENT).append(Escape.terminal(line)).append('\n');
    }

    for (Finding f : r.findings()) {
      b.append('\n').append(a.on(BOLD + colour(f.severity()), pad(f.severity().id().toUpperCase(Locale.ROOT), 6)))
          .append(a.on(BOLD, f.type().id())).append("  ").append(Escape.terminal(f.summary())).append('\n');
      String tag = Triaged.tag(r, f);
      if (!tag.isEmpty()) {
        String waiver = Triaged.waiver(r, f);
        b.append("      ").append(a.on(BOLD, "[" + tag + "]"))
            .append(waiver.isEmpty() ? "" : " " + a.on(DIM, Escape.terminal(waiver))).append('\n');
      }
      b.append("      ").append(a.on(DIM, "why: " + Escape.terminal(f.reason()) + " (" + Wording.confidence(f) + ")"))
          .append('\n');
      for (Evidence e : f.evidence()) {
        String where = Wording.where(e.location());
        b.append("      ").append(a.on(functionColour(e.function()), pad(e.function().id(), 11)))
            .append(a.on(DIM, Escape.terminal(e.path() + (where.isEmpty() ? "" : " \u00b7 " + where)))).append('\n');
        b.append("      ").append(" ".repeat(11)).append(quote(e, a)).append('\n');
      }
      if (f.evidence().isEmpty()) {
        leads(b, f, r, a);
      }
    }
    List<DocumentSummary> notRead = r.documents().stream()
        .filter(d -> d.status() != DocumentStatus.PARSED && d.status() != DocumentStatus.UNASSIGNED).toList();
    List<DocumentSummary> unassigned = r.documents().stream()
        .filter(d -> d.status() == DocumentStatus.UNASSIGNED).toList();
    if (!notRead.isEmpty() || !unassigned.isEmpty()) {
      b.append('\n');
    }
    for (int i = 0; i < Math.min(UNREAD_LISTED, notRead.size()); i++) {
      DocumentSummary d = notRead.get(i);
      b.append(a.on(DIM, "not read   ")).append(Escape.terminal(d.path())).append(a.on(DIM, "  " + d.status().id()
          + (d.error() == null ? "" : ": " + Escape.terminal(d.error())))).append('\n');
    }
    if (notRead.size() > UNREAD_LISTED) {
      b.append(a.on(DIM, "not read   and " + (notRead.size() - UNREAD_LISTED) + " more")).append('\n');
    }
    if (!unassigned.isEmpty()) {
      b.append(a.on(DIM, "unassigned " + Wording.count(unassigned.size(), "file")
          + " outside product/, marketing/, sales/, strategy/: " + Escape.terminal(unassigned.get(0).path())
          + (unassigned.size() > 1 ? ", \u2026" : ""))).append('\n');
    }
    out.write(b.toString());
  }

  /** For a finding without quotations (a positioning drift): what each of its functions leads with. */
  private static void leads(StringBuilder b, Finding f, Report r, Ansi a) {
    for (BusinessFunction fn : f.functions()) {
      List<Term> ts = r.terms().getOrDefault(fn, List.of());
      if (!ts.isEmpty()) {
        String lead = ts.stream().limit(5).map(t -> Escape.terminal(t.term())).collect(Collectors.joining(", "));
        b.append("      ").append(a.on(functionColour(fn), pad(fn.id(), 11))).append(a.on(DIM, "leads with "))
            .append(lead).append('\n');
      }
    }
  }

  private static String quote(Evidence e, Ansi a) {
    StringBuilder b = new StringBuilder("\u201c");
    for (Quote.Piece p : Quote.of(e).clip(QUOTE_MAX).pieces()) {
      String text = Escape.terminal(p.text());
      if (!p.marked()) {
        b.append(text);
      } else if (a.enabled) {
        b.append(MARK).append(text).append(RESET);
      } else {
        b.append('\u00bb').append(text).append('\u00ab');
      }
    }
    return b.append('\u201d').toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  private static String colour(Severity s) {
    return switch (s) {
      case HIGH -> "\u001b[31m";
      case MEDIUM -> "\u001b[33m";
      case LOW -> "\u001b[34m";
    };
  }

  private static String functionColour(BusinessFunction f) {
    return switch (f) {
      case PRODUCT -> "\u001b[34m";
      case MARKETING -> "\u001b[35m";
      case SALES -> "\u001b[36m";
      case STRATEGY -> "\u001b[37m";
    };
  }

  private static String stageColour(Report r) {
    return switch (r.scores().stage()) {
      case ALIGNED -> "\u001b[32m";
      case FRAGMENTED_INTERPRETATION -> "\u001b[33m";
      case CONFLICTING_EXECUTION, MARKET_CONFUSION -> "\u001b[31m";
    };
  }

  private static String indexColour(int index) {
    return index >= 80 ? "\u001b[32m" : index >= 50 ? "\u001b[33m" : "\u001b[31m";
  }

  /** Wraps text in an SGR sequence when colour is on; otherwise returns it unchanged. */
  private record Ansi(boolean enabled) {
    String on(String sgr, String text) {
      return enabled && !text.isEmpty() ? sgr + text + RESET : text;
    }
  }
}
