package dev.launchlint.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Renders to a string, as a caller would to a file. */
final class Rendering {

  private Rendering() {}

  static String render(ReportFormat format, Report report) {
    return render(format, report, RenderOptions.PLAIN);
  }

  static String render(ReportFormat format, Report report, RenderOptions options) {
    StringWriter w = new StringWriter();
    try {
      format.render(report, w, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String summary(List<Report> reports) {
    StringWriter w = new StringWriter();
    try {
      BatchSummaryCsv.render(reports, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into records of fields. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '"' || c == '\n' || c == '\r') {
        throw new IllegalArgumentException("malformed CSV at " + i + ": " + csv.substring(Math.max(0, i - 20), i + 1));
      } else {
        field.append(c);
      }
    }
    if (quoted || field.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("CSV does not end with CRLF");
    }
    return rows;
  }
}
