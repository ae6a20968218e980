package dev.launchlint.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.launchlint.compare.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Every kit of a batch, most divergent first ({@link KitOutcome#BY_DIVERGENCE}).
 *
 * <p>The JSON and CSV renderings leave out whether a kit was audited now or reused, so a rerun
 * over unchanged kits gives the same summary, byte for byte.
 *
 * @param root the batch root as given
 */
public record BatchSummary(String root, List<KitOutcome> kits) {

  /** The schema id of the JSON rendering. */
  public static final String SCHEMA = "launchlint/batch-summary@1";

  public BatchSummary {
    Objects.requireNonNull(root, "root");
    kits = kits.stream().sorted(KitOutcome.BY_DIVERGENCE).toList();
  }

  public long count(KitOutcome.Status status) {
    return kits.stream().filter(k -> k.status() == status).count();
  }

  /** Whether any kit has a finding at or above {@code threshold}. */
  public boolean hasFindingsAtOrAbove(Severity threshold) {
    return kits.stream().anyMatch(k -> k.hasFindingsAtOrAbove(threshold));
  }

  /** Writes the {@code launchlint/batch-summary@1} JSON; the caller owns and closes {@code out}. */
  public void writeJson(Writer out) throws IOException {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("root", this.root);
    ArrayNode array = root.putArray("kits");
    for (KitOutcome k : kits) {
      array.add(Json.outcome(k));
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("kits", kits.size());
    totals.put("failed", count(KitOutcome.Status.FAILED));
    totals.put("documents", kits.stream().mapToLong(KitOutcome::documents).sum());
    totals.put("unreadable", kits.stream().mapToLong(KitOutcome::unreadable).sum());
    totals.put("findings", kits.stream().mapToLong(KitOutcome::findings).sum());
    totals.put("high", kits.stream().mapToLong(KitOutcome::high).sum());
    Json.MAPPER.writeValue(out, root);
    out.write('\n');
  }

  /**
   * Writes one CSV line per kit (RFC 4180, header first), in summary order; the caller owns and
   * closes {@code out}.
   */
  // Not report.BatchSummaryCsv: that renderer takes every kit's whole Report, which a batch with
  // bounded memory does not hold (a reused kit is only its manifest line, a failed kit has no
  // report at all). Seam: once it takes summary lines, this delegates to it.
  public void writeCsv(Writer out) throws IOException {
    out.write("kit,status,error,stage,alignment_index,max_divergence,findings,high,medium,low,documents,unreadable,report\r\n");
    for (KitOutcome k : kits) {
      boolean failed = k.status() == KitOutcome.Status.FAILED;
      String[] cells = {
        k.kit(),
        failed ? "failed" : "ok",
        k.error() == null ? "" : k.error(),
        k.stage() == null ? "" : k.stage().id(),
        failed ? "" : Integer.toString(k.alignmentIndex()),
        failed ? "" : Integer.toString(k.maxDivergence()),
        Integer.toString(k.findings()),
        Integer.toString(k.high()),
        Integer.toString(k.medium()),
        Integer.toString(k.low()),
        Integer.toString(k.documents()),
        Integer.toString(k.unreadable()),
        k.reports().isEmpty() ? "" : k.reports().get(0)
      };
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(csv(cells[i]));
      }
      out.write("\r\n");
    }
  }

  private static String csv(String cell) {
    // A leading = + - @ makes spreadsheets run the cell as a formula; kit names are user input.
    String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+") ? "'" + cell : cell;
    if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
