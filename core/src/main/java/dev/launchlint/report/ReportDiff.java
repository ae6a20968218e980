package dev.launchlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.Severity;
import dev.launchlint.triage.Baseline;
import dev.launchlint.triage.KnownFinding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two audits of one kit, read from their JSON reports: the findings that are
 * new, fixed and unchanged (by id), the stage and alignment index before and after, and each
 * pair's divergence before and after. Renders to the console, Markdown (a pull-request comment),
 * HTML and JSON ({@code launchlint/diff@1}). Immutable.
 *
 * @param quotes for each new finding (by id), its quotations as "function path: text"
 * @param pairs each pair of functions ("marketing/product") with its divergence before and after
 *     (null where a report has no such pair)
 */
public record ReportDiff(String kit, String stageBefore, String stageAfter, int indexBefore, int indexAfter,
    List<KnownFinding> added, List<KnownFinding> fixed, List<KnownFinding> unchanged,
    Map<String, List<String>> quotes, Map<String, Integer[]> pairs) {

  public static final String SCHEMA = "launchlint/diff@1";

  private static final int QUOTE_MAX = 240;

  public ReportDiff {
    Objects.requireNonNull(kit, "kit");
    added = List.copyOf(added);
    fixed = List.copyOf(fixed);
    unchanged = List.copyOf(unchanged);
    quotes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quotes));
    pairs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pairs));
  }

  /**
   * Compares two JSON reports ({@code launchlint/report@1}) of one kit.
   *
   * @throws LaunchlintException (stage {@code diff}) naming the file when one is not a report
   */
  public static ReportDiff of(Path before, Path after) {
    JsonNode a = report(before);
    JsonNode b = report(after);
    List<KnownFinding> fa = Baseline.findings(a, before, "diff");
    List<KnownFinding> fb = Baseline.findings(b, after, "diff");
    Set<String> ida = new LinkedHashSet<>();
    fa.forEach(f -> ida.add(f.id()));
    Set<String> idb = new LinkedHashSet<>();
    fb.forEach(f -> idb.add(f.id()));
    Comparator<KnownFinding> order = Comparator.comparing(KnownFinding::severity).thenComparing(KnownFinding::type)
        .thenComparing(KnownFinding::id);
    List<KnownFinding> added = fb.stream().filter(f -> !ida.contains(f.id())).sorted(order).toList();
    List<KnownFinding> fixed = fa.stream().filter(f -> !idb.contains(f.id())).sorted(order).toList();
    List<KnownFinding> unchanged = fb.stream().filter(f -> ida.contains(f.id())).sorted(order).toList();
    Map<String, List<String>> quotes = new LinkedHashMap<>();
    Set<String> addedIds = new LinkedHashSet<>();
    added.forEach(f -> addedIds.add(f.id()));
    for (JsonNode f : b.path("findings")) {
      if (addedIds.contains(f.path("id").asText())) {
        List<String> q = new ArrayList<>();
        for (JsonNode e : f.path("evidence")) {
          q.add(e.path("function").asText() + " " + e.path("path").asText() + ": "
              + Quote.of(e.path("text").asText(), List.of()).clip(QUOTE_MAX).pieces().stream()
                  .map(Quote.Piece::text).reduce("", String::concat));
        }
        quotes.put(f.path("id").asText(), q);
      }
    }
    Map<String, Integer[]> pairs = new LinkedHashMap<>();
    pairs(a, pairs, 0);
    pairs(b, pairs, 1);
    return new ReportDiff(b.path("kit").path("name").asText(a.path("kit").path("name").asText("")),
        a.path("scores").path("stage").asText(""), b.path("scores").path("stage").asText(""),
        a.path("scores").path("alignmentIndex").asInt(), b.path("scores").path("alignmentIndex").asInt(),
        added, fixed, unchanged, quotes, pairs);
  }

  private static JsonNode report(Path file) {
    JsonNode root = Baseline.readJson(file, "diff");
    if (!root.path("scores").isObject()) {
      throw new LaunchlintException("diff", file + ": not a launchlint JSON report (no 'scores'); write one with"
          + " launchlint audit KIT --format json -o FILE");
    }
    return root;
  }

  private static void pairs(JsonNode report, Map<String, Integer[]> out, int side) {
    for (JsonNode p : report.path("scores").path("pairs")) {
      List<String> fs = new ArrayList<>();
      p.path("functions").forEach(f -> fs.add(f.asText()));
      String key = String.join("/", fs);
      out.computeIfAbsent(key, k -> new Integer[2])[side] = p.path("divergence").asInt();
    }
  }

  /** Whether a new finding is at or above {@code threshold}. */
  public boolean hasNewAtOrAbove(Severity threshold) {
    return added.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** The formats a diff renders to. */
  public enum Format {
    CONSOLE, MD, HTML, JSON;

    public static Format parse(String name) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(name.strip())) {
          return f;
        }
      }
      throw new IllegalArgumentException("unknown diff format '" + name + "'; use console, md, html or json");
    }
  }

  /** Writes the diff in {@code format}; the caller owns and closes {@code out}. */
  public void render(Format format, Writer out) throws IOException {
    switch (format) {
      case JSON -> {
        JsonRenderer.MAPPER.writeValue(out, json());
        out.write('\n');
      }
      case MD -> out.write(markdown());
      case HTML -> out.write(html());
      case CONSOLE -> out.write(console());
    }
  }

  private String headline() {
    return added.size() + " new, " + fixed.size() + " fixed, " + unchanged.size() + " unchanged";
  }

  private String stageLine() {
    return "Stage " + stageBefore + (stageBefore.equals(stageAfter) ? " (unchanged)" : " \u2192 " + stageAfter)
        + "; alignment index " + indexBefore + " \u2192 " + indexAfter + " (" + signed(indexAfter - indexBefore) + ")";
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : String.valueOf(n);
  }

  private static String cell(Integer n) {
    return n == null ? "-" : String.valueOf(n);
  }

  private static String line(KnownFinding f) {
    return f.severity().id() + " " + f.type().id() + ": " + f.summary();
  }

  private String console() {
    StringBuilder b = new StringBuilder();
    b.append("launchlint diff  ").append(Escape.terminal(kit)).append('\n');
    b.append(headline()).append('\n').append(Escape.terminal(stageLine())).append('\n');
    for (var p : pairs.entrySet()) {
      b.append("  ").append(p.getKey()).append(": divergence ").append(cell(p.getValue()[0])).append(" \u2192 ")
          .append(cell(p.getValue()[1])).append('\n');
    }
    section(b, "New", added, true);
    section(b, "Fixed", fixed, false);
    section(b, "Unchanged", unchanged, false);
    return b.toString();
  }

  private void section(StringBuilder b, String title, List<KnownFinding> list, boolean withQuotes) {
    if (list.isEmpty()) {
      return;
    }
    b.append('\n').append(title).append(" (").append(list.size()).append(")\n");
    for (KnownFinding f : list) {
      b.append("  ").append(Escape.terminal(line(f))).append("  [").append(f.id()).append("]\n");
      if (withQuotes) {
        for (String q : quotes.getOrDefault(f.id(), List.of())) {
          b.append("      ").append(Escape.terminal(q)).append('\n');
        }
      }
    }
  }

  private String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("### launchlint: ").append(Escape.markdown(kit)).append("\n\n");
    b.append("**").append(headline()).append("** \u00b7 ").append(Escape.markdown(stageLine())).append("\n\n");
    if (!pairs.isEmpty()) {
      b.append("| Functions | Divergence before | after |\n|---|---:|---:|\n");
      pairs.forEach((k, v) -> b.append("| ").append(k.replace("/", " \u2194 ")).append(" | ").append(cell(v[0]))
          .append(" | ").append(cell(v[1])).append(" |\n"));
      b.append('\n');
    }
    mdSection(b, "New", added, true, false);
    mdSection(b, "Fixed", fixed, false, false);
    mdSection(b, "Unchanged", unchanged, false, true);
    return b.toString();
  }

  private void mdSection(StringBuilder b, String title, List<KnownFinding> list, boolean withQuotes, boolean folded) {
    if (list.isEmpty()) {
      return;
    }
    if (folded) {
      b.append("<details><summary>").append(title).append(" (").append(list.size()).append(")</summary>\n\n");
    } else {
      b.append("#### ").append(title).append(" (").append(list.size()).append(")\n\n");
    }
    for (KnownFinding f : list) {
      b.append("- **").append(f.severity().id()).append("** ").append(f.type().id()).append(": ")
          .append(Escape.markdown(f.summary())).append(" `").append(f.id().replace("`", "")).append("`\n");
      if (withQuotes) {
        for (String q : quotes.getOrDefault(f.id(), List.of())) {
          b.append("  - ").append(Escape.markdown(q)).append('\n');
        }
      }
    }
    b.append(folded ? "\n</details>\n\n" : "\n");
  }

  private String html() {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>").append(Escape.html(kit)).append(" \u00b7 launchlint diff</title>\n")
        .append("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .6rem}")
        .append(".high{color:#b42318}.medium{color:#b54708}.low{color:#175cd3}code{color:#667085}</style>\n")
        .append("</head>\n<body>\n<h1>").append(Escape.html(kit)).append("</h1>\n<p><strong>")
        .append(Escape.html(headline())).append("</strong><br>").append(Escape.html(stageLine())).append("</p>\n");
    if (!pairs.isEmpty()) {
      b.append("<table><thead><tr><th>Functions</th><th>Divergence before</th><th>after</th></tr></thead><tbody>\n");
      pairs.forEach((k, v) -> b.append("<tr><td>").append(Escape.html(k)).append("</td><td>").append(cell(v[0]))
          .append("</td><td>").append(cell(v[1])).append("</td></tr>\n"));
      b.append("</tbody></table>\n");
    }
    htmlSection(b, "New", added, true);
    htmlSection(b, "Fixed", fixed, false);
    htmlSection(b, "Unchanged", unchanged, false);
    return b.append("</body>\n</html>\n").toString();
  }

  private void htmlSection(StringBuilder b, String title, List<KnownFinding> list, boolean withQuotes) {
    b.append("<h2>").append(title).append(" (").append(list.size()).append(")</h2>\n");
    if (list.isEmpty()) {
      return;
    }
    b.append("<ul>\n");
    for (KnownFinding f : list) {
      b.append("<li><span class=\"").append(f.severity().id()).append("\">").append(f.severity().id())
          .append("</span> ").append(f.type().id()).append(": ").append(Escape.html(f.summary())).append(" <code>")
          .append(Escape.html(f.id())).append("</code>");
      List<String> qs = withQuotes ? quotes.getOrDefault(f.id(), List.of()) : List.of();
      if (!qs.isEmpty()) {
        b.append("<ul>");
        qs.forEach(q -> b.append("<li>").append(Escape.html(q)).append("</li>"));
        b.append("</ul>");
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private ObjectNode json() {
    ObjectNode root = JsonRenderer.MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("kit", kit);
    ObjectNode stage = root.putObject("stage");
    stage.put("before", stageBefore);
    stage.put("after", stageAfter);
    ObjectNode index = root.putObject("alignmentIndex");
    index.put("before", indexBefore);
    index.put("after", indexAfter);
    ArrayNode ps = root.putArray("pairs");
    pairs.forEach((k, v) -> {
      ObjectNode p = ps.addObject();
      ArrayNode fs = p.putArray("functions");
      for (String f : k.split("/")) {
        fs.add(f);
      }
      p.put("before", v[0]);
      p.put("after", v[1]);
    });
    for (var group : List.of(Map.entry("new", added), Map.entry("fixed", fixed), Map.entry("unchanged", unchanged))) {
      ArrayNode arr = root.putArray(group.getKey());
      for (KnownFinding f : group.getValue()) {
        ObjectNode n = Baseline.node(f);
        if (group.getValue() == added) {
          ArrayNode q = n.putArray("quotes");
          quotes.getOrDefault(f.id(), List.of()).forEach(q::add);
        }
        arr.add(n);
      }
    }
    return root;
  }

  @Override
  public String toString() {
    return "ReportDiff[" + kit + ": " + headline().toLowerCase(Locale.ROOT) + "]";
  }
}
