package dev.launchlint.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.kit.BusinessFunction;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How an {@link EvalResult} is written: a table for people, JSON ({@code launchlint/eval@1}) for machines. */
public enum EvalFormat {
  TABLE,
  JSON;

  /** The schema id of the JSON rendering. */
  public static final String SCHEMA = "launchlint/eval@1";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Writes {@code result} to {@code out}; the caller owns and closes {@code out}. */
  public void render(EvalResult result, Writer out) throws IOException {
    if (this == JSON) {
      MAPPER.writeValue(out, tree(result));
      out.write('\n');
    } else {
      out.write(table(result));
    }
  }

  /**
   * Writes the results of several corpora (by folder, in the order given) and their total: a table
   * per folder and one for all kits, or one JSON object whose {@code corpora} hold each folder's
   * result beside the total's fields. One corpus renders as {@link #render(EvalResult, Writer)}.
   */
  public void render(java.util.LinkedHashMap<String, EvalResult> byCorpus, Writer out) throws IOException {
    if (byCorpus.size() == 1) {
      render(byCorpus.values().iterator().next(), out);
      return;
    }
    EvalResult total = new EvalResult(byCorpus.values().stream().flatMap(r -> r.kits().stream()).toList());
    if (this == JSON) {
      ObjectNode root = tree(total);
      var corpora = root.putArray("corpora");
      byCorpus.forEach((name, r) -> corpora.addObject().put("corpus", name).setAll(tree(r)));
      MAPPER.writeValue(out, root);
      out.write('\n');
      return;
    }
    for (var e : byCorpus.entrySet()) {
      out.write("== " + e.getKey() + " ==\n\n" + table(e.getValue()) + "\n");
    }
    out.write("== total: " + String.join(" + ", byCorpus.keySet()) + " ==\n\n" + totals(total));
  }

  /** The type table and stage accuracy without the rows per kit. */
  private static String totals(EvalResult r) {
    String t = table(r);
    return t.substring(t.indexOf("(* the stage differs from the label)\n\n") + 38);
  }

  static String table(EvalResult r) {
    StringBuilder s = new StringBuilder();
    int width = Math.max(3, r.kits().stream().mapToInt(k -> k.kit().length()).max().orElse(3));
    String kitRow = "%-" + width + "s  %-25s  %-25s  %4s  %4s  %4s%n";
    s.append(String.format(Locale.ROOT, kitRow, "kit", "expected stage", "got stage", "TP", "FP", "FN"));
    for (KitResult k : r.kits()) {
      TypeScore t = k.total();
      s.append(String.format(Locale.ROOT, kitRow, k.kit(), k.expectedStage().id(),
          k.stage().id() + (k.stageCorrect() ? "" : " *"), t.truePositives(), t.falsePositives(), t.falseNegatives()));
    }
    s.append("(* the stage differs from the label)\n\n");
    String typeRow = "%-19s  %4s  %4s  %4s  %9s  %6s  %6s%n";
    s.append(String.format(Locale.ROOT, typeRow, "type", "TP", "FP", "FN", "precision", "recall", "F1"));
    for (Map.Entry<FindingType, TypeScore> e : r.byType().entrySet()) {
      s.append(typeLine(typeRow, e.getKey().id(), e.getValue()));
    }
    s.append(typeLine(typeRow, "overall (micro)", r.overall()));
    s.append('\n');
    s.append(String.format(Locale.ROOT, "stage accuracy: %d/%d = %.3f%n", r.stagesCorrect(), r.kits().size(), r.stageAccuracy()));
    return s.toString();
  }

  private static String typeLine(String format, String name, TypeScore t) {
    return String.format(Locale.ROOT, format, name, t.truePositives(), t.falsePositives(), t.falseNegatives(),
        ratio(t.precision()), ratio(t.recall()), ratio(t.f1()));
  }

  private static String ratio(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static ObjectNode tree(EvalResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    ObjectNode overall = root.putObject("overall");
    counts(overall, r.overall());
    overall.put("stageAccuracy", round(r.stageAccuracy()));
    overall.put("stagesCorrect", r.stagesCorrect());
    overall.put("kits", r.kits().size());
    ObjectNode types = root.putObject("types");
    r.byType().forEach((t, score) -> counts(types.putObject(t.id()), score));
    ArrayNode kits = root.putArray("kits");
    for (KitResult k : r.kits()) {
      ObjectNode n = kits.addObject();
      n.put("kit", k.kit());
      n.put("expectedStage", k.expectedStage().id());
      n.put("stage", k.stage().id());
      TypeScore t = k.total();
      n.put("tp", t.truePositives());
      n.put("fp", t.falsePositives());
      n.put("fn", t.falseNegatives());
      ArrayNode matched = n.putArray("matched");
      for (Match m : k.matches()) {
        ObjectNode x = label(matched.addObject(), m.label());
        x.put("finding", m.finding().id());
      }
      ArrayNode missed = n.putArray("missed");
      for (Label l : k.missed()) {
        label(missed.addObject(), l);
      }
      ArrayNode spurious = n.putArray("spurious");
      for (Finding f : k.spurious()) {
        ObjectNode x = spurious.addObject();
        x.put("id", f.id());
        x.put("type", f.type().id());
        functions(x, f.functions());
        x.put("summary", f.summary());
      }
    }
    return root;
  }

  private static ObjectNode label(ObjectNode n, Label l) {
    n.put("type", l.type().id());
    functions(n, l.functions());
    ArrayNode anchors = n.putArray("anchors");
    l.anchors().forEach(anchors::add);
    return n;
  }

  private static void functions(ObjectNode n, List<BusinessFunction> functions) {
    ArrayNode a = n.putArray("functions");
    functions.forEach(f -> a.add(f.id()));
  }

  private static void counts(ObjectNode n, TypeScore t) {
    n.put("tp", t.truePositives());
    n.put("fp", t.falsePositives());
    n.put("fn", t.falseNegatives());
    n.put("precision", round(t.precision()));
    n.put("recall", round(t.recall()));
    n.put("f1", round(t.f1()));
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
