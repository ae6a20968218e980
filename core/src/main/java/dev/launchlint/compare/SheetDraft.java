package dev.launchlint.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Attributes;
import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.kit.BusinessFunction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A first fact sheet for a kit, drafted from what it already says: every price, limit, SLA, date
 * and release stage its product material states, with its source; the names product uses where
 * other functions use others ({@code avoid}); and, where the documents already disagree, the
 * values marked for a decision ({@code decide}). Audited with the kit, the draft agrees with
 * product material, so what it finds is what the kit already disagrees about. Immutable.
 */
public record SheetDraft(List<Row> rows) {

  /**
   * One fact of the draft.
   *
   * @param sources where the kit states it ("product/spec.pdf p. 3")
   * @param decide empty, or the disagreement to settle: every value each function gives
   */
  public record Row(String fact, String value, List<String> names, List<String> avoid, List<String> sources,
      List<String> decide) {
    public Row {
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(value, "value");
      names = List.copyOf(names);
      avoid = List.copyOf(avoid);
      sources = List.copyOf(sources);
      decide = List.copyOf(decide);
    }
  }

  public SheetDraft {
    rows = List.copyOf(rows);
  }

  /** The draft of an analysed kit with its (confident) findings. */
  public static SheetDraft of(AnalyzedKit kit, List<Finding> findings) {
    Map<String, Row> byValue = new LinkedHashMap<>();
    for (Claim c : kit.claims()) {
      if (c.function() != BusinessFunction.PRODUCT || !factual(c)) {
        continue;
      }
      String value = Quotes.collapse(c.text());
      String key = value.toLowerCase(Locale.ROOT);
      Row had = byValue.get(key);
      String source = source(c.path(), c.location().label());
      if (had == null) {
        byValue.put(key, new Row(fact(c), value, List.of(), List.of(), List.of(source), List.of()));
      } else if (!had.sources().contains(source)) {
        List<String> sources = new ArrayList<>(had.sources());
        sources.add(source);
        byValue.put(key, new Row(had.fact(), had.value(), had.names(), had.avoid(), sources, had.decide()));
      }
    }
    List<Row> rows = new ArrayList<>(byValue.values());
    for (Finding f : findings) {
      if (f.type() == FindingType.CONTRADICTION) {
        decide(rows, f);
      } else if (f.type() == FindingType.TERMINOLOGY_DRIFT) {
        rows.add(naming(f));
      }
    }
    return new SheetDraft(rows);
  }

  /** A statement worth a row: it gives a price, a date, a release stage or a measured figure. */
  private static boolean factual(Claim c) {
    Attributes a = c.attributes();
    if (c.type() == ClaimType.CAPABILITY || c.type() == ClaimType.COMPARISON) {
      return false;
    }
    String text = Quotes.collapse(c.text());
    if (text.equalsIgnoreCase(c.location().heading()) || text.split(" ").length < 4 && !text.matches(".*\\d.*")) {
      return false; // a title, or a fragment such as "Now generally available."
    }
    if (!a.prices().isEmpty() || !a.dates().isEmpty() && c.aspect() != null || a.stage() != null && c.aspect() != null) {
      return true;
    }
    for (Quantity q : a.quantities()) {
      if (!"count".equals(q.dimension()) || c.aspect() != null && !q.unit().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String fact(Claim c) {
    if (c.aspect() != null) {
      return Quotes.label(c.aspect());
    }
    return Quotes.label(c.type().name().toLowerCase(Locale.ROOT));
  }

  private static String source(String path, String where) {
    return path + (where.isEmpty() ? "" : " " + where);
  }

  /** Marks the row of the product statement a contradiction quotes, or adds a row for it. */
  private static void decide(List<Row> rows, Finding f) {
    List<String> decide = new ArrayList<>();
    decide.add(f.summary());
    for (Evidence e : f.evidence()) {
      decide.add(e.function().id() + ": \"" + Quotes.shorten(e.text(), 160) + "\" (" + source(e.path(),
          e.location().label()) + ")");
    }
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      for (Evidence e : f.evidence()) {
        if (e.function() == BusinessFunction.PRODUCT && e.text().toLowerCase(Locale.ROOT)
            .contains(r.value().toLowerCase(Locale.ROOT).replaceAll("[.]$", ""))) {
          rows.set(i, new Row(r.fact(), r.value(), r.names(), r.avoid(), r.sources(), decide));
          return;
        }
      }
    }
    Evidence first = f.evidence().stream().filter(e -> e.function() == BusinessFunction.PRODUCT).findFirst()
        .orElse(f.evidence().isEmpty() ? null : f.evidence().get(0));
    if (first != null) {
      rows.add(new Row(f.attribute() == null ? "Fact" : Quotes.label(f.attribute()), first.text(), List.of(),
          List.of(), List.of(source(first.path(), first.location().label())), decide));
    }
  }

  /** The names of a terminology drift: product's name to use and the others to avoid, or all to decide on. */
  private static Row naming(Finding f) {
    Map<BusinessFunction, String> names = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      if (!e.marks().isEmpty()) {
        names.putIfAbsent(e.function(), e.text().substring(e.marks().get(0).start(), e.marks().get(0).end()));
        sources.add(source(e.path(), e.location().label()));
      }
    }
    String preferred = names.getOrDefault(BusinessFunction.PRODUCT, names.values().stream().findFirst().orElse(f.summary()));
    List<String> avoid = names.values().stream().filter(n -> !n.equalsIgnoreCase(preferred)).distinct().toList();
    boolean productNames = names.containsKey(BusinessFunction.PRODUCT);
    return new Row("Name of " + preferred, preferred, List.of(preferred), productNames ? avoid : List.of(), sources,
        productNames ? List.of() : List.of(f.summary() + "; choose one of: " + String.join(", ", names.values())));
  }

  /** The draft as a {@code facts.yml}: a comment saying what to do with it, then the {@code facts:} list. */
  public String toYaml() {
    ObjectNode root = new ObjectMapper().createObjectNode();
    ArrayNode facts = root.putArray("facts");
    for (Row r : rows) {
      ObjectNode n = facts.addObject();
      n.put("fact", r.fact());
      n.put("value", r.value());
      if (!r.names().isEmpty()) {
        ArrayNode names = n.putArray("names");
        r.names().forEach(names::add);
      }
      if (!r.avoid().isEmpty()) {
        ArrayNode avoid = n.putArray("avoid");
        r.avoid().forEach(avoid::add);
      }
      n.put("owner", "");
      if (!r.sources().isEmpty()) {
        ArrayNode sources = n.putArray("sources");
        r.sources().forEach(sources::add);
      }
      if (!r.decide().isEmpty()) {
        ArrayNode decide = n.putArray("decide");
        r.decide().forEach(decide::add);
      }
    }
    long open = rows.stream().filter(r -> !r.decide().isEmpty()).count();
    String head = "# Fact sheet drafted by `launchlint facts` from what the kit's product material states.\n"
        + "# Check each value, give each fact an owner, shorten values to the fact itself.\n"
        + (open == 0 ? "" : "# " + open + (open == 1 ? " fact needs" : " facts need")
            + " a decision: the documents disagree (see 'decide'); set the value, then remove 'decide'.\n");
    YAMLFactory yaml = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    try {
      return head + new ObjectMapper(yaml).writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
