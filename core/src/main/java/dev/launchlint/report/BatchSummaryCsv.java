package dev.launchlint.report;

import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.extract.DocumentStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary of a batch audit as CSV: one row per kit, for operations teams comparing many
 * launches in a spreadsheet. Stateless and thread-safe.
 *
 * <p>Columns, in this order: {@code kit}, {@code root}, {@code stage}, {@code alignment_index},
 * {@code findings}; one count per severity ({@code high}, {@code medium}, {@code low}); one per
 * finding type ({@code contradiction}, {@code unsupported_claim}, ...); {@code documents}; one per
 * document status ({@code parsed}, {@code empty}, ... {@code unassigned}). RFC 4180 with CRLF line
 * ends and a header row; text fields are quoted as needed and defused against spreadsheet formula
 * injection.
 */
public final class BatchSummaryCsv {

  private BatchSummaryCsv() {}

  /** The header row's column names, in order. */
  public static List<String> columns() {
    List<String> cols = new ArrayList<>(List.of("kit", "root", "stage", "alignment_index", "findings"));
    for (Severity s : Severity.values()) {
      cols.add(s.id());
    }
    for (FindingType t : FindingType.values()) {
      cols.add(t.id().replace('-', '_'));
    }
    cols.add("documents");
    for (DocumentStatus s : DocumentStatus.values()) {
      cols.add(s.id().replace('-', '_'));
    }
    return List.copyOf(cols);
  }

  /**
   * Writes a header row and then one row per report, in the order given (sort the list first for a
   * deterministic file, e.g. by kit name). The caller owns and closes {@code out}; an empty list
   * gives the header alone.
   */
  public static void render(List<Report> reports, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(1_024 + reports.size() * 128);
    CsvRenderer.line(b, columns());
    for (Report r : reports) {
      List<String> row = new ArrayList<>();
      row.add(Escape.csv(r.kit().name()));
      row.add(Escape.csv(r.kit().root()));
      row.add(r.scores().stage().id());
      row.add(Integer.toString(r.scores().alignmentIndex()));
      row.add(Integer.toString(r.findings().size()));
      for (Severity s : Severity.values()) {
        row.add(Long.toString(r.count(s)));
      }
      for (FindingType t : FindingType.values()) {
        row.add(Long.toString(r.count(t)));
      }
      row.add(Integer.toString(r.documents().size()));
      for (DocumentStatus s : DocumentStatus.values()) {
        row.add(Long.toString(r.count(s)));
      }
      CsvRenderer.line(b, row);
    }
    out.write(b.toString());
  }
}
