package dev.launchlint.report;

import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.kit.BusinessFunction;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One CSV row per finding (RFC 4180, CRLF, a header row), with the first two pieces of evidence in
 * their own columns: contradictions have two sides, and a fixed set of columns keeps the file easy
 * to filter in a spreadsheet. Document text is quoted and defused ({@link Escape#csv}).
 */
final class CsvRenderer implements Renderer {

  static final List<String> HEADER = List.of("kit", "id", "type", "severity", "functions", "attribute", "summary",
      "evidence_count",
      "evidence1_function", "evidence1_path", "evidence1_location", "evidence1_text",
      "evidence2_function", "evidence2_path", "evidence2_location", "evidence2_text", "confidence", "reason");

  @Override
  public void render(Report report, Writer out, RenderOptions options) throws IOException {
    StringBuilder b = new StringBuilder(8_192);
    line(b, HEADER);
    for (Finding f : report.findings()) {
      List<String> row = new ArrayList<>(HEADER.size());
      row.add(Escape.csv(report.kit().name()));
      row.add(Escape.csv(f.id()));
      row.add(f.type().id());
      row.add(f.severity().id());
      row.add(f.functions().stream().map(BusinessFunction::id).collect(Collectors.joining(";")));
      row.add(Escape.csv(f.attribute()));
      row.add(Escape.csv(f.summary()));
      row.add(Integer.toString(f.evidence().size()));
      for (int i = 0; i < 2; i++) {
        if (i < f.evidence().size()) {
          Evidence e = f.evidence().get(i);
          row.add(e.function().id());
          row.add(Escape.csv(e.path()));
          row.add(Escape.csv(Wording.where(e.location())));
          row.add(Escape.csv(e.text()));
        } else {
          row.addAll(List.of("", "", "", ""));
        }
      }
      row.add(String.format(Locale.ROOT, "%.2f", f.confidence()));
      row.add(Escape.csv(f.reason()));
      line(b, row);
    }
    out.write(b.toString());
  }

  /** Appends one record of already escaped fields, ending in CRLF as RFC 4180 asks. */
  static void line(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(fields.get(i));
    }
    b.append("\r\n");
  }
}
