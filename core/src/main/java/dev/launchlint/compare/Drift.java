package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drift in words rather than facts: one concept under different names (terminology drift),
 * functions that lead with different value propositions (positioning drift), and which strategy
 * pillars each function carries. Stateless.
 */
final class Drift {

  /** Below this overlap of their leading terms two functions tell different stories. */
  static final double POSITIONING = 0.08;
  /** Similarity at which a unit carries a strategy pillar. */
  static final double CARRIES = 0.30;

  private static final int LEAD_TERMS = 5;
  private static final int MAX_PILLARS = 12;

  /**
   * A capitalised word, with the lower-case words a hyphen joins to it ("Co-op", "Check-in"); a
   * number after a hyphen ("AMR-400") is a model code's, not a word's.
   */
  private static final String NAME_WORD = "[A-Z][A-Za-z0-9]+(?:-[a-z]+)*";
  static final Pattern NAME = Pattern.compile("\\b" + NAME_WORD + "(?:(?: |-)" + NAME_WORD + "){1,3}\\b");
  static final Pattern PLAN_NAME = Pattern.compile("\\b((?:[A-Z][A-Za-z0-9+]+ )*[A-Z][A-Za-z0-9+]+) (plan|tier|edition)\\b");
  private static final Set<String> NOT_NAME_START = Set.of(
      "the", "our", "your", "a", "an", "this", "that", "with", "for", "and", "every", "each", "new", "why",
      "how", "what", "all", "get", "meet", "introducing", "try", "in", "on", "at", "by", "to", "we", "you",
      "if", "when", "it", "is", "no", "not", "one", "use", "see", "from", "of", "as", "or", "but", "its",
      "their", "my", "more", "most", "best", "key", "top", "just", "q1", "q2", "q3", "q4", "which", "whose",
      "does", "do", "are", "can", "will", "any", "same", "only", "both");
  private static final Set<String> NOT_NAME_WORD = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "i", "ii", "iii", "inc", "ltd", "llc", "gmbh", "yes", "no", "n/a");

  private Drift() {}

  // ---- terminology ----

  /** A name as one function uses it: how it is written, the units it stands in, what is said around it. */
  private record Usage(String name, BusinessFunction function, List<TextUnit> units, List<Window> windows) {
    Usage named(String other) {
      return other.equals(name) ? this : new Usage(other, function, units, windows);
    }
  }

  /** The way a function writes a name most often, singular or plural; the first way on a tie. */
  private static String usualForm(Usage usage) {
    Map<String, Integer> forms = new LinkedHashMap<>();
    for (TextUnit u : usage.units) {
      forms.merge(formIn(Quotes.collapse(u.text()), usage.name), 1, Integer::sum);
    }
    return forms.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(usage.name);
  }

  /**
   * What is said around one occurrence of a name: the sentence it stands in and the two after it
   * (a lead phrase is defined by what follows it), as terms with the name left out, the figures,
   * and where the name stands in it.
   */
  private record Window(TextUnit unit, Map<String, Double> vector, Set<String> figures, List<NameSlot> slots) {}

  /**
   * Two names of two functions and the windows that show they are one concept; {@code sameFigures}
   * when some two windows of theirs in the same slot also state the same figures.
   */
  private record Pair(Usage left, Usage right, double score, Window leftWindow, Window rightWindow,
      boolean sameFigures) {}

  /** Similarity of two windows, names left out, at which two names fill the same slot. */
  static final double SAME_SLOT = 0.5;
  /** Similarity of two windows that also state the same figure ("$60 per member farm per year"). */
  static final double SAME_FIGURES = 0.45;
  /**
   * Similarity of two windows that state the same price at which the two names are priced alike,
   * so that a plan name and a name without "plan" ("Field Data Plan", "Verdant Plus") may be one.
   */
  static final double SAME_PRICE = 0.3;
  /** What the same figures add to the similarity of two windows: the stronger evidence of the two. */
  private static final double FIGURES_WEIGH = 0.5;
  private static final int MAX_WINDOWS = 12;
  private static final Pattern FIGURE = Pattern.compile("(?<![\\w.])(\\$?)(\\d[\\d,]*(?:\\.\\d+)?)(%?)(?![\\w.]*\\d)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\s*[\u2022\u00b7]\\s*");
  private static final Pattern ROLE_WORD = Pattern.compile(
      "(?i)head|manager|director|officer|president|vp|svp|ceo|cto|cfo|coo|cmo|founder|co-founder|lead|chief|engineer|analyst");
  private static final Pattern GLUED = Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Pattern GLUED_WORD = Pattern.compile("[\\p{L}\\p{N}]*\\p{Ll}\\p{Lu}[\\p{L}\\p{N}]*");

  /**
   * One concept under several names: a name one function uses and another never mentions, paired
   * with a name of the other function that the first never mentions, when there is evidence that
   * the two name one thing: the sentences around them say the same with the names swapped (the
   * same slot: both names are what their sentences are about, or the same words stand next to
   * both), or say the same figures about both in a shared context. Plan names pair only with
   * plan names, and only mutual best pairs count. Pairs that share a name are one concept: a
   * concept named three ways is one finding with all its names.
   */
  static List<Finding> terminology(KitView view, Themes themes) {
    Map<String, Integer> gluedWords = new HashMap<>();
    for (BusinessFunction f : view.functions()) {
      for (TextUnit u : view.units(f)) {
        if (!hasGlue(u.text())) {
          continue;
        }
        Matcher w = GLUED_WORD.matcher(u.text());
        Set<String> seen = new HashSet<>();
        while (w.find()) {
          if (seen.add(w.group())) {
            gluedWords.merge(w.group(), 1, Integer::sum);
          }
        }
      }
    }
    Map<BusinessFunction, Map<String, Usage>> usages = new EnumMap<>(BusinessFunction.class);
    // one-word names that some function writes capitalised in the middle of a sentence
    Set<String> coined = new HashSet<>();
    for (BusinessFunction f : view.functions()) {
      Map<String, Usage> byName = new LinkedHashMap<>();
      for (TextUnit u : view.units(f)) {
        // A heading in Title Case names a topic ("Simple Pricing"); one in sentence case capitalises
        // only names ("Member Portal for co-ops and consultants"), and its section defines them.
        if (titleCase(u.text())) {
          continue;
        }
        for (String n : names(u.text())) {
          if (!nameLike(n, gluedWords) || compared(u.text(), n)) {
            continue;
          }
          // "Benchmark Checks" and "Benchmark Check" are one name, shown as the function most often writes it
          byName.computeIfAbsent(nameKey(n), k -> new Usage(n, f, new ArrayList<>(), new ArrayList<>())).units().add(u);
        }
        List<String> words = new ArrayList<>(CoinedTerms.coined(u.text()));
        String lead = CoinedTerms.lead(u.text());
        if (lead != null) {
          words.add(lead);
        }
        for (String w : words) {
          if (!NOT_NAME_WORD.contains(w.toLowerCase(Locale.ROOT)) && !compared(u.text(), w)) {
            Usage usage = byName.computeIfAbsent(CoinedTerms.key(w), k -> new Usage(w, f, new ArrayList<>(), new ArrayList<>()));
            if (!usage.units().contains(u)) {
              usage.units().add(u);
            }
            if (!w.equals(lead)) {
              coined.add(f.id() + "/" + CoinedTerms.key(w));
            }
          }
        }
      }
      byName.replaceAll((k, usage) -> usage.named(usualForm(usage)));
      usages.put(f, byName);
    }
    List<BusinessFunction> fs = List.copyOf(usages.keySet());
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      for (int j = i + 1; j < fs.size(); j++) {
        pairs.addAll(bestPairs(view, themes, usages.get(fs.get(i)), usages.get(fs.get(j)), fs.get(i), fs.get(j), coined));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<Pair> concept : concepts(pairs)) {
      out.add(terminologyFinding(view, concept, usages));
    }
    return out;
  }

  /** A name measured against: "five times the Headway Business allowance", "unlike Bastion ID". */
  private static final Pattern COMPARED_BEFORE = Pattern.compile(
      "\\b(?:than|vs\\.?|versus|compared (?:to|with)|against|instead of|unlike|switch(?:ing|es)? from|migrat\\w* from"
          + "|competitors?(?: like| such as)?|(?:times|x) (?:the|as much as))\\s+(?:the\\s+)?(?:\\S+\\s+){0,1}$",
      Pattern.CASE_INSENSITIVE);

  /** Whether {@code name} is, where {@code text} first names it, another's thing compared against. */
  private static boolean compared(String text, String name) {
    int at = text.indexOf(name);
    return at > 0 && COMPARED_BEFORE.matcher(text.substring(Math.max(0, at - 40), at)).find();
  }

  /** Whether a lower-case letter is followed by a capital somewhere: most units have no glued word. */
  private static boolean hasGlue(String text) {
    boolean lower = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (lower && type == Character.UPPERCASE_LETTER) {
        return true;
      }
      lower = type == Character.LOWERCASE_LETTER;
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The names (lower case, in the singular and the plural) that terminology drift findings mark in their evidence. */
  static Set<String> names(List<Finding> findings) {
    Set<String> out = new HashSet<>();
    for (Finding f : findings) {
      if (f.type() == FindingType.TERMINOLOGY_DRIFT) {
        for (Evidence e : f.evidence()) {
          e.marks().forEach(m -> {
            String key = nameKey(e.text().substring(m.start(), m.end()));
            out.add(key);
            out.add(key + "s");
          });
        }
      }
    }
    return out;
  }

  /**
   * A name, not an artefact: no phrase in capitals ("COMMON QUESTIONS" is a heading), and no word
   * glued from two by extraction ("GuaranteeClearPath") unless the kit writes it so more than once
   * ("ClearPath", "PodNest").
   */
  private static boolean nameLike(String name, Map<String, Integer> gluedWords) {
    String[] words = name.split("[ ]+");
    if (words.length >= 2 && name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().filter(Character::isLetter).count() > 4) {
      return false;
    }
    // "ORDER EARLY Orders", "FILE Plus": a heading in capitals glued to the text after it
    if (words.length >= 2 && words[0].length() >= 4 && words[0].equals(words[0].toUpperCase(Locale.ROOT))
        && !words[1].equals(words[1].toUpperCase(Locale.ROOT))) {
      return false;
    }
    // "Katie Brandt Marketing Manager", "Hannah Cho Head": a person and a job title
    for (String w : words) {
      if (ROLE_WORD.matcher(w).matches()) {
        return false;
      }
    }
    for (String w : words) {
      if (GLUED.matcher(w).find() && gluedWords.getOrDefault(w, 0) < 2) {
        return false;
      }
    }
    return true;
  }

  private static List<Pair> bestPairs(KitView view, Themes themes, Map<String, Usage> left, Map<String, Usage> right,
      BusinessFunction lf, BusinessFunction rf, Set<String> coined) {
    List<Usage> ls = left.values().stream().filter(u -> !uses(view, rf, u.name)).toList();
    List<Usage> rs = right.values().stream().filter(u -> !uses(view, lf, u.name)).toList();
    List<Map<String, Double>> lc = ls.stream().map(u -> context(view, themes, u)).toList();
    List<Map<String, Double>> rc = rs.stream().map(u -> context(view, themes, u)).toList();
    Pair[][] found = new Pair[ls.size()][rs.size()];
    for (int i = 0; i < ls.size(); i++) {
      for (int j = 0; j < rs.size(); j++) {
        Usage a = ls.get(i);
        Usage b = rs.get(j);
        // the whole contexts must touch before the windows are read
        // one-word names pair only with each other, and one of them must be written as a coinage
        boolean oneWord = CoinedTerms.oneWord(a.name) || CoinedTerms.oneWord(b.name);
        if (oneWord && !(CoinedTerms.oneWord(a.name) && CoinedTerms.oneWord(b.name)
            && (coined.contains(lf.id() + "/" + CoinedTerms.key(a.name)) || coined.contains(rf.id() + "/" + CoinedTerms.key(b.name))))) {
          continue;
        }
        if (related(a.name, b.name) || ClaimIndex.cosine(lc.get(i), rc.get(j)) < 0.1 || bothNamed(view, a.name, b.name)
            || besidePlan(a, b) || besidePlan(b, a)) {
          continue;
        }
        Pair p = evidence(view, themes, a, b);
        // a plan and a feature are different kinds of thing unless the same figures are said of both
        // and a code ("VF2-TR", "AMR-400") names a model or a document, not what a name of words names
        boolean sameKind = (planName(a.name) == planName(b.name) || p != null && p.sameFigures)
            && code(a.name) == code(b.name);
        found[i][j] = sameKind ? p : null;
      }
    }
    List<Pair> out = new ArrayList<>();
    for (int i = 0; i < ls.size(); i++) {
      int best = -1;
      for (int j = 0; j < rs.size(); j++) {
        if (found[i][j] != null && (best < 0 || found[i][j].score > found[i][best].score)) {
          best = j;
        }
      }
      if (best < 0) {
        continue;
      }
      boolean mutual = true;
      for (int k = 0; k < ls.size(); k++) {
        if (found[k][best] != null && found[k][best].score > found[i][best].score) {
          mutual = false;
          break;
        }
      }
      if (mutual) {
        out.add(found[i][best]);
      }
    }
    return out;
  }

  /** Some function uses both names (product's plan table lists Free and Team): they are two things. */
  private static boolean bothNamed(KitView view, String a, String b) {
    return view.functions().stream().anyMatch(f -> uses(view, f, a) && uses(view, f, b));
  }

  /** Whether a function uses a name, in its singular or plural. */
  private static boolean uses(KitView view, BusinessFunction f, String name) {
    return CoinedTerms.oneWord(name) ? CoinedTerms.mentioned(view, f, name)
        : view.mentions(f, name) || !name.endsWith("s") && view.mentions(f, name + "s");
  }

  /** How {@code text} writes {@code name}: as given, or with its last word in the other number. */
  private static String formIn(String text, String name) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    String key = nameKey(name);
    for (String form : List.of(key + "s", key.endsWith("y") ? key.substring(0, key.length() - 1) + "ies" : key, key)) {
      int at = lower.indexOf(form);
      if (at >= 0) {
        return text.substring(at, at + form.length());
      }
    }
    return name;
  }

  /** A name as a key: its case and the number of its last word make no other name. */
  private static String nameKey(String name) {
    int last = name.lastIndexOf(' ') + 1;
    return (name.substring(0, last) + ValueConflicts.singular(name.substring(last))).toLowerCase(Locale.ROOT);
  }

  /** Whether a name is a code: capitals and digits, no lower-case word ("VF2-TR", "AMR-400"). */
  private static boolean code(String name) {
    return name.chars().anyMatch(Character::isDigit) && name.chars().noneMatch(Character::isLowerCase);
  }

  /**
   * Whether plan {@code b} is named, by its name alone, where plan {@code a} is ("The Free plan
   * includes 3 seats ... Team costs $79"): one text selling both lists two plans.
   */
  private static boolean besidePlan(Usage a, Usage b) {
    if (!planName(a.name) || !planName(b.name)) {
      return false;
    }
    Pattern stem = Pattern.compile("\\b" + Pattern.quote(b.name.replaceFirst("(?i)\\s+(plan|tier|edition)$", "")) + "\\b");
    return a.units.stream().anyMatch(u -> stem.matcher(u.text()).find());
  }

  /** The best evidence that two names are one concept, or null when there is none. */
  private static Pair evidence(KitView view, Themes themes, Usage a, Usage b) {
    Pair best = null;
    boolean sameFigures = false;
    for (Window x : windows(view, themes, a)) {
      for (Window y : windows(view, themes, b)) {
        if (!NameSlot.anySame(x.slots, y.slots)) {
          continue;
        }
        boolean figures = x.figures.stream().anyMatch(y.figures::contains);
        if (!figures && !sharesWord(x, y)) {
          continue;
        }
        double sim = ClaimIndex.cosine(x.vector, y.vector);
        // a price said of both in statements that only touch still tells what kind of thing each is
        sameFigures |= figures && (sim >= SAME_FIGURES
            || sim >= SAME_PRICE && x.figures.stream().anyMatch(f -> f.startsWith("$") && y.figures.contains(f)));
        if (sim >= SAME_SLOT || figures && sim >= SAME_FIGURES) {
          double score = sim + (figures ? FIGURES_WEIGH : 0);
          if (best == null || score > best.score) {
            best = new Pair(a, b, score, x, y, false);
          }
        }
      }
    }
    return best == null ? null : new Pair(a, b, best.score, best.leftWindow, best.rightWindow, sameFigures);
  }

  /** Whether two windows share a word beyond how a figure is counted ("per month"). */
  private static boolean sharesWord(Window x, Window y) {
    return x.vector.keySet().stream().anyMatch(t -> !RATE_WORDS.contains(t) && y.vector.containsKey(t));
  }

  private static List<Window> windows(KitView view, Themes themes, Usage usage) {
    synchronized (usage.windows) {
      if (!usage.windows.isEmpty()) {
        return usage.windows;
      }
      Set<String> drop = new HashSet<>(LaunchAnalyzer.SHARED.tokens(usage.name));
      Set<String> seen = new HashSet<>();
      for (TextUnit u : usage.units) {
        if (usage.windows.size() == MAX_WINDOWS) {
          break;
        }
        String text = Quotes.collapse(u.text());
        String name = formIn(text, usage.name);
        // The figures of a name are those of the statement that names it: the sentences read on
        // for their words, or a clause after a semicolon, may state another thing's ("Chairside Solo
        // is $299 per month. Molaris Cloud commits to 99.5% uptime; Chairside's SLA is 99.9%").
        String own = view.heads(u) ? section(view, u) : window(text, name, 0);
        if (own == null) {
          continue;
        }
        int at = own.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
        Set<String> figures = figures(view.heads(u) || at < 0 ? own
            : Clauses.around(own, at, at + name.length(), STATEMENT_END));
        for (int extra : new int[] {0, 2}) {
          String window = extra == 0 || view.heads(u) ? own : window(text, name, extra);
          if (!seen.add(window)) {
            continue;
          }
          List<String> terms = LaunchAnalyzer.SHARED.tokens(window).stream()
              .filter(Themes::informative).filter(t -> !drop.contains(t)).toList();
          List<NameSlot> slots = NameSlot.all(window, name);
          if (terms.size() >= 2 && !slots.isEmpty()) {
            usage.windows.add(new Window(u, themes.vector(terms), figures, slots));
          }
        }
      }
      return usage.windows;
    }
  }

  /**
   * The sentence of {@code text} in which {@code name} stands, and the next ones while it is too
   * short to define the name, and at least {@code extra} more (a definition may run on).
   */
  private static String window(String text, String name, int extra) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
    if (at < 0) {
      return null;
    }
    if (text.contains(" | ")) {
      // a table row is one statement about what its first cell names; a name in another cell is
      // said of in that cell ("Cellular data, the full app with Water Coach and Yield Maps")
      if (text.indexOf(" | ") > at) {
        return text;
      }
      int from = text.lastIndexOf(" | ", at) + 3;
      int to = text.indexOf(" | ", at);
      return text.substring(from, to < 0 ? text.length() : to);
    }
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    List<int[]> sentences = new ArrayList<>();
    while (m.find()) {
      if (m.start() > start) {
        sentences.add(new int[] {start, m.start()});
      }
      start = m.end();
    }
    if (start < text.length()) {
      sentences.add(new int[] {start, text.length()});
    }
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i)[1] > at) {
        // a lead phrase ("Smart Routing:", "Root-Zone Scheduler.") is defined by the sentences after it
        int last = i;
        while (last + 1 < sentences.size() && last < i + 2
            && words(text.substring(sentences.get(i)[0], sentences.get(last)[1])) - words(name) < MIN_WINDOW_WORDS) {
          last++;
        }
        last = Math.min(sentences.size() - 1, Math.max(last, i + extra));
        return text.substring(sentences.get(i)[0], sentences.get(last)[1]);
      }
    }
    return text;
  }

  private static final int MIN_WINDOW_WORDS = 6;
  private static final Pattern STATEMENT_END = Pattern.compile(";");
  /**
   * The words that only say how a figure is counted ("99.9% per month", "$299 per month"): two
   * statements that share them and no figure say nothing alike about what they name.
   */
  private static final Set<String> RATE_WORDS = Set.copyOf(LaunchAnalyzer.SHARED.tokens(
      "per month months monthly year years yearly annual annually week weeks weekly day days daily hour hours"
          + " minute minutes second seconds"));
  /** How many units of the section a heading heads are read as what it names. */
  private static final int SECTION_UNITS = 5;

  /** A heading and the section under it ("Member Portal for co-ops and consultants" and its bullets). */
  private static String section(KitView view, TextUnit heading) {
    StringBuilder sb = new StringBuilder(Quotes.collapse(heading.text()));
    for (TextUnit u : view.section(heading, SECTION_UNITS)) {
      sb.append(". ").append(Quotes.collapse(u.text()));
    }
    return sb.toString();
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  /** The figures a text states: amounts, percentages and numbers of two digits or more, years left out. */
  private static Set<String> figures(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String n = m.group(2).replace(",", "");
      boolean marked = !m.group(1).isEmpty() || !m.group(3).isEmpty();
      boolean year = n.matches("(19|20)\\d\\d");
      if (marked || n.replace(".", "").length() >= 2 && !year) {
        out.add(m.group(1) + n + m.group(3));
      }
    }
    return out;
  }

  /**
   * Pairs that share a name (on the same function) are one concept. Built strongest pair first; a
   * pair that would give one function two names for the concept is left out.
   */
  private static List<List<Pair>> concepts(List<Pair> pairs) {
    List<Pair> sorted = new ArrayList<>(pairs);
    sorted.sort(java.util.Comparator.comparingDouble((Pair p) -> -p.score)
        .thenComparing(p -> p.left.function).thenComparing(p -> p.left.name).thenComparing(p -> p.right.name));
    List<Map<BusinessFunction, String>> names = new ArrayList<>();
    List<List<Pair>> groups = new ArrayList<>();
    for (Pair p : sorted) {
      int li = -1;
      int ri = -1;
      for (int g = 0; g < names.size(); g++) {
        if (p.left.name.equalsIgnoreCase(names.get(g).get(p.left.function))) {
          li = g;
        }
        if (p.right.name.equalsIgnoreCase(names.get(g).get(p.right.function))) {
          ri = g;
        }
      }
      if (li < 0 && ri < 0) {
        Map<BusinessFunction, String> n = new EnumMap<>(BusinessFunction.class);
        n.put(p.left.function, p.left.name);
        n.put(p.right.function, p.right.name);
        names.add(n);
        groups.add(new ArrayList<>(List.of(p)));
      } else if (li >= 0 && ri >= 0) {
        if (li == ri) {
          groups.get(li).add(p);
        } else if (compatible(names.get(li), names.get(ri))) {
          names.get(li).putAll(names.get(ri));
          groups.get(li).addAll(groups.get(ri));
          groups.get(li).add(p);
          names.remove(ri);
          groups.remove(ri);
        }
      } else {
        int g = li >= 0 ? li : ri;
        Usage other = li >= 0 ? p.right : p.left;
        if (!names.get(g).containsKey(other.function)) {
          names.get(g).put(other.function, other.name);
          groups.get(g).add(p);
        }
      }
    }
    return groups;
  }

  private static boolean compatible(Map<BusinessFunction, String> a, Map<BusinessFunction, String> b) {
    for (var e : b.entrySet()) {
      String mine = a.get(e.getKey());
      if (mine != null && !mine.equalsIgnoreCase(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean planName(String name) {
    return name.toLowerCase(Locale.ROOT).matches(".* (plan|tier|edition)");
  }

  /**
   * The context of a name: the terms of the units it stands in, and of the sections those that are
   * headings head, its own words left out (empty if thin).
   */
  private static Map<String, Double> context(KitView view, Themes themes, Usage usage) {
    Set<String> drop = new HashSet<>(LaunchAnalyzer.SHARED.tokens(usage.name));
    List<String> terms = new ArrayList<>();
    for (TextUnit u : usage.units) {
      List<TextUnit> read = new ArrayList<>(List.of(u));
      if (view.heads(u)) {
        read.addAll(view.section(u, SECTION_UNITS));
      }
      read.forEach(r -> themes.tokens(r).stream().filter(t -> !drop.contains(t)).forEach(terms::add));
    }
    return terms.size() < 2 ? Map.of() : themes.vector(terms);
  }

  private static Finding terminologyFinding(KitView view, List<Pair> pairs,
      Map<BusinessFunction, Map<String, Usage>> usages) {
    Map<BusinessFunction, Usage> byFunction = new EnumMap<>(BusinessFunction.class);
    Map<BusinessFunction, TextUnit> quote = new EnumMap<>(BusinessFunction.class);
    for (Pair p : pairs) {
      if (byFunction.putIfAbsent(p.left.function, p.left) == null) {
        quote.put(p.left.function, p.leftWindow.unit());
      }
      if (byFunction.putIfAbsent(p.right.function, p.right) == null) {
        quote.put(p.right.function, p.rightWindow.unit());
      }
    }
    // Functions that use one of the names (and never another) take part in the drift too.
    List<String> names = byFunction.values().stream().map(Usage::name).distinct().toList();
    for (BusinessFunction f : view.functions()) {
      if (byFunction.containsKey(f)) {
        continue;
      }
      List<String> used = names.stream().filter(n -> uses(view, f, n)).toList();
      if (used.size() != 1) {
        continue;
      }
      Usage u = usages.getOrDefault(f, Map.of()).get(nameKey(used.get(0)));
      if (u == null) {
        // the function names it only where no usage is read (headings, title-case lines)
        List<TextUnit> units = view.units(f).stream()
            .filter(x -> Quotes.find(Quotes.collapse(x.text()), used.get(0)).isPresent()).limit(1).toList();
        u = units.isEmpty() ? null : new Usage(used.get(0), f, units, new ArrayList<>());
      }
      if (u != null) {
        byFunction.put(f, u);
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    Map<String, List<String>> callers = new LinkedHashMap<>();
    byFunction.forEach((f, u) -> {
      // the quote writes the name as the summary does, when some unit of the function does
      TextUnit quoted = quote.getOrDefault(f, u.units.get(0));
      if (!Quotes.collapse(quoted.text()).contains(u.name)) {
        quoted = u.units.stream().filter(x -> Quotes.collapse(x.text()).contains(u.name)).findFirst().orElse(quoted);
      }
      evidence.add(unitEvidence(view, f, quoted, List.of(formIn(Quotes.collapse(quoted.text()), u.name))));
      // one name in the singular and the plural is one name, as the first function writes it
      String said = callers.keySet().stream().filter(n -> nameKey(n).equals(nameKey(u.name))).findFirst().orElse(u.name);
      callers.computeIfAbsent(said, k -> new ArrayList<>()).add(f.id());
    });
    List<String> parts = new ArrayList<>();
    callers.forEach((name, who) -> parts.add(String.join(" and ", who) + " call" + (who.size() == 1 ? "s" : "")
        + " it \"" + name + "\""));
    String summary = "Naming: " + String.join(", ", parts);
    boolean customer = byFunction.keySet().stream().filter(BusinessFunction::customerFacing).count() >= 2;
    String attribute = "naming: " + names.stream().map(n -> n.toLowerCase(Locale.ROOT)).sorted().findFirst().orElseThrow();
    return Finding.of(FindingType.TERMINOLOGY_DRIFT, customer ? Severity.MEDIUM : Severity.LOW,
        List.copyOf(byFunction.keySet()), attribute, summary, evidence);
  }

  /** Product, feature and plan names: runs of capitalised words ("Smart Routing", "Auto-Dispatch"). */
  static List<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    // Most units name nothing: the patterns, tried at every character, are run only on a unit that
    // has what each match must have.
    boolean plans = text.contains(" plan") || text.contains(" tier") || text.contains(" edition");
    Matcher plan = PLAN_NAME.matcher(text);
    while (plans && plan.find()) {
      List<String> words = new ArrayList<>(List.of(plan.group(1).split(" ")));
      while (!words.isEmpty() && NOT_NAME_START.contains(words.get(0).toLowerCase(Locale.ROOT))) {
        words.remove(0);
      }
      if (!words.isEmpty()) {
        out.add(String.join(" ", words) + " " + plan.group(2));
      }
    }
    Matcher m = NAME.matcher(text);
    boolean named = twoCapitalisedWords(text);
    while (named && m.find()) {
      String[] words = m.group().split("(?<=[ -])|(?=[ -])");
      List<String> parts = new ArrayList<>(List.of(m.group().split(" ")));
      while (!parts.isEmpty() && NOT_NAME_START.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
        parts.remove(0);
      }
      String name = String.join(" ", parts);
      // "Co-op" alone is one word; "Auto-Dispatch" and "Co-op Hub" are names of two
      boolean multi = parts.size() >= 2 || name.matches(".*-[A-Z].*");
      boolean clean = parts.stream().noneMatch(p -> NOT_NAME_WORD.contains(p.toLowerCase(Locale.ROOT)));
      if (multi && clean && words.length > 0 && name.length() >= 4) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code text} has what every match of {@link #NAME} has: a capital and a letter or digit,
   * then a space or hyphen and a capital ("Smart Routing", "Auto-Dispatch").
   */
  static boolean twoCapitalisedWords(String text) {
    int n = text.length();
    int i = 0;
    while (i < n - 3) {
      if (!asciiUpper(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && asciiAlnum(text.charAt(j))) {
        j++;
      }
      // the lower-case parts a hyphen joins to the word ("Co-op") belong to it
      while (j > i + 1 && j + 1 < n && text.charAt(j) == '-' && asciiLower(text.charAt(j + 1))) {
        j += 2;
        while (j < n && asciiLower(text.charAt(j))) {
          j++;
        }
      }
      if (j > i + 1 && j + 1 < n && (text.charAt(j) == ' ' || text.charAt(j) == '-') && asciiUpper(text.charAt(j + 1))) {
        return true;
      }
      // a capital inside the run ends the same run: the next place worth looking at is after it
      i = j > i + 1 ? j : i + 1;
    }
    return false;
  }

  private static boolean asciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean asciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean asciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /**
   * A line in Title Case is a heading or a label, whatever the extractor called it. Its words are
   * what {@code text.strip().split("\\s+")} gives, counted without splitting.
   */
  static boolean titleCase(String text) {
    String s = text.strip();
    int words = 0;
    int caps = 0;
    int i = 0;
    while (i < s.length()) {
      if (regexSpace(s.charAt(i))) {
        i++;
        continue;
      }
      words++;
      if (Character.isUpperCase(s.charAt(i))) {
        caps++;
      }
      while (i < s.length() && !regexSpace(s.charAt(i))) {
        i++;
      }
    }
    if (words < 3) {
      return true;
    }
    return caps >= 0.6 * words;
  }

  /** What {@code \\s} matches without Unicode classes. */
  private static boolean regexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The words of one name all in the other ("Shopify plan", "Shopify Plus plan"): one name, not two. */
  private static boolean related(String a, String b) {
    Set<String> x = new HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("[ -]+")));
    Set<String> y = new HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("[ -]+")));
    return x.containsAll(y) || y.containsAll(x);
  }


  // ---- positioning ----

  /**
   * Positioning drift: with strategy material (the source of truth), each customer-facing function
   * that carries none of the strategy's ten leading terms among its thirty, or whose twenty
   * leading terms overlap the strategy's less than {@value #POSITIONING} (cosine).
   */
  static List<Finding> positioning(Themes themes, KitView view) {
    List<BusinessFunction[]> pairs = new ArrayList<>();
    if (view.has(BusinessFunction.STRATEGY)) {
      for (BusinessFunction f : List.of(BusinessFunction.MARKETING, BusinessFunction.SALES)) {
        if (view.has(f)) {
          pairs.add(new BusinessFunction[] {f, BusinessFunction.STRATEGY});
        }
      }
    }
    // Without strategy material there is no story to drift from: marketing and sales address
    // different readers and are expected to lead differently; their distance shows in the scores.
    List<Finding> out = new ArrayList<>();
    Brief brief = pairs.isEmpty() ? null : Brief.of(themes, view);
    for (BusinessFunction[] p : pairs) {
      if (brief != null) {
        brief.drift(themes, view, p[0]).ifPresent(out::add);
        continue;
      }
      double carried = Math.min(themes.carried(p[0], p[1]), themes.carried(p[1], p[0]));
      double overlap = themes.leadingOverlap(p[0], p[1]);
      if (carried == 0 || overlap < POSITIONING) {
        // A brief that never says what leads is read for its most frequent words, which are as
        // often its own housekeeping ("approved", "owner") as the story.
        out.add(positioningFinding(themes, view, p[0], p[1], themes.lead(p[0], LEAD_TERMS), themes.lead(p[1], LEAD_TERMS))
            .withConfidence(0.45, "the strategy material does not say what to lead with; only the most frequent words differ"));
      }
    }
    return out;
  }

  /** Headings of a brief's lead: "One-line positioning", "Lead message", "Positioning statement". */
  private static final Pattern LEAD_HEADING = Pattern.compile(
      "\\b(?:(?:one-line|core|key|lead)\\s+(?:message|positioning)|positioning\\s+statement|headline)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A line that reads as a heading: a few words, no full stop. */
  private static boolean headingLike(String text) {
    String t = text.strip();
    return !t.isEmpty() && t.split("\\s+").length <= 6 && !t.matches(".*[.!?:;,]$") && Character.isUpperCase(t.charAt(0));
  }

  /** "Never open with it", "What we do not lead with": what a brief says must not lead. */
  private static final Pattern NOT_LEAD = Pattern.compile(
      "\\b(?:never|not|n't|avoid|no)\\b[^.;]{0,20}\\b(?:lead|open|headline)", Pattern.CASE_INSENSITIVE);

  /**
   * What strategy says leads and what must not: the terms of the sections of the brief that say
   * what to lead with ("Lead message: Every vehicle ready for its route ... Lead with readiness and
   * energy cost") and of those that say what not to ("What we do not lead with: Sustainability and
   * carbon"). A function drifts when its headings and openings lead with what must not lead, or
   * when nothing it stresses is what should.
   */
  private record Brief(Set<String> lead, Set<String> avoid, TextUnit leadUnit, TextUnit avoidUnit) {

    static Brief of(Themes themes, KitView view) {
      Set<String> lead = new LinkedHashSet<>();
      Set<String> avoid = new LinkedHashSet<>();
      TextUnit leadUnit = null;
      TextUnit avoidUnit = null;
      // A section runs from a heading to the next; formats without headings (RTF, plain text) mark
      // them only as short lines without a full stop ("What we do not lead with").
      String path = null;
      String shortLine = null;
      for (TextUnit u : view.units(BusinessFunction.STRATEGY)) {
        if (!view.path(u).equals(path)) {
          path = view.path(u);
          shortLine = null;
        }
        if (u.kind() == UnitKind.HEADING || headingLike(u.text())) {
          shortLine = u.text();
          continue;
        }
        String heading = u.location().heading() != null ? u.location().heading() : shortLine;
        boolean leadHeading = heading != null && (LEAD_DIRECTIVE.matcher(heading).find() || LEAD_HEADING.matcher(heading).find());
        boolean avoidHeading = heading != null && NOT_LEAD.matcher(heading).find();
        // under a heading that says it, the whole section; else what a directive names after it
        Matcher no = NOT_LEAD.matcher(u.text());
        Matcher yes = LEAD_DIRECTIVE.matcher(u.text());
        // each pattern is tried only where the words every match of it has stand
        String lower = u.text().toLowerCase(Locale.ROOT);
        boolean mayLead = lower.contains("lead") || lower.contains("open") || lower.contains("headline");
        boolean mayDirect = mayLead || lower.contains("first") || lower.contains("primary") || lower.contains("reason")
            || lower.contains("never");
        boolean negative = avoidHeading || !leadHeading && mayLead && no.find();
        boolean positive = !negative && (leadHeading || mayDirect && yes.find());
        if (negative) {
          avoid.addAll(avoidHeading ? themes.tokens(u) : LaunchAnalyzer.SHARED.tokens(u.text().substring(no.end())));
          avoidUnit = avoidUnit == null ? u : avoidUnit;
        } else if (positive) {
          lead.addAll(leadHeading ? themes.tokens(u) : LaunchAnalyzer.SHARED.tokens(u.text().substring(yes.end())));
          leadUnit = leadUnit == null ? u : leadUnit;
        }
      }
      lead.removeIf(t -> !Themes.informative(t));
      avoid.removeIf(t -> !Themes.informative(t));
      avoid.removeAll(lead);
      return lead.isEmpty() && avoid.isEmpty() ? null : new Brief(lead, avoid, leadUnit, avoidUnit);
    }

    Optional<Finding> drift(Themes themes, KitView view, BusinessFunction f) {
      List<String> opening = themes.leadTerms(f, LEAD_TERMS * 4);
      List<String> avoided = opening.stream().limit(LEAD_TERMS).filter(avoid::contains).toList();
      // what it stresses anywhere, not only in its openings: a deck that opens with the buyer's
      // questions may still carry the lead; "never stresses" must hold of the whole function
      Set<String> stressed = new LinkedHashSet<>(opening);
      stressed.addAll(themes.lead(f, 30));
      boolean carried = lead.isEmpty() || lead.stream().anyMatch(stressed::contains);
      if (avoided.isEmpty() && carried) {
        return Optional.empty();
      }
      List<String> shown = (avoided.isEmpty() ? opening : avoided).stream().limit(3).map(themes::surface).toList();
      List<String> wanted = lead.stream().filter(t -> !avoid.contains(t)).limit(3).map(themes::surface).toList();
      String summary = "Positioning: " + f.id() + " leads with " + String.join(", ", shown) + "; strategy "
          + (avoided.isEmpty() ? "leads with " + String.join(", ", wanted) : "says not to lead with it");
      List<Evidence> evidence = new ArrayList<>();
      TextUnit own = themes.leadUnit(f, avoided.isEmpty() ? opening : avoided);
      if (own != null) {
        evidence.add(unitEvidence(view, f, own, shown));
      }
      TextUnit rule = avoided.isEmpty() ? leadUnit : avoidUnit;
      if (rule != null) {
        evidence.add(unitEvidence(view, BusinessFunction.STRATEGY, rule, List.of()));
      }
      Finding finding = Finding.of(FindingType.POSITIONING_DRIFT, Severity.MEDIUM, List.of(f, BusinessFunction.STRATEGY),
          "positioning", summary, evidence);
      return Optional.of(finding.withConfidence(0.75, avoided.isEmpty()
          ? f.id() + " never stresses what the strategy says to lead with"
          : f.id() + " opens with what the strategy says not to lead with"));
    }
  }

  /** "Lead with ...", "never the headline", "a reason to believe": a brief that says what leads. */
  private static final Pattern LEAD_DIRECTIVE = Pattern.compile(
      "\\b(?:lead(?:s|ing)?\\s+with|headlines?|first\\s+slide|primary\\s+message|reasons?\\s+to\\s+believe"
          + "|never\\s+lead|open(?:s|ing)?\\s+with|leads?\\s+every)\\b",
      Pattern.CASE_INSENSITIVE);

  private static Finding positioningFinding(Themes themes, KitView view, BusinessFunction a,
      BusinessFunction b, List<String> la, List<String> lb) {
    List<String> sa = la.stream().limit(3).map(themes::surface).toList();
    List<String> sb = lb.stream().limit(3).map(themes::surface).toList();
    String summary = "Positioning: " + a.id() + " leads with " + String.join(", ", sa) + "; " + b.id()
        + " leads with " + String.join(", ", sb);
    List<Evidence> evidence = new ArrayList<>();
    for (var side : List.of(Map.entry(a, sa), Map.entry(b, sb))) {
      TextUnit u = themes.leadUnit(side.getKey(), side.getKey() == a ? la : lb);
      if (u != null) {
        evidence.add(unitEvidence(view, side.getKey(), u, side.getValue()));
      }
    }
    return Finding.of(FindingType.POSITIONING_DRIFT, Severity.MEDIUM, List.of(a, b), "positioning", summary, evidence);
  }

  private static Evidence unitEvidence(KitView view, BusinessFunction f, TextUnit u, List<String> marks) {
    String text = Quotes.collapse(u.text());
    List<Span> spans = new ArrayList<>();
    for (String m : marks) {
      Quotes.find(text, m).ifPresent(s -> {
        if (spans.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
          spans.add(s);
        }
      });
    }
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return new Evidence(f, view.path(u), u.location() == null ? Location.NONE : u.location(), text, spans);
  }

  // ---- strategy pillars ----

  static List<Pillar> pillars(Themes themes, KitView view) {
    if (!view.has(BusinessFunction.STRATEGY)) {
      return List.of();
    }
    List<Pillar> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TextUnit u : view.units(BusinessFunction.STRATEGY)) {
      int words = u.text().split("\\s+").length;
      boolean shape = u.kind() == UnitKind.LIST_ITEM || u.kind() == UnitKind.HEADING && u.index() > 0;
      List<String> toks = themes.tokens(u);
      if (!shape || words < 2 || words > 25 || toks.size() < 2 || !seen.add(Quotes.collapse(u.text()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<BusinessFunction> carried = new ArrayList<>();
      for (BusinessFunction f : view.functions()) {
        if (f == BusinessFunction.STRATEGY) {
          continue;
        }
        for (TextUnit v : view.units(f)) {
          if (themes.similarity(v, toks) >= CARRIES) {
            carried.add(f);
            break;
          }
        }
      }
      out.add(new Pillar(Quotes.collapse(u.text()), carried));
      if (out.size() == MAX_PILLARS) {
        break;
      }
    }
    return out;
  }
}
