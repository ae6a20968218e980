package dev.launchlint.report;

import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where each quotation of a report stands in its file, so that tools pointing into files
 * (SARIF viewers, code-scanning dashboards) open the right line. A quotation is text as extracted
 * (markup gone, whitespace collapsed), so it is looked for word by word in the file's text with
 * tags, entities and link targets blanked: the first run of the file's words that equals the
 * quotation's words is its region; failing that, the first run that equals its first marked
 * words; failing that, the whole file. Files without lines (PDF, office formats) get the whole
 * file by its size.
 *
 * <p>Reads each file at most once and never more than {@link #MAX_TEXT_BYTES} of it. Thread-safe
 * (stateless).
 */
public final class Regions {

  /** Text files larger than this are not searched; their quotations get the whole file. */
  static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<(script|style)\\b.*?</\\1\\s*>|<[^>]*>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");
  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)");

  private Regions() {}

  /**
   * The region of every quotation of {@code findings}.
   *
   * @param files the file on disk of a kit-relative path, empty when there is none (a quotation
   *     whose file cannot be read gets no region)
   */
  public static Map<Evidence, Region> locate(List<Finding> findings, Function<String, Optional<Path>> files) {
    Map<String, Optional<Source>> sources = new HashMap<>();
    Map<Evidence, Region> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      for (Evidence e : f.evidence()) {
        if (out.containsKey(e)) {
          continue;
        }
        Optional<Source> source = sources.computeIfAbsent(e.path(), p -> files.apply(p).flatMap(Regions::read));
        source.ifPresent(s -> out.put(e, s.find(e)));
      }
    }
    return out;
  }

  private static boolean hasLines(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".txt") || lower.endsWith(".text")
        || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml") || lower.endsWith(".yml")
        || lower.endsWith(".yaml") || lower.endsWith(".csv");
  }

  private static Optional<Source> read(Path file) {
    try {
      long size = Files.size(file);
      String name = file.getFileName().toString();
      if (!hasLines(name) || size > MAX_TEXT_BYTES) {
        return Optional.of(new Source(null, size, List.of()));
      }
      String text = decode(Files.readAllBytes(file));
      String lower = name.toLowerCase(Locale.ROOT);
      String searchable = text;
      if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
        searchable = blank(blank(searchable, TAG), ENTITY);
      } else if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
        searchable = blank(searchable, LINK_TARGET);
      }
      List<int[]> words = new ArrayList<>();
      Matcher m = WORD.matcher(searchable);
      while (m.find()) {
        words.add(new int[] {m.start(), m.end()});
      }
      return Optional.of(new Source(text, size, words));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** UTF-8 when the bytes are, else windows-1252 (what Tika falls back to for Western text). */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
          .replaceFirst("^\uFEFF", " ");
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** The text with every match replaced by as many spaces (line breaks kept), so offsets hold. */
  private static String blank(String text, Pattern p) {
    StringBuilder b = new StringBuilder(text);
    Matcher m = p.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        if (b.charAt(i) != '\n' && b.charAt(i) != '\r') {
          b.setCharAt(i, ' ');
        }
      }
    }
    return b.toString();
  }

  /** A file's text and words ({@code [start, end)} offsets), or only its size when it has no lines. */
  private record Source(String text, long size, List<int[]> words) {

    Region find(Evidence e) {
      if (text == null) {
        return Region.wholeFile(size);
      }
      int[] at = run(Regions.words(e.text()));
      for (int i = 0; at == null && i < e.marks().size(); i++) {
        Span s = e.marks().get(i);
        at = run(Regions.words(e.text().substring(s.start(), s.end())));
      }
      if (at == null) {
        int[] end = position(text.length());
        return Region.lines(1, 1, end[0], end[1]);
      }
      int[] start = position(at[0]);
      int[] end = position(at[1]);
      return Region.lines(start[0], start[1], end[0], end[1]);
    }

    /** The offsets {@code [start, end)} of the first run of the file's words equal to {@code wanted}. */
    private int[] run(List<String> wanted) {
      if (wanted.isEmpty()) {
        return null;
      }
      outer:
      for (int i = 0; i + wanted.size() <= words.size(); i++) {
        for (int j = 0; j < wanted.size(); j++) {
          int[] w = words.get(i + j);
          if (!text.regionMatches(true, w[0], wanted.get(j), 0, wanted.get(j).length())
              || w[1] - w[0] != wanted.get(j).length()) {
            continue outer;
          }
        }
        return new int[] {words.get(i)[0], words.get(i + wanted.size() - 1)[1]};
      }
      return null;
    }

    /** The 1-based line and column of an offset; a line ends at {@code \n}, {@code \r\n} or {@code \r}. */
    private int[] position(int offset) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
          line++;
          lineStart = i + 1;
        }
      }
      return new int[] {line, offset - lineStart + 1};
    }
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
