package dev.launchlint.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers with units, prices and dates in one sentence and normalises them. Works on the
 * sentence's own characters so that every span found is an offset into the document once the
 * sentence's start is added. Immutable and thread-safe.
 *
 * <p>Order matters and is fixed: dates first (so "Q3 2026" is not a count), then "24/7", prices,
 * multipliers, measured quantities, "five nines", and counts last; a span taken by one kind is
 * not read again by a later one.
 */
final class Quantities {

  private static final String UNIT_WORDS =
      "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen";
  private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final String SCALES = "hundred|thousand|million|billion";
  /** Zero to ninety-nine: "seven", "twenty-five", "twenty five". */
  private static final String BELOW_HUNDRED =
      "(?:(?:" + TENS + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" + UNIT_WORDS + ")";
  /**
   * A rest after "hundred" or "thousand" ("and five", "ninety-nine") is part of the number unless a
   * scale follows it: "between one hundred and two hundred seats" is a range, not 102.
   */
  private static final String NO_SCALE_AFTER = "(?![- ]?\\s*(?:" + SCALES + ")(?![\\p{L}]))";
  /**
   * Up to 9,999 said in hundreds: "fifteen hundred", "a hundred and fifty", "nine hundred
   * ninety-nine" ("two hundred fifty thousand" goes on to its scale).
   */
  private static final String HUNDREDS = "(?:(?:" + BELOW_HUNDRED + "|an?)\\s+hundred(?:\\s+and\\s+" + BELOW_HUNDRED
      + NO_SCALE_AFTER + "|\\s+" + BELOW_HUNDRED + "(?![- ]?\\s*hundred(?![\\p{L}])))?|" + BELOW_HUNDRED + ")";
  /**
   * A number said in words, as launch copy writes them: "twenty-five", "one hundred and five",
   * "thirty-one thousand", "two thousand five hundred", "two and a half", "a dozen", "half a
   * dozen", "half a million", "a quarter of a million", and the fraction of one before a unit
   * ("half an hour", "a fifth of a second"). {@link #number} gives its value. Fractions that
   * restate a share ("cut by a third", "two thirds of tickets") are not numbers here: copy pairs
   * them with a rounded percentage ("a third (33%)"), which must not read as a second value.
   */
  static final String WORD_NUMBER =
      "(?:" + BELOW_HUNDRED + "\\s+and\\s+a\\s+half"
          + "|(?:half\\s+a|a\\s+quarter\\s+of\\s+a)\\s+(?:million|billion)"
          + "|" + HUNDREDS + "(?:(?:\\s+(?:thousand|million|billion))+(?:(?:\\s+and)?\\s+" + HUNDREDS + NO_SCALE_AFTER + ")?)?"
          + "|(?:a|an)\\s+(?:thousand|million|billion|dozen)|half\\s+a\\s+dozen"
          + "|half\\s+an?(?=\\s)|(?:a|one)\\s+(?:quarter|third|fifth|tenth)\\s+of\\s+an?(?=\\s))";
  static final String DIGIT_NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
  private static final String NUMBER = "(?:" + DIGIT_NUMBER + "|(?i:(?<![\\p{L}])" + WORD_NUMBER + "(?![\\p{L}])))";
  private static final String MAGNITUDE =
      "(?:\\s?(?:k|K|M|MM|mm|bn|BN|B|thousand|million|billion|trillion)(?![\\p{L}]))?";

  /** Money also takes a lower-case "m" for million ("$2.5m"), which elsewhere would be metres or minutes. */
  private static final String MONEY_MAGNITUDE =
      "(?:m(?![\\p{L}])|\\s?(?:k|K|M|MM|mm|bn|BN|B|thousand|million|billion|trillion)(?![\\p{L}]))?";

  private static final String PREFIX =
      "(?i:up\\s+to|upto|as\\s+(?:much|many|long|high)\\s+as|at\\s+most|a\\s+maximum\\s+of|maximum\\s+of|max\\.?"
          + "|no\\s+more\\s+than|not\\s+more\\s+than|under|less\\s+than|fewer\\s+than|below|within|sub"
          + "|at\\s+least|a\\s+minimum\\s+of|minimum\\s+of|min\\.?|more\\s+than|over|above|upwards\\s+of|in\\s+excess\\s+of"
          + "|from|starting\\s+(?:at|from)|starts?\\s+(?:at|from)|beginning\\s+at|as\\s+(?:low|little)\\s+as|only|just"
          + "|about|around|approximately|approx\\.?|roughly|nearly|almost|close\\s+to|some|circa|~|<|>|≤|≥|<=|>=|between)";
  private static final String SUFFIX =
      "(?:\\+|\\s+or\\s+(?:more|higher|greater|above|longer)|\\s+and\\s+up|\\s+or\\s+(?:less|fewer|lower|below|under|shorter))";
  private static final String RANGE_SEPARATOR = "(?:\\s*(?:-|–|—|to|and)\\s*)";

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)";
  private static final String YEAR = "(?:19|20)\\d{2}";
  private static final String BEFORE = "(?<![\\p{L}\\p{N}.,$€£¥])";
  private static final String AFTER = "(?![\\p{L}\\p{N}])";

  private static final List<Pattern> DATE_PATTERNS = List.of(
      Pattern.compile(BEFORE + "(?<mon>" + MONTH + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>" + YEAR + ")" + AFTER),
      Pattern.compile(BEFORE + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<mon>" + MONTH + "),?\\s+(?<year>" + YEAR + ")" + AFTER),
      Pattern.compile(BEFORE + "(?<year>" + YEAR + ")-(?<m>0[1-9]|1[0-2])-(?<day>[0-2]\\d|3[01])" + AFTER),
      Pattern.compile(BEFORE + "(?<m>\\d{1,2})/(?<day>\\d{1,2})/(?<year>" + YEAR + ")" + AFTER),
      Pattern.compile(BEFORE + "(?:(?:early|mid|late|end\\s+of)[\\s-]+)?(?<mon>" + MONTH + "),?\\s+(?<year>" + YEAR + ")" + AFTER),
      Pattern.compile(BEFORE + "(?:Q(?<q>[1-4])|(?<q2>[1-4])Q)(?:\\s*(?:of\\s+)?(?:FY|CY)?\\s*['’]?(?<year>" + YEAR + "|\\d{2}))?" + AFTER),
      Pattern.compile("(?<![\\p{L}])(?<qw>(?i:first|second|third|fourth))[\\s-]{1,3}(?i:quarter)(?:\\s+(?i:of))?\\s+(?:(?:FY|CY)\\s?)?"
          + "(?<year>" + YEAR + ")" + AFTER),
      Pattern.compile(BEFORE + "H(?<h>[12])\\s*(?:FY|CY)?\\s*['’]?(?<year>" + YEAR + "|\\d{2})" + AFTER),
      Pattern.compile(BEFORE + "(?:FY|CY)\\s?['’]?(?<year>" + YEAR + "|\\d{2})" + AFTER),
      Pattern.compile("(?<=(?i:(?<![\\p{L}])(?:in|by|on|until|till|from|since|through|during|before|after|early|mid|late"
          + "|end\\s{1,3}of|beginning\\s{1,3}of|start\\s{1,3}of))[\\s-]{1,3})(?<mon>" + MONTH + ")(?![\\p{L}])(?!\\s+\\d)"),
      Pattern.compile("(?<=(?i:(?<![\\p{L}])(?:in|by|since|from|until|till|through|during|before|after|early|mid|late"
          + "|end\\s{1,3}of|beginning\\s{1,3}of|start\\s{1,3}of|throughout))[\\s-]{1,3})(?<year>" + YEAR + ")" + AFTER),
      Pattern.compile(BEFORE + "(?<year>" + YEAR + ")(?=\\s+(?i:roadmap|launch|release|plan)" + AFTER + ")"));

  /**
   * What each of {@link #DATE_PATTERNS} cannot match without, in the same order: scanning a
   * sentence with eleven date patterns was the costliest part of reading numbers, and most
   * sentences with a figure name no month and no year.
   */
  private static final List<Predicate<Cues>> DATE_NEEDS = List.of(
      c -> c.month && c.year, c -> c.month && c.year, c -> c.year && c.has('-'), c -> c.year && c.has('/'),
      c -> c.month && c.year, c -> c.has('Q'), c -> c.year && c.hasIgnoringCase("quarter"), c -> c.has('H'), c -> c.fiscal,
      c -> c.month, c -> c.year, c -> c.year);

  /** "the third quarter of 2027", "fourth-quarter 2026": a quarter said in words, with its year. */
  private static final List<String> QUARTER_WORDS = List.of("first", "second", "third", "fourth");

  private static final Pattern ROUND_THE_CLOCK =
      Pattern.compile("(?<![\\p{N}/])(?<h>24|24\\s?[x×]|24\\s?/)\\s?(?<d>[57])(?:\\s?[/x×]\\s?365)?(?![\\p{N}])|(?i:around\\s+the\\s+clock)");

  private static final String CURRENCY_BEFORE = "(?<cur>US\\$|USD\\s?|EUR\\s?|GBP\\s?|CAD\\s?|AUD\\s?|C\\$|CA\\$|A\\$|AU\\$|\\$|€|£|¥|₹)";
  private static final String AMOUNT = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
  private static final String PRICE_UNIT =
      "(?:(?:(?:active|named|monthly\\s+active|additional|extra|registered|billable)\\s+)?"
          + "(?:users?|seats?|members?|agents?|licen[cs]es?|hosts?|nodes?|servers?|instances?|gb|tb|mb|months?|mo|years?|yr|annum"
          + "|days?|hours?|hr|minutes?|min|requests?|calls?|events?|editors?|developers?|devs?|orgs?|organi[sz]ations?"
          + "|workspaces?|projects?|repos?|repositories|recordings?|sessions?|mau|1k|1,000|1000|million|credits?|tokens?))";
  private static final String PERIOD_WORD = "(?:months?|mo|years?|yr|annum|weeks?|days?|hours?|hr)";
  private static final String PRICE_TAIL =
      "(?<tail>(?i:(?:\\s*(?:/|\\bper\\b|\\beach\\b|\\bevery\\b|\\bfor\\s+each\\b)\\s*" + PRICE_UNIT + "(?![\\p{L}])"
          // "per office user per month": a counted noun of two words, then the period
          + "|\\s*(?:/|\\bper\\b|\\bfor\\s+each\\b)\\s*(?:(?:active|named|additional|extra|registered|billable)\\s+)?\\p{L}[\\p{L}-]*"
          + "(?:\\s+" + PRICE_UNIT + "(?=\\s*(?:/|\\bper\\b|\\ban?\\s+" + PERIOD_WORD + ")))?"
          + "|\\s*\\ban?\\s+" + PERIOD_WORD + "(?![\\p{L}])"
          + "|\\s*\\beach\\b(?!\\s*" + PRICE_UNIT + ")"
          + "|\\s*,?\\s*\\(?(?:billed|paid|charged|invoiced)\\s+(?:annually|yearly|monthly|quarterly|per\\s+year|per\\s+month"
          + "|upfront|up\\s+front|once)\\)?"
          + "|\\s+(?:monthly|annually|yearly|per\\s+annum|one-time|one\\s+time)(?![\\p{L}]))*))";
  /** "$10 to $20", "between $10 and $20"; but "$84, $180 and $396" is a list of three prices. */
  private static final String MONEY_RANGE_SEPARATOR = "(?:\\s*(?:-|–|—|to)\\s*"
      + "|(?<=(?i:between)\\s{1,3}(?:US\\$|C\\$|A\\$|\\$|€|£|¥|₹)?\\s?[\\d.,]{1,15}(?:k|K|m|M|bn)?)\\s+and\\s+)";
  private static final Pattern MONEY = Pattern.compile(
      "(?:(?<pre>" + PREFIX + ")\\s*)?"
          + "(?:" + CURRENCY_BEFORE + "\\s?(?<a1>" + AMOUNT + ")(?<m1>" + MONEY_MAGNITUDE + ")"
          + "|(?<a3>" + AMOUNT + ")(?<m3>" + MONEY_MAGNITUDE + ")\\s?(?<cur3>USD|EUR|GBP|CAD|AUD|JPY|INR|CHF|€|(?i:dollars|euros|pounds))(?![\\p{L}])"
          // said aloud in a talk track: "twelve hundred dollars a month"
          + "|(?<w3>(?i:(?<![\\p{L}])" + WORD_NUMBER + "))\\s+(?<wcur>(?i:dollars|euros|pounds))(?![\\p{L}]))"
          + "(?:" + MONEY_RANGE_SEPARATOR + "(?:US\\$|C\\$|A\\$|\\$|€|£|¥|₹)?\\s?(?<a2>" + AMOUNT + ")(?<m2>" + MONEY_MAGNITUDE + "))?"
          + PRICE_TAIL);
  private static final Pattern FREE = Pattern.compile(
      "(?i)(?<![\\p{L}-])(?:(?:for\\s+)?free(?:\\s+of\\s+charge)?|no\\s+(?:extra|additional)\\s+(?:cost|charge)|at\\s+no\\s+(?:extra\\s+|additional\\s+)?cost)(?![\\p{L}-])");
  private static final Pattern FREE_EXCLUDED = Pattern.compile(
      "(?i)(?:feel\\s+|toll[\\s-]|hands[\\s-]|error[\\s-]|worry[\\s-]|risk[\\s-]|bug[\\s-])$");
  private static final Pattern FREE_EXCLUDED_AFTER = Pattern.compile(
      "(?i)^\\s*(?:up(?!\\s+to)|of(?!\\s+charge)|from|to\\s+(?!use|try|start)|form|text|time|software|space|\\()");

  private static final Pattern MULTIPLIER = Pattern.compile(
      "(?:(?<pre>" + PREFIX + ")\\s*)?(?<n>" + NUMBER + ")(?:" + RANGE_SEPARATOR + "(?<n2>" + NUMBER + "))?"
          + "(?:\\s?[x×X](?![\\p{L}\\p{N}])|(?:\\s+|-)(?i:times)(?=\\s+(?i:[a-z]+er|more|less|fewer|as)\\b)|-(?i:fold)" + AFTER + ")"
          + "|(?i:(?<![\\p{L}])(?<word>twice|double|triple|quadruple|half)(?=\\s+(?:the|as|of\\s+the|your)\\b))");

  private static final Pattern DAY_WORDS = Pattern.compile(
      "(?i)(?<![\\p{L}])(?<w>same|next)[- ](?:business[- ])?day(?![\\p{L}])");
  private static final Pattern BARE_NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,$€£¥/#-])(?:\\d{1,3}(?:,\\d{3})+|\\d{3,})(?:\\.\\d+)?(?![\\p{L}\\p{N}%])");

  private static final Pattern NINES = Pattern.compile("(?i)(?<![\\p{L}])(?<n>three|four|five|six|3|4|5|6)\\s+nines" + AFTER);

  private static final Pattern COUNT = Pattern.compile(
      "(?:(?<pre>" + PREFIX + ")\\s*)?(?<n>" + DIGIT_NUMBER + "(?:" + MAGNITUDE + ")|(?i:(?<![\\p{L}])" + WORD_NUMBER + "(?![\\p{L}])))"
          + "(?:" + RANGE_SEPARATOR + "(?<n2>" + DIGIT_NUMBER + "(?:" + MAGNITUDE + ")|(?i:" + WORD_NUMBER + "(?![\\p{L}]))))?(?<suf>" + SUFFIX + ")?"
          + "|(?i:(?<vague>hundreds|thousands|millions|dozens|tens\\s+of\\s+thousands)\\s+of)");

  private static final Pattern QUANTITY;

  static {
    List<String> spellings = new ArrayList<>(Lexicon.shared().units.keySet());
    spellings.removeIf(s -> Lexicon.shared().units.get(s).dimension().equals("multiplier"));
    spellings.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder units = new StringBuilder("(?:");
    for (int i = 0; i < spellings.size(); i++) {
      String s = spellings.get(i);
      units.append(i > 0 ? "|" : "");
      units.append(s.startsWith("=") ? "(?-i:" + Pattern.quote(s.substring(1)) + ")" : Pattern.quote(s).replace(" ", "\\E\\s+\\Q"));
    }
    units.append(")");
    String unit = units + "(?![\\p{L}\\p{N}])";
    QUANTITY = Pattern.compile("(?i)(?:(?<pre>" + PREFIX + ")\\s*-?\\s*)?(?<n>" + NUMBER + ")"
        + "(?:\\s?(?<u1>" + unit + "))?(?:" + RANGE_SEPARATOR + "(?<n2>" + NUMBER + "))?"
        + "(?:\\s|-)?(?<u>" + unit + ")(?<suf>" + SUFFIX + ")?");
  }

  private Quantities() {}

  /** What one sentence says in numbers. Spans are offsets into the document ({@code base} added). */
  record Found(List<Quantity> quantities, List<Money> prices, List<DateRef> dates) {}

  /**
   * Reads one sentence.
   *
   * @param s the sentence's characters (markup masked to spaces, same length as in the document)
   * @param base the document offset of {@code s}'s first character
   * @param taken spans already read as something else (named things such as "ISO 27001"); written to
   */
  static Found read(String s, int base, boolean[] taken, List<Token> tokens) {
    List<Quantity> quantities = new ArrayList<>();
    List<Money> prices = new ArrayList<>();
    List<DateRef> dates = new ArrayList<>();
    // most sentences hold no number at all: skip the pattern scans they cannot match
    boolean digits = false;
    for (int i = 0; i < s.length() && !digits; i++) {
      digits = Character.isDigit(s.charAt(i));
    }
    boolean numberWords = false;
    boolean months = false;
    for (Token t : tokens) {
      String w = Text.lower(t.text());
      numberWords |= NUMBER_WORDS.contains(w) || w.indexOf('-') > 0 && NUMBER_WORDS.contains(w.substring(0, w.indexOf('-')));
      months |= Character.isUpperCase(t.text().charAt(0)) && month(t.text()) != null && t.text().length() >= 3;
    }
    Cues cues = new Cues(s);
    if (digits || months) {
      readDates(s, base, taken, dates, cues);
    }
    readRelativeDates(s, base, taken, dates);
    if ((digits || s.contains("clock")) && (s.contains("24") || cues.hasIgnoringCase("clock"))) {
      readRoundTheClock(s, base, taken, quantities);
    }
    readMoney(s, base, taken, prices, (digits || numberWords) && cues.currency());
    if (cues.hasIgnoringCase("free") || cues.hasIgnoringCase("cost") || cues.hasIgnoringCase("charge")) {
      readFree(s, base, taken, prices);
    }
    if (digits || numberWords) {
      if (cues.multiplier()) {
        readMultipliers(s, base, taken, quantities);
      }
      if (cues.hasIgnoringCase("nines")) {
        readNines(s, base, taken, quantities);
      }
      readMeasures(s, base, taken, quantities);
      readCounts(s, base, taken, tokens, quantities);
      readBareNumbers(s, base, taken, quantities);
    }
    if (s.contains("day")) {
      readDayWords(s, base, taken, quantities);
    }
    quantities.sort(Comparator.comparingInt(Quantity::start));
    prices.sort(Comparator.comparingInt(Money::start));
    bindPlans(s, base, prices);
    dates.sort(Comparator.comparingInt(DateRef::start));
    return new Found(quantities, prices, dates);
  }

  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("zero", "one", "two", "three", "four", "five",
      "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
      "thousand", "million", "billion", "dozen", "dozens", "hundreds", "thousands", "millions", "tens", "half", "quarter",
      "third", "fifth", "tenth", "twice",
      "double", "triple", "quadruple", "nines");

  private static void readDates(String s, int base, boolean[] taken, List<DateRef> out, Cues cues) {
    for (int i = 0; i < DATE_PATTERNS.size(); i++) {
      if (!DATE_NEEDS.get(i).test(cues)) {
        continue;
      }
      Matcher m = DATE_PATTERNS.get(i).matcher(s);
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        if (!free(taken, start, end)) {
          continue;
        }
        Integer year = has(m, "year") ? year(m.group("year")) : null;
        Integer quarter = has(m, "q") ? Integer.valueOf(m.group("q")) : has(m, "q2") ? Integer.valueOf(m.group("q2"))
            : has(m, "qw") ? QUARTER_WORDS.indexOf(Text.lower(m.group("qw"))) + 1 : null;
        Integer month = has(m, "mon") ? month(m.group("mon")) : has(m, "m") ? Integer.valueOf(m.group("m")) : null;
        Integer day = has(m, "day") ? Integer.valueOf(m.group("day")) : null;
        if (has(m, "m") && has(m, "day") && m.group().contains("/") && month != null && month > 12) {
          Integer swap = month;
          month = day;
          day = swap;
        }
        if (month != null && (month < 1 || month > 12) || day != null && (day < 1 || day > 31)) {
          continue;
        }
        if (quarter == null && year == null && month == null) {
          continue;
        }
        take(taken, start, end);
        out.add(new DateRef(year, quarter, month, day, false, base + start, base + end, Text.collapse(s.substring(start, end))));
      }
    }
  }

  private static void readRelativeDates(String s, int base, boolean[] taken, List<DateRef> out) {
    for (PhraseMatcher.Hit h : Lexicon.shared().relativeDates.find(s)) {
      if (free(taken, h.start(), h.end())) {
        take(taken, h.start(), h.end());
        out.add(new DateRef(null, null, null, null, true, base + h.start(), base + h.end(), s.substring(h.start(), h.end())));
      }
    }
  }

  private static void readRoundTheClock(String s, int base, boolean[] taken, List<Quantity> out) {
    Matcher m = ROUND_THE_CLOCK.matcher(s);
    while (m.find()) {
      if (free(taken, m.start(), m.end())) {
        take(taken, m.start(), m.end());
        double hours = m.group("d") == null ? 168 : 24 * Integer.parseInt(m.group("d"));
        out.add(new Quantity(hours, null, "coverage", "h/week", Bound.EXACT, base + m.start(), base + m.end(), m.group()));
      }
    }
  }

  /** Amounts with a currency; {@code possible} false when the sentence has no figure or no currency at all. */
  private static void readMoney(String s, int base, boolean[] taken, List<Money> out, boolean possible) {
    if (!possible) {
      return;
    }
    Matcher m = MONEY.matcher(s);
    while (m.find()) {
      int start = m.start();
      String pre = m.group("pre");
      if (pre != null && bound(pre) == null) {
        start = skipSpace(s, m.start() + pre.length());
        pre = null;
      }
      int end = trimEnd(s, m.start(), m.end());
      if (!free(taken, start, end)) {
        continue;
      }
      boolean before = m.group("a1") != null;
      boolean words = m.group("w3") != null;
      String currency = currency(before ? m.group("cur") : words ? Text.lower(m.group("wcur")) : m.group("cur3"));
      double amount = words ? number(m.group("w3"))
          : number(before ? m.group("a1") : m.group("a3")) * magnitude(before ? m.group("m1") : m.group("m3"));
      Double upper = m.group("a2") == null ? null : number(m.group("a2")) * magnitude(m.group("m2"));
      Bound bound = upper != null ? Bound.RANGE : pre == null ? Bound.EXACT : bound(pre);
      if (bound == Bound.AT_MOST && pre != null && Text.lower(pre).startsWith("as ")) {
        bound = Bound.AT_LEAST;
      }
      String tail = Text.lower(m.group("tail"));
      take(taken, start, end);
      out.add(new Money(currency, amount, upper, per(tail), period(tail), null, bound, base + start, base + end,
          Text.collapse(s.substring(start, end)), billing(tail), role(s, start, end)));
    }
  }

  /** "a $15 minimum", "minimum order of $20", "minimum spend: $20". */
  private static final Pattern MINIMUM_AFTER = Pattern.compile("(?i)^\\s*(?:minimum|min\\.?)\\b");
  private static final Pattern MINIMUM_BEFORE = Pattern.compile(
      "(?i)\\b(?:minimum|min\\.?)(?:\\s+(?:order|basket|cart|spend|purchase|order value|amount))?(?:\\s+(?:of|is|at))?\\s*:?\\s*$");
  /** "on orders of $35 or more", "baskets over $50": the spend an offer starts at. */
  private static final Pattern THRESHOLD_BEFORE = Pattern.compile(
      "(?i)\\b(?:orders?|baskets?|carts?|purchases?|spend(?:ing)?)\\s+(?:(?:of|over|above|from|totall?ing)\\s+)?$");
  private static final Pattern THRESHOLD_AFTER = Pattern.compile("(?i)^\\s*(?:or more|or above|and (?:up|over|above))\\b");

  /** What an amount is when it is not a price: see {@link Money#role()}. */
  private static String role(String s, int start, int end) {
    String before = s.substring(Math.max(0, start - 40), start);
    String after = s.substring(end, Math.min(s.length(), end + 20));
    if (MINIMUM_AFTER.matcher(after).find() || MINIMUM_BEFORE.matcher(before).find()) {
      return "minimum";
    }
    if (THRESHOLD_BEFORE.matcher(before).find() || THRESHOLD_AFTER.matcher(after).find()) {
      return "threshold";
    }
    return null;
  }

  /** "free", "at no extra cost": a price of nothing. */
  private static void readFree(String s, int base, boolean[] taken, List<Money> out) {
    Matcher f = FREE.matcher(s);
    while (f.find()) {
      if (!free(taken, f.start(), f.end())
          || FREE_EXCLUDED.matcher(s.substring(Math.max(0, f.start() - 8), f.start())).find()
          || FREE_EXCLUDED_AFTER.matcher(s.substring(f.end())).find()) {
        continue;
      }
      String after = Text.lower(s.substring(f.end(), Math.min(s.length(), f.end() + 12)));
      if (s.charAt(f.start()) == 'F' && after.matches("\\s*(?:plan|tier|edition).*")) {
        continue; // "the Free plan" names a plan; what it costs is said elsewhere, if at all
      }
      String period = after.matches("\\s*(?:\\d+[- ]day\\s+)?trial.*") ? "trial" : null;
      String plan = after.matches("\\s*(?:plan|tier|edition|version).*") ? "Free" : null;
      take(taken, f.start(), f.end());
      out.add(new Money("XXX", 0, null, null, period, plan, Bound.EXACT, base + f.start(), base + f.end(), f.group()));
    }
  }

  private static void readMultipliers(String s, int base, boolean[] taken, List<Quantity> out) {
    Matcher m = MULTIPLIER.matcher(s);
    while (m.find()) {
      int start = m.start();
      String pre = m.group("pre");
      if (pre != null && bound(pre) == null) {
        start = skipSpace(s, start + pre.length());
        pre = null;
      }
      if (!free(taken, start, m.end()) || glued(s, has(m, "n") ? m.start("n") : m.start("word"))) {
        continue;
      }
      double value;
      Double upper = null;
      if (m.group("word") != null) {
        value = switch (Text.lower(m.group("word"))) {
          case "half" -> 0.5;
          case "triple" -> 3;
          case "quadruple" -> 4;
          default -> 2;
        };
      } else {
        value = number(m.group("n"));
        upper = m.group("n2") == null ? null : number(m.group("n2"));
      }
      take(taken, start, m.end());
      Bound bound = upper != null ? Bound.RANGE : pre == null ? Bound.EXACT : bound(pre);
      out.add(new Quantity(value, upper, "multiplier", "x", bound, base + start, base + m.end(), Text.collapse(s.substring(start, m.end()))));
    }
  }

  private static final Pattern WORKING_DAYS = Pattern.compile("(?i)\\b(?:business|working)\\b");
  /** Calendar days per working day: a week of seven days holds five working ones. */
  private static final double WEEK_OVER_WORKWEEK = 7.0 / 5.0;

  private static void readMeasures(String s, int base, boolean[] taken, List<Quantity> out) {
    Matcher m = QUANTITY.matcher(s);
    while (m.find()) {
      int start = m.start();
      String pre = m.group("pre");
      if (pre != null && bound(pre) == null && !Text.lower(pre).equals("between")) {
        start = skipSpace(s, start + pre.length());
        pre = null;
      }
      if (!free(taken, start, m.end()) || glued(s, m.start("n"))) {
        continue;
      }
      Lexicon.Unit unit = Lexicon.shared().unit(Text.collapse(m.group("u")));
      Lexicon.Unit firstUnit = m.group("u1") == null ? unit : Lexicon.shared().unit(Text.collapse(m.group("u1")));
      if (unit == null || firstUnit == null || !unit.dimension().equals(firstUnit.dimension())) {
        continue;
      }
      if (m.group("u1") != null && m.group("n2") == null) {
        continue;
      }
      // "one" reads as a number only before a unit of measure, which is the case here
      double value = number(m.group("n")) * firstUnit.factor();
      Double upper = m.group("n2") == null ? null : number(m.group("n2")) * unit.factor();
      Bound bound = upper != null ? Bound.RANGE
          : m.group("suf") != null ? suffixBound(m.group("suf"))
          : pre == null ? Bound.EXACT : bound(pre);
      if (WORKING_DAYS.matcher(m.group("u")).find()) {
        // ten business days run over two weekends: they take ten to fourteen calendar days
        if (bound == Bound.EXACT || bound == Bound.RANGE) {
          upper = (upper == null ? value : upper) * WEEK_OVER_WORKWEEK;
          bound = Bound.RANGE;
        } else if (bound == Bound.AT_MOST) {
          value *= WEEK_OVER_WORKWEEK;
        }
      }
      take(taken, start, m.end());
      out.add(new Quantity(round(value), upper == null ? null : round(upper), unit.dimension(), unit.base(), bound,
          base + start, base + m.end(), Text.collapse(s.substring(start, m.end()))));
    }
  }

  private static void readNines(String s, int base, boolean[] taken, List<Quantity> out) {
    Matcher m = NINES.matcher(s);
    while (m.find()) {
      if (free(taken, m.start(), m.end())) {
        int n = (int) number(m.group("n"));
        double percent = 100 - Math.pow(10, 2 - n);
        take(taken, m.start(), m.end());
        out.add(new Quantity(round(percent), null, "percent", "%", Bound.EXACT, base + m.start(), base + m.end(), m.group()));
      }
    }
  }

  private static void readCounts(String s, int base, boolean[] taken, List<Token> tokens, List<Quantity> out) {
    Matcher m = COUNT.matcher(s);
    while (m.find()) {
      int start = m.start();
      String pre = m.group("pre");
      if (pre != null && (bound(pre) == null || Text.lower(pre).equals("between"))) {
        start = skipSpace(s, start + pre.length());
        pre = null;
      }
      int numStart = has(m, "n") ? m.start("n") : m.start("vague");
      if (!free(taken, start, m.end()) || glued(s, numStart) || numStart > 0 && s.charAt(numStart - 1) == '#'
          || has(m, "n") && m.group("pre") == null && m.group("n2") == null && named(s, numStart, m.end("n"))) {
        continue;
      }
      String raw = has(m, "n") ? m.group("n") : m.group("vague");
      if (m.end() < s.length() && s.charAt(m.end()) == '-') {
        continue; // "2-product company", "1-line description": a compound adjective, not a count
      }
      if (has(m, "n") && !raw.matches("(?s).*\\d.*") && number(raw) < 2) {
        continue;
      }
      Token noun = countedNoun(tokens, m.end());
      if (noun == null || SHARES.contains(Text.lower(noun.text()))) {
        continue; // "two thirds of tickets" is a share, not two of something
      }
      double value;
      Double upper = null;
      Bound bound;
      if (has(m, "vague")) {
        String v = Text.lower(raw);
        value = v.startsWith("tens") ? 10000 : v.startsWith("dozens") ? 24 : v.startsWith("hundreds") ? 100
            : v.startsWith("thousands") ? 1000 : 1000000;
        bound = Bound.AT_LEAST;
      } else {
        if (raw.matches("(19|20)\\d{2}") && pre == null) {
          continue; // a year standing before a noun ("2024 roadmap") is not a count
        }
        value = countValue(raw);
        if (has(m, "n2")) {
          upper = countValue(m.group("n2"));
        }
        bound = upper != null ? Bound.RANGE : m.group("suf") != null ? suffixBound(m.group("suf")) : pre == null ? Bound.EXACT : bound(pre);
      }
      int letters = 0;
      while (letters < noun.text().length()
          && (Character.isLetter(noun.text().charAt(letters)) || letters > 0 && noun.text().charAt(letters) == '-')) {
        letters++;
      }
      int end = noun.start() + letters;
      take(taken, start, end);
      out.add(new Quantity(value, upper, "count", singular(Text.lower(noun.text().substring(0, letters))), bound,
          base + start, base + end, Text.collapse(s.substring(start, end))));
    }
  }

  /** "same-day", "next-day": how fast, in days, said in words. */
  private static void readDayWords(String s, int base, boolean[] taken, List<Quantity> out) {
    Matcher m = DAY_WORDS.matcher(s);
    while (m.find()) {
      if (free(taken, m.start(), m.end())) {
        take(taken, m.start(), m.end());
        double days = Text.lower(m.group("w")).equals("same") ? 0 : 1;
        out.add(new Quantity(days * 86400, null, "duration", "s", Bound.AT_MOST, base + m.start(), base + m.end(), m.group()));
      }
    }
  }

  /** A large number with nothing to count ("Business | 25,000 | 99.9%") is still a figure, often a table cell. */
  private static void readBareNumbers(String s, int base, boolean[] taken, List<Quantity> out) {
    Matcher m = BARE_NUMBER.matcher(s);
    while (m.find()) {
      if (free(taken, m.start(), m.end()) && !m.group().matches("(19|20)\\d{2}")) {
        take(taken, m.start(), m.end());
        out.add(new Quantity(number(m.group()), null, "count", "", Bound.EXACT, base + m.start(), base + m.end(), m.group()));
      }
    }
  }

  /**
   * The noun a number counts: the last noun of the noun group right after it ("500 concurrent
   * users"). A compound modifier ("2,000 pre-built app integrations", "1,200 ready-made
   * templates") is part of the group, whatever its parts are tagged.
   */
  private static Token countedNoun(List<Token> tokens, int after) {
    Token found = null;
    boolean first = true;
    boolean hyphen = false;
    for (Token t : tokens) {
      if (t.start() < after) {
        continue;
      }
      if (first && t.start() > after + 2) {
        return null;
      }
      first = false;
      boolean compound = t.text().equals("-") || hyphen || HYPHENATED_WORD.matcher(t.text()).matches();
      hyphen = t.text().equals("-");
      if (t.isNoun() && Character.isLetter(t.text().charAt(0))) {
        found = t;
      } else if (found == null && (t.tag().equals("ADJ") || compound)) {
        continue;
      } else {
        break;
      }
    }
    return found;
  }

  private static final Pattern HYPHENATED_WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");

  // ---- normalisation helpers

  static double number(String raw) {
    String t = Text.lower(raw).strip();
    if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
      return Double.parseDouble(t.replace(",", ""));
    }
    double total = 0;
    double current = 0;
    boolean and = false;
    for (String w : t.split("[\\s-]+")) {
      switch (w) {
        case "and" -> and = true;
        case "of" -> { }
        // "half a dozen", "a quarter of a million": an article inside the number does not restart it
        case "a", "an" -> current = current == 0 ? 1 : current;
        case "half" -> current = and ? current + 0.5 : current == 0 ? 0.5 : current * 0.5;
        case "quarter", "third", "fifth", "tenth" -> current = (current == 0 ? 1 : current) * FRACTIONS.get(w);
        case "dozen" -> current = (current == 0 ? 1 : current) * 12;
        case "hundred" -> current = (current == 0 ? 1 : current) * 100;
        case "thousand", "million", "billion" -> {
          double scale = w.equals("thousand") ? 1e3 : w.equals("million") ? 1e6 : 1e9;
          total += (current == 0 ? 1 : current) * scale;
          current = 0;
        }
        default -> current += WORD_VALUES.getOrDefault(w, 0);
      }
    }
    return total + current;
  }

  private static final Set<String> SHARES = Set.of("thirds", "fifths", "tenths");

  private static final Map<String, Double> FRACTIONS =
      Map.of("quarter", 0.25, "third", 1.0 / 3, "fifth", 0.2, "tenth", 0.1);

  private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90));

  private static double countValue(String raw) {
    Matcher m = Pattern.compile("(" + DIGIT_NUMBER + ")(" + MAGNITUDE + ")").matcher(raw);
    if (m.matches()) {
      return number(m.group(1)) * magnitude(m.group(2));
    }
    return number(raw);
  }

  private static double magnitude(String m) {
    if (m == null || m.isBlank()) {
      return 1;
    }
    return switch (m.strip()) {
      case "k", "K", "thousand" -> 1e3;
      case "m", "M", "MM", "mm", "million" -> 1e6;
      case "bn", "BN", "B", "billion" -> 1e9;
      case "trillion" -> 1e12;
      default -> 1;
    };
  }

  /** How a prefix bounds a number; null for words that do not ("only", "just"). */
  static Bound bound(String prefix) {
    String p = Text.lower(prefix).replaceAll("\\s+", " ").strip();
    return switch (p) {
      case "up to", "upto", "as much as", "as many as", "as long as", "as high as", "at most", "a maximum of",
          "maximum of", "max", "max.", "no more than", "not more than", "under", "less than", "fewer than", "below",
          "within", "sub", "<", "≤", "<=" -> Bound.AT_MOST;
      case "at least", "a minimum of", "minimum of", "min", "min.", "more than", "over", "above", "upwards of",
          "in excess of", "from", "starting at", "starting from", "starts at", "start at", "starts from", "start from", "beginning at", ">", "≥", ">=",
          "as low as", "as little as" -> Bound.AT_LEAST;
      case "about", "around", "approximately", "approx", "approx.", "roughly", "nearly", "almost", "close to", "some",
          "circa", "~" -> Bound.APPROXIMATE;
      default -> null;
    };
  }

  private static Bound suffixBound(String suffix) {
    String s = Text.lower(suffix).strip();
    return s.contains("less") || s.contains("fewer") || s.contains("lower") || s.contains("below") || s.contains("under")
        || s.contains("shorter") ? Bound.AT_MOST : Bound.AT_LEAST;
  }

  private static String currency(String symbol) {
    String s = symbol.strip();
    return switch (s) {
      case "$", "US$", "USD", "dollars", "Dollars" -> "USD";
      case "€", "EUR", "euros", "Euros" -> "EUR";
      case "£", "GBP", "pounds", "Pounds" -> "GBP";
      case "¥", "JPY" -> "JPY";
      case "₹", "INR" -> "INR";
      case "C$", "CA$", "CAD" -> "CAD";
      case "A$", "AU$", "AUD" -> "AUD";
      default -> s.toUpperCase(Locale.ROOT);
    };
  }

  private static String per(String tail) {
    if (EACH_ALONE.matcher(tail).find()) {
      return "item"; // "state returns $39 each": the price of one thing, not of the plan
    }
    Matcher m = Pattern.compile("(?:/|per|each|every|for each)\\s*(?:(?:active|named|monthly active|additional|extra|registered|billable)\\s+)?"
        + "(\\p{L}[\\p{L}-]*|1k|1,000|1000)").matcher(tail);
    while (m.find()) {
      String unit = m.group(1);
      if (unit.matches(PERIOD_WORD) || unit.equals("annum")) {
        continue;
      }
      return switch (unit) {
        case "gb", "tb", "mb" -> unit.toUpperCase(Locale.ROOT);
        case "1k", "1,000", "1000" -> "1000";
        case "repositories" -> "repo";
        case "devs", "dev" -> "developer";
        case "mau" -> "monthly active user";
        case "people" -> "person";
        default -> singular(unit.replace("licence", "license").replace("organisation", "organization"));
      };
    }
    return null;
  }

  private static final Pattern EACH_ALONE = Pattern.compile("\\beach\\b(?!\\s*" + PRICE_UNIT + ")");

  private static String period(String tail) {
    String t = tail.replaceAll("(?:billed|paid|charged|invoiced)\\s+\\S+(\\s+(?:year|month))?", " ");
    if (t.matches("(?s).*(?:/|per|\\ba\\b|each|every)\\s*(?:months?|mo)(?![\\p{L}]).*") || t.contains("monthly")) {
      return "month";
    }
    if (t.matches("(?s).*(?:/|per|\\ba\\b|an|each|every)\\s*(?:years?|yr|annum)(?![\\p{L}]).*") || t.contains("annually")
        || t.contains("yearly")) {
      return "year";
    }
    if (t.matches("(?s).*(?:/|per|\\ba\\b|each|every)\\s*(?:days?)(?![\\p{L}]).*")) {
      return "day";
    }
    if (t.matches("(?s).*(?:/|per|\\ban?\\b|each|every)\\s*(?:hours?|hr)(?![\\p{L}]).*")) {
      return "hour";
    }
    if (t.contains("one-time") || t.contains("one time")) {
      return "one-time";
    }
    return null;
  }

  private static String billing(String tail) {
    Matcher m = Pattern.compile("(?:billed|paid|charged|invoiced)\\s+(annually|yearly|monthly|quarterly|per year|per month|upfront|up front|once)").matcher(tail);
    if (!m.find()) {
      return null;
    }
    return switch (m.group(1)) {
      case "annually", "yearly", "per year" -> "year";
      case "monthly", "per month" -> "month";
      case "quarterly" -> "quarter";
      default -> "upfront";
    };
  }

  /** The plan named nearest to a price in its sentence ("Pro plan: $49"), or null. */
  /** "on Launch", "for the Pro plan": the words that tie a price to the plan named after it. */
  private static final Pattern PLAN_AFTER = Pattern.compile(
      "^[^\\d$€£¥|;]{0,24}?\\b(?:on|for|in|with|under)\\s+(?:the\\s+|our\\s+|a\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** "Pro at", "Pro:", "Pro is": a plan tied to the price right after it. */
  private static final Pattern PLAN_AFTER_TIE = Pattern.compile(
      "\\s*(?:plan|tier|edition)?\\s*(?::|\\||-|–|at|is|costs?|for|=)?\\s*(?:just|only|from|now)?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT_IN = Pattern.compile("[$€£¥₹]\\s?\\d|\\d\\s?(?:USD|EUR|GBP)");

  /** Nothing but spacing and list marks between two plan names: a header of plan columns. */
  private static final Pattern BETWEEN_HEADERS = Pattern.compile("[\\s|,/]*");

  /**
   * Gives each price of a sentence the plan it is said of: the plan a preposition ties it to
   * ("$4,000 on Launch"), else the plan named last before it ("Essentials: $9, or $84 a year;
   * Plus: ..."), else the first named after it. A plan name that is itself read as a price ("Free"
   * in a row of prices) names no plan, and a price after a run of plan names with no value between
   * them (the column headers of a flattened table) has no plan it can be tied to by reading order.
   */
  private static void bindPlans(String s, int base, List<Money> prices) {
    if (prices.isEmpty()) {
      return;
    }
    shareTails(s, base, prices);
    List<PhraseMatcher.Hit> hits = new ArrayList<>();
    for (PhraseMatcher.Hit h : Lexicon.shared().plans.find(s)) {
      boolean priced = false;
      for (Money m : prices) {
        priced |= h.start() < m.end() - base && m.start() - base < h.end();
      }
      if (!priced) {
        hits.add(h);
      }
    }
    if (hits.isEmpty()) {
      return;
    }
    hits.sort(Comparator.comparingInt(PhraseMatcher.Hit::start).thenComparing(h -> -h.end()));
    // "Enterprise Starter" holds "Enterprise": the longer name is the one meant
    for (int i = hits.size() - 1; i > 0; i--) {
      if (hits.get(i).start() < hits.get(i - 1).end()) {
        hits.remove(i);
      }
    }
    respectively(s, base, prices, hits);
    for (int i = 0; i < prices.size(); i++) {
      Money m = prices.get(i);
      if (m.plan() == null) {
        prices.set(i, m.withPlan(plan(s, m.start() - base, m.end() - base, hits)));
      }
    }
    unbindTwins(prices);
  }

  /**
   * A plan has one list price per unit, period and billing: two such prices tied to one plan in one
   * sentence ("Business Enterprise$6 per user per month $12 per user per month", a table read
   * across) show that reading order did not find their plans, so neither keeps one.
   */
  private static void unbindTwins(List<Money> prices) {
    Map<String, Double> amount = new HashMap<>();
    Set<String> twins = new HashSet<>();
    for (Money m : prices) {
      String key = key(m);
      if (key != null) {
        Double seen = amount.putIfAbsent(key, m.amount());
        if (seen != null && seen != m.amount()) {
          twins.add(key);
        }
      }
    }
    for (int i = 0; i < prices.size(); i++) {
      if (twins.contains(key(prices.get(i)))) {
        prices.set(i, prices.get(i).withPlan(null));
      }
    }
  }

  private static String key(Money m) {
    return m.plan() == null || m.upper() != null || m.amount() == 0 ? null
        : m.plan() + "|" + m.currency() + "|" + m.per() + "|" + m.period() + "|" + m.billing();
  }

  /** Nothing but a comma, "and" or "or" between two prices of one list. */
  private static final Pattern LIST_GAP = Pattern.compile("\\s*,?\\s*(?:and\\s+)?", Pattern.CASE_INSENSITIVE);

  /**
   * "Essentials, Plus and Pro ... or $84, $180 and $396 a year": a list of as many prices as the
   * sentence names plans, after the last of them, gives each plan its price in order.
   */
  /** The end (exclusive) of the list of prices that starts at {@code from}: "$84, $180 and $396". */
  private static int listEnd(String s, int base, List<Money> prices, int from) {
    int to = from + 1;
    while (to < prices.size() && LIST_GAP.matcher(
        s.substring(prices.get(to - 1).end() - base, Math.max(prices.get(to - 1).end() - base, prices.get(to).start() - base)))
        .matches()) {
      to++;
    }
    return to;
  }

  /** "$84, $180 and $396 per year": the unit and period said once, after the last, are those of all. */
  private static void shareTails(String s, int base, List<Money> prices) {
    int from = 0;
    while (from < prices.size()) {
      int to = listEnd(s, base, prices, from);
      Money last = prices.get(to - 1);
      if (to - from > 1 && (last.per() != null || last.period() != null)) {
        for (int i = from; i < to - 1; i++) {
          Money m = prices.get(i);
          if (m.per() == null && m.period() == null && m.currency().equals(last.currency())) {
            prices.set(i, m.withTail(last.per(), last.period()));
          }
        }
      }
      from = to;
    }
  }

  private static void respectively(String s, int base, List<Money> prices, List<PhraseMatcher.Hit> hits) {
    List<String> plans = new ArrayList<>();
    for (PhraseMatcher.Hit h : hits) {
      String name = s.substring(h.start(), h.end());
      if (!plans.contains(name)) {
        plans.add(name);
      }
    }
    int afterPlans = hits.get(hits.size() - 1).end();
    int from = 0;
    while (from < prices.size()) {
      int to = listEnd(s, base, prices, from);
      if (to - from == plans.size() && plans.size() > 1 && prices.get(from).start() - base >= afterPlans
          && (hits.size() > 1 && LIST_GAP.matcher(
              s.substring(hits.get(hits.size() - 2).end(), hits.get(hits.size() - 1).start())).matches()
              || !PLAN_AFTER_TIE.matcher(s.substring(afterPlans, prices.get(from).start() - base)).matches())) {
        for (int i = from; i < to; i++) {
          if (prices.get(i).plan() == null) {
            prices.set(i, prices.get(i).withPlan(plans.get(i - from)));
          }
        }
      }
      from = to;
    }
  }

  private static String plan(String s, int start, int end, List<PhraseMatcher.Hit> hits) {
    int last = -1;
    for (int i = 0; i < hits.size(); i++) {
      PhraseMatcher.Hit h = hits.get(i);
      if (h.start() >= end) {
        String gap = s.substring(end, h.start());
        if (PLAN_AFTER.matcher(gap).find() || last < 0 && !AMOUNT_IN.matcher(gap).find()) {
          return s.substring(h.start(), h.end());
        }
        break;
      }
      if (h.end() <= start) {
        last = i;
      }
    }
    if (last < 0) {
      return null;
    }
    boolean header = last > 0 && BETWEEN_HEADERS.matcher(s.substring(hits.get(last - 1).end(), hits.get(last).start())).matches();
    return header ? null : s.substring(hits.get(last).start(), hits.get(last).end());
  }

  static String singular(String noun) {
    if (noun.endsWith("ies") && noun.length() > 4) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("sses") || noun.endsWith("xes") || noun.endsWith("ches") || noun.endsWith("shes")) {
      return noun.substring(0, noun.length() - 2);
    }
    if (noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us") && !noun.endsWith("is") && noun.length() > 3) {
      return noun.substring(0, noun.length() - 1);
    }
    return noun;
  }

  private static Integer year(String y) {
    int v = Integer.parseInt(y);
    return y.length() == 2 ? 2000 + v : v;
  }

  private static Integer month(String name) {
    String n = Text.lower(name).replace(".", "");
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    return null;
  }

  private static double round(double v) {
    // strips float noise (0.1 * 3) without overflowing a long for petabytes
    return Math.abs(v) >= 1e6 ? Math.rint(v) : Math.round(v * 1e9) / 1e9;
  }

  private static int skipSpace(String s, int at) {
    while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
      at++;
    }
    return at;
  }

  private static int trimEnd(String s, int start, int end) {
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** A number glued to a word before it ("GPT-4", "v2", "x86") is a name, not an amount. */
  /** A capitalised word and a small number after it: a version or a model, not a count. */
  private static final Pattern NAME_BEFORE_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}]+)\\s$");
  private static final Set<String> NOT_NAMES = Set.of("Top", "Up", "Over", "Under", "Only", "About",
      "The", "With", "From", "For", "At", "In", "On", "By", "To", "And", "Or", "All", "Just", "Nearly", "Almost", "Around",
      "Than", "Of", "Our", "Your", "Their", "Its", "Every", "First", "Last", "Next", "Add", "Get", "Save", "Plus", "Minus",
      "Day", "Days", "Week", "Weeks", "Month", "Months", "Year", "Years", "Hour", "Hours", "Page", "Slide", "Section",
      "Step", "Phase", "Stage", "Figure", "Table", "Chapter", "Appendix", "Item", "Row", "Note");

  /**
   * "Mosaic 6 reaches end of support", "Ring 2", "Wavelength 3": a number of one or two digits, or a
   * version such as 7.2, right after a capitalised word is part of a name.
   */
  private static boolean named(String s, int numStart, int numEnd) {
    String number = s.substring(numStart, numEnd);
    if (!number.matches("\\d{1,2}(?:\\.\\d{1,2})?")) {
      return false;
    }
    Matcher w = NAME_BEFORE_NUMBER.matcher(s.substring(Math.max(0, numStart - 30), numStart));
    return w.find() && !NOT_NAMES.contains(w.group(1)) && month(w.group(1)) == null;
  }

  private static boolean glued(String s, int numberStart) {
    if (numberStart <= 0) {
      return false;
    }
    char before = s.charAt(numberStart - 1);
    if (before == '/' && numberStart >= 2 && Character.isDigit(s.charAt(numberStart - 2))) {
      return true;
    }
    if (Character.isLetter(before) && !s.substring(0, numberStart).endsWith("sub")) {
      return true;
    }
    return before == '-' && numberStart >= 2 && Character.isLetterOrDigit(s.charAt(numberStart - 2))
        && !s.substring(0, numberStart).endsWith("sub-");
  }

  private static boolean has(Matcher m, String group) {
    try {
      return m.group(group) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return end > start;
  }

  static void take(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }

  /**
   * Cheap facts about a sentence, each a necessary condition of some pattern: a pattern whose
   * condition fails cannot match, so skipping it changes nothing that is found.
   */
  private static final class Cues {
    private static final String[] MONTH_PREFIXES =
        {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String CURRENCY_SYMBOLS = "$€£¥₹";
    private static final String[] CURRENCY_CODES = {"USD", "EUR", "GBP", "CAD", "AUD", "JPY", "INR", "CHF"};
    private static final String[] MULTIPLIER_WORDS = {"times", "fold", "twice", "double", "triple", "quadruple", "half"};

    private final String s;
    /** {@code s} lower-cased char for char, for the case-insensitive words. */
    private final String lower;
    /** A capitalised month name or abbreviation could start here ({@link #MONTH} is case-sensitive). */
    final boolean month;
    /** "19dd" or "20dd" somewhere. */
    final boolean year;
    final boolean fiscal;

    Cues(String s) {
      this.s = s;
      this.lower = Text.lower(s);
      boolean mon = false;
      boolean yr = false;
      for (int i = 0; i < s.length() && !(mon && yr); i++) {
        char c = s.charAt(i);
        if (!mon && Character.isUpperCase(c)) {
          for (String prefix : MONTH_PREFIXES) {
            mon |= s.startsWith(prefix, i);
          }
        }
        if (!yr && (c == '1' || c == '2') && i + 3 < s.length()) {
          yr = s.charAt(i + 1) == (c == '1' ? '9' : '0') && isAsciiDigit(s.charAt(i + 2)) && isAsciiDigit(s.charAt(i + 3));
        }
      }
      month = mon;
      year = yr;
      fiscal = s.contains("FY") || s.contains("CY");
    }

    boolean has(char c) {
      return s.indexOf(c) >= 0;
    }

    /**
     * Whether the lower-case ASCII {@code word} occurs in any case: wherever an ASCII {@code (?i)}
     * pattern matches it, the lower-cased sentence has it.
     */
    boolean hasIgnoringCase(String word) {
      return lower.contains(word);
    }

    /** {@link #MONEY} needs a currency symbol, code or word. */
    boolean currency() {
      for (int i = 0; i < s.length(); i++) {
        if (CURRENCY_SYMBOLS.indexOf(s.charAt(i)) >= 0) {
          return true;
        }
      }
      for (String code : CURRENCY_CODES) {
        if (s.contains(code)) {
          return true;
        }
      }
      return hasIgnoringCase("dollars") || hasIgnoringCase("euros") || hasIgnoringCase("pounds");
    }

    /** {@link #MULTIPLIER} needs an "x" ending a word ("10x", "3 x") or one of its words. */
    boolean multiplier() {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if ((c == 'x' || c == 'X' || c == '×') && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)))) {
          return true;
        }
      }
      for (String w : MULTIPLIER_WORDS) {
        if (hasIgnoringCase(w)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isAsciiDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
