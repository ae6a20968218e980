package dev.launchlint.analyze;

import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * The English analysis: OpenNLP sentence detection, tokenization and POS tagging (UD EWT models
 * from the classpath), claim reading by {@link SentenceReader}, key phrases by {@link KeyPhrases}
 * ranked by {@link Distinctiveness}.
 *
 * <p>A launch kit repeats its sentences (a tagline on the landing page, in the email and in the
 * deck), and what a sentence says depends only on its characters and on whether it stands in a
 * heading or a list: {@link #forOneKit} remembers each sentence read, relative to its start, and
 * places a repeated one at its new offset instead of tokenizing, tagging and reading it again. The
 * process-wide instance remembers nothing, so that one kit never makes another's audit cheaper.
 *
 * <p>Thread-safe: the remembered sentences are in a {@link Memo}; the OpenNLP taggers behind it
 * are the {@code ThreadSafe...ME} wrappers (one {@code ...ME} per thread over shared models) and
 * the Lucene analyzer reuses its token streams per thread.
 */
final class EnglishAnalysis implements Analysis {

  /**
   * The characters of sentences one kit's analysis remembers. A remembered sentence takes about
   * three bytes a character charged, so one kit's memo holds some 24 megabytes at most, however
   * large the kit; the 6,000 distinct sentences of a generated 400-document kit take an eighth of
   * it. A quarter of this budget was too small for a generated 10,000-document kit: the memo was
   * forgotten every few hundred documents and read each sentence about three times instead of once.
   */
  private static final long MEMO_BUDGET = 8_000_000;
  /** What a sentence costs the budget beyond its characters, so that many short ones count too. */
  private static final int MEMO_ENTRY = 100;

  private static final class Holder {
    static final EnglishAnalysis SHARED = new EnglishAnalysis(null);
  }

  private final NlpModels nlp = NlpModels.shared();
  private final SentenceReader reader = new SentenceReader();
  /** The sentences read so far; null when nothing is remembered. */
  private final Memo<Key, Sentence> memo;

  private EnglishAnalysis(Memo<Key, Sentence> memo) {
    this.memo = memo;
  }

  static EnglishAnalysis shared() {
    return Holder.SHARED;
  }

  @Override
  public Analysis forOneKit() {
    return new EnglishAnalysis(new Memo<>(MEMO_BUDGET));
  }

  @Override
  public List<Claim> claims(ExtractedDocument document) {
    List<Claim> claims = new ArrayList<>();
    read(document, claims, null);
    return claims;
  }

  @Override
  public Map<BusinessFunction, List<Term>> terms(List<ExtractedDocument> documents) {
    Distinctiveness terms = new Distinctiveness();
    for (ExtractedDocument d : documents) {
      read(d, null, terms);
    }
    return terms.rank();
  }

  @Override
  public DocumentReading read(ExtractedDocument document) {
    List<Claim> claims = new ArrayList<>();
    Distinctiveness terms = new Distinctiveness();
    read(document, claims, terms);
    // A function the document never reached (not parsed) must not appear in the terms at all.
    Map<String, Integer> phrases = terms.counts(document.function());
    return DocumentReading.ofPhrases(claims, phrases == null ? null : document.function(),
        phrases == null ? Map.of() : phrases);
  }

  @Override
  public Map<BusinessFunction, List<Term>> rankTerms(List<DocumentReading> readings) {
    Distinctiveness terms = new Distinctiveness();
    for (DocumentReading r : readings) {
      if (r.document() != null) {
        read(r.document(), null, terms);
      } else if (r.function() != null) {
        terms.add(r.function(), r.phrases());
      }
    }
    return terms.rank();
  }

  @Override
  public AnalyzedKit analyze(List<ExtractedDocument> documents) {
    List<Claim> claims = new ArrayList<>();
    Distinctiveness terms = new Distinctiveness();
    for (ExtractedDocument d : documents) {
      read(d, claims, terms);
    }
    return new AnalyzedKit(documents, claims, terms.rank());
  }

  /** Reads a document once, adding its claims and/or its key phrases to whichever sink is given. */
  private void read(ExtractedDocument doc, List<Claim> claims, Distinctiveness terms) {
    if (doc.status() != DocumentStatus.PARSED || doc.function() == null) {
      return;
    }
    String text = doc.text();
    TextUnit previous = null;
    for (TextUnit unit : doc.units()) {
      if (unit.kind() == UnitKind.CODE) {
        // a listing or a diagram's source names things without stating anything about them
        continue;
      }
      boolean firstRow = unit.kind() == UnitKind.TABLE_ROW && (previous == null || previous.kind() != UnitKind.TABLE_ROW
          || !java.util.Objects.equals(previous.location().sheet(), unit.location().sheet()));
      previous = unit;
      int uStart = Math.min(unit.start(), text.length());
      int uEnd = Math.min(Math.max(unit.end(), uStart), text.length());
      String raw = text.substring(uStart, uEnd);
      String masked = Markup.mask(raw);
      String collapsed = Text.collapse(masked);
      String collapsedRaw = Text.collapse(raw);
      if (collapsed.isEmpty() || Markup.isLinkOnly(raw) || reader.boilerplate(collapsed)
          || !collapsedRaw.equals(collapsed) && reader.boilerplate(collapsedRaw)) {
        continue;
      }
      boolean heading = unit.kind() == UnitKind.HEADING || Markup.isHeading(raw);
      SentenceReader.Context context = new SentenceReader.Context(heading,
          unit.kind() == UnitKind.LIST_ITEM || unit.kind() == UnitKind.TABLE_CELL || unit.kind() == UnitKind.TABLE_ROW
              || Markup.isBullet(raw),
          !heading && unit.location() != null && SentenceReader.denies(unit.location().heading()));
      for (Span sentence : nlp.sentences(masked)) {
        String s = masked.substring(sentence.getStart(), sentence.getEnd());
        int base = uStart + sentence.getStart();
        String sentenceText = Text.collapse(s);
        // a sentence without a word or of boilerplate yields no key phrase and no claim: it is not
        // even tagged; the unit's own text was just found not to be boilerplate
        if (!Text.hasWordChar(sentenceText)) {
          continue;
        }
        boolean claimed = claims != null && !(firstRow && headerRow(unit.text()));
        Sentence read = readSentence(s, sentenceText, !sentenceText.equals(collapsed), context, terms != null, claimed);
        if (read == BOILERPLATE) {
          continue;
        }
        if (terms != null) {
          terms.add(doc.function(), read.phrases());
        }
        if (!claimed) {
          continue;
        }
        SentenceReader.Reading r = read.reading().shifted(base);
        if (!r.claim()) {
          emphasise(claims, doc.path(), unit, sentenceText);
        }
        if (r.claim()) {
          int lead = 0;
          while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
            lead++;
          }
          int trail = s.length();
          while (trail > lead && Character.isWhitespace(s.charAt(trail - 1))) {
            trail--;
          }
          // A unit of one sentence (a bullet, a cell, a short paragraph) lends the claim its text.
          String claimText = read.text().equals(unit.text()) ? unit.text() : read.text();
          claims.add(new Claim(doc.path(), doc.function(), unit.index(), base + lead, base + trail, claimText,
              unit.text(), unit.location(), r.type(), r.aspect(), r.attributes()));
        }
      }
    }
  }

  /**
   * A lone word of emphasis after a sentence ("... you get it back. Guaranteed.", "Always.")
   * promises what that sentence says: its absolute goes to the claim of the sentence before it in
   * the same unit.
   */
  private static void emphasise(List<Claim> claims, String path, TextUnit unit, String sentence) {
    if (claims.isEmpty() || sentence.split("\\s+").length > 2) {
      return;
    }
    Claim last = claims.get(claims.size() - 1);
    if (last.unitIndex() != unit.index() || !last.path().equals(path)) {
      return;
    }
    List<String> words = Lexicon.shared().absolutes.find(sentence).stream().map(PhraseMatcher.Hit::value).toList();
    if (words.isEmpty()) {
      return;
    }
    Attributes a = last.attributes();
    List<String> absolutes = new ArrayList<>(a.absolutes());
    words.stream().filter(w -> !absolutes.contains(w)).forEach(absolutes::add);
    claims.set(claims.size() - 1, new Claim(last.path(), last.function(), last.unitIndex(), last.start(), last.end(),
        last.text(), last.unitText(), last.location(), last.type(), last.aspect(),
        new Attributes(a.quantities(), a.prices(), a.dates(), a.stage(), a.entities(), a.negated(), a.hedged(),
            List.copyOf(absolutes))));
  }

  /**
   * A table's first row made of short labels without a figure ("Plan | Monthly fee | Support")
   * names the columns; it asserts nothing about the offering.
   */
  static boolean headerRow(String row) {
    String[] cells = row.split(" \\| ");
    if (cells.length < 2) {
      return false;
    }
    for (String cell : cells) {
      String c = cell.strip();
      if (c.isEmpty() || c.chars().anyMatch(Character::isDigit) || c.matches(".*[$€£¥%].*") || c.split("\\s+").length > 4) {
        return false;
      }
    }
    return true;
  }

  /** A sentence's characters and how it stands in its unit: all that its reading depends on. */
  private record Key(String sentence, SentenceReader.Context context) {}

  /**
   * What a sentence says, read at offset 0: its key phrases and its reading, null when not asked;
   * and its text, whitespace collapsed, which every claim of a remembered sentence shares.
   */
  private record Sentence(List<String> phrases, SentenceReader.Reading reading, String text) {}

  /** A sentence of boilerplate, remembered as such: it is neither tagged nor read. */
  private static final Sentence BOILERPLATE = new Sentence(List.of(), SentenceReader.Reading.NONE, "");

  /**
   * Tokenizes, tags and reads a sentence, or finds it read before; {@link #BOILERPLATE} when it is
   * boilerplate, checked only when {@code ownText} (it is not all of its unit's text). Without a
   * memo only what is asked is done; with one, both, so that any later occurrence finds what it
   * needs.
   */
  private Sentence readSentence(String s, String text, boolean ownText, SentenceReader.Context context,
      boolean phrases, boolean reading) {
    if (memo == null) {
      return ownText && reader.boilerplate(text) ? BOILERPLATE : readAfresh(s, text, context, phrases, reading);
    }
    // Whether the sentence is boilerplate depends on its text alone (a unit's only sentence was
    // just found not to be), so it is remembered with the rest.
    return memo.get(new Key(s, context), s.length() + MEMO_ENTRY,
        () -> ownText && reader.boilerplate(text) ? BOILERPLATE : readAfresh(s, text, context, true, true));
  }

  private Sentence readAfresh(String s, String text, SentenceReader.Context context, boolean phrases,
      boolean reading) {
    List<Token> tokens = tag(s);
    return new Sentence(phrases ? List.copyOf(KeyPhrases.of(s, tokens)) : null,
        reading ? reader.read(s, text, 0, tokens, context) : null, text);
  }

  private List<Token> tag(String sentence) {
    Span[] spans = nlp.tokens(sentence);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = nlp.tags(words);
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      tokens.add(new Token(words[i], tags[i], spans[i].getStart(), spans[i].getEnd()));
    }
    return tokens;
  }
}
