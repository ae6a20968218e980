package dev.launchlint.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysis vocabulary, read once from the resource files beside this class: aspects and their
 * synonyms ({@code aspects.tsv}), named things ({@code entities.tsv}), cue phrases by section
 * ({@code cues.txt}), units of measure ({@code units.tsv}) and plan names ({@code plans.txt}).
 * Keeping the words in data lets a product marketer extend them without touching code.
 * Immutable and thread-safe.
 */
final class Lexicon {

  /** A unit of measure: its dimension, base unit and factor to the base unit. */
  record Unit(String dimension, String base, double factor) {}

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }

  /** Aspect keys in file order (earlier wins ties). */
  final List<String> aspectOrder;
  final PhraseMatcher aspects;
  /** Entity canonical name to kind (certification, integration, platform, region). */
  private final Map<String, String> entityKinds;
  private final PhraseMatcher entities;
  /**
   * A standard named by the body that issues it and its number ("DIN 79010", "EN 15194", "UN 38.3",
   * "UL 2272", "ASTM F2413"): a certification no list can hold in full. Its number names it; it
   * counts nothing. Protocols (IEEE 802.11) are no certifications and are left out.
   */
  private static final Pattern STANDARD = Pattern.compile(
      "\\b(?:ISO/IEC|ISO|IEC|EN|DIN|UN|UL|ASTM|ANSI|BS|CSA)\\s?(?:[A-Z]\\s?)?\\d{2,5}(?:[.-]\\d+)*(?::\\d{4})?\\b");
  final PhraseMatcher negation;
  final PhraseMatcher negationExceptions;
  final PhraseMatcher hedges;
  final PhraseMatcher absolutes;
  final PhraseMatcher commitments;
  final PhraseMatcher comparisons;
  final PhraseMatcher compatibility;
  final PhraseMatcher stages;
  final PhraseMatcher relativeDates;
  final PhraseMatcher imperatives;
  final PhraseMatcher benefitVerbs;
  final List<Pattern> boilerplate;
  final Map<String, Unit> units;
  final PhraseMatcher plans;

  private Lexicon() {
    Map<String, String> aspectPhrases = new LinkedHashMap<>();
    List<String> order = new ArrayList<>();
    for (String[] row : rows("aspects.tsv", 2)) {
      order.add(row[0]);
      for (String phrase : row[1].split("\\|")) {
        String p = phrase.strip();
        // "+phrase" counts only beside a number: the value carries the mark to the extractor
        if (p.startsWith("+")) {
          aspectPhrases.putIfAbsent(p.substring(1), "+" + row[0]);
        } else {
          aspectPhrases.putIfAbsent(p, row[0]);
        }
      }
    }
    aspectOrder = List.copyOf(order);
    aspects = PhraseMatcher.of(aspectPhrases);

    Map<String, String> entityPhrases = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (String[] row : rows("entities.tsv", 3)) {
      kinds.put(row[1], row[0]);
      for (String phrase : row[2].split("\\|")) {
        entityPhrases.putIfAbsent(phrase.strip(), row[1]);
      }
    }
    entityKinds = Map.copyOf(kinds);
    entities = PhraseMatcher.of(entityPhrases);

    Map<String, List<String>> sections = sections("cues.txt");
    negation = PhraseMatcher.of(withExtra(sections.get("negation"), "~n['’]t(?![\\p{L}])"));
    negationExceptions = PhraseMatcher.of(sections.get("negation-exceptions"));
    hedges = PhraseMatcher.of(sections.get("hedge"));
    absolutes = PhraseMatcher.of(sections.get("absolute"));
    commitments = PhraseMatcher.of(sections.get("commitment"));
    comparisons = PhraseMatcher.of(withExtra(sections.get("comparison"),
        "~(?i)(?<![\\p{L}])(?:more|less) [a-z-]+ than(?![\\p{L}])"));
    compatibility = PhraseMatcher.of(sections.get("compatibility"));
    Map<String, String> stagePhrases = new LinkedHashMap<>();
    sections.forEach((name, phrases) -> {
      if (name.startsWith("stage:")) {
        phrases.forEach(p -> stagePhrases.putIfAbsent(p, name.substring("stage:".length())));
      }
    });
    stages = PhraseMatcher.of(stagePhrases);
    relativeDates = PhraseMatcher.of(sections.get("relative-date"));
    imperatives = PhraseMatcher.of(sections.get("imperative"));
    benefitVerbs = PhraseMatcher.of(sections.get("benefit-verb"));
    boilerplate = sections.get("regex:boilerplate").stream().map(Pattern::compile).toList();

    Map<String, Unit> u = new LinkedHashMap<>();
    for (String[] row : rows("units.tsv", 4)) {
      u.put(row[0].startsWith("=") ? row[0] : Text.lower(row[0]), new Unit(row[1], row[2], Double.parseDouble(row[3])));
    }
    units = java.util.Collections.unmodifiableMap(u);
    List<String> planNames = new ArrayList<>();
    for (String[] row : rows("plans.txt", 1)) {
      planNames.add("=" + row[0]);
    }
    plans = PhraseMatcher.of(planNames);
  }


  /**
   * The named things of a text, in text order: those of entities.tsv, then standards named by
   * their body and number where no listed name stands.
   */
  List<PhraseMatcher.Hit> entities(String text) {
    List<PhraseMatcher.Hit> hits = entities.find(text);
    Matcher m = STANDARD.matcher(text);
    List<PhraseMatcher.Hit> out = null;
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (hits.stream().anyMatch(h -> h.start() < end && start < h.end())) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(hits);
      }
      out.add(new PhraseMatcher.Hit(start, end, m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }
    if (out == null) {
      return hits;
    }
    out.sort(Comparator.comparingInt(PhraseMatcher.Hit::start));
    return out;
  }

  /** The kind of a named thing (certification, integration, platform, region), or null. */
  String kindOf(String entity) {
    String kind = entityKinds.get(entity);
    // a standard's name is kept in lower case (entities): its body's letters are capitals as written
    return kind == null && STANDARD.matcher(entity.toUpperCase(Locale.ROOT)).matches() ? "certification" : kind;
  }
  static Lexicon shared() {
    return Holder.INSTANCE;
  }

  /** The unit a spelling names, honouring case for '='-marked spellings ("B" is bytes, "b" is not). */
  Unit unit(String spelling) {
    Unit exact = units.get("=" + spelling);
    if (exact != null) {
      return exact;
    }
    return units.get(Text.lower(spelling));
  }

  private static List<String> withExtra(List<String> phrases, String extra) {
    List<String> all = new ArrayList<>(phrases);
    all.add(extra);
    return all;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] cells = line.split("\t");
      if (cells.length != columns) {
        throw new IllegalStateException(resource + ": expected " + columns + " tab-separated columns in '" + line + "'");
      }
      rows.add(cells);
    }
    return rows;
  }

  private static Map<String, List<String>> sections(String resource) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines(resource)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        sections.put(line.substring(1, line.length() - 1), current);
      } else if (current == null) {
        throw new IllegalStateException(resource + ": phrase before any [section]: " + line);
      } else {
        current.add(line);
      }
    }
    return sections;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " missing beside " + Lexicon.class.getName());
      }
      List<String> lines = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(stripped.contains("\t") ? line.replaceAll("^\\s+|\\s+$", "") : stripped);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
