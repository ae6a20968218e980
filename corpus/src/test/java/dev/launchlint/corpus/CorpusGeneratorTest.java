package dev.launchlint.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.ExtractionLimits;
import dev.launchlint.extract.TextExtractor;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.KitFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed kits are what the generator makes of the committed sources: text formats byte for
 * byte, zip formats entry for entry (the deflate bytes may differ between zlib builds), PDFs by
 * their extracted text. And the generator is reproducible: two runs give the same bytes.
 */
class CorpusGeneratorTest {

  private static final Set<String> TEXT = Set.of("txt", "md", "html", "rtf", "json", "yml", "yaml");
  private static final Set<String> ZIP = Set.of("docx", "pptx", "xlsx", "odt", "odp");

  @Test
  void committedKitsAreTheGeneratedKits(@TempDir Path dir) throws Exception {
    Path fresh = dir.resolve("kits");
    KitGenerator.generateAll(CorpusKits.sources(), fresh);
    Map<String, Path> committed = files(CorpusKits.kits());
    Map<String, Path> generated = files(fresh);
    assertEquals(generated.keySet(), committed.keySet(),
        "corpus/kits is stale: regenerate with mvn -B -o -q -pl corpus -am process-classes -Pregenerate");
    TextExtractor extractor = TextExtractor.tika(ExtractionLimits.DEFAULTS);
    List<String> stale = new ArrayList<>();
    for (String rel : generated.keySet()) {
      byte[] a = Files.readAllBytes(committed.get(rel));
      byte[] b = Files.readAllBytes(generated.get(rel));
      String ext = rel.substring(rel.lastIndexOf('.') + 1);
      boolean same;
      if (TEXT.contains(ext)) {
        same = java.util.Arrays.equals(a, b);
      } else if (ZIP.contains(ext)) {
        same = entries(a).equals(entries(b));
      } else {
        same = text(extractor, rel, committed.get(rel)).equals(text(extractor, rel, generated.get(rel)));
      }
      if (!same) {
        stale.add(rel);
      }
    }
    assertTrue(stale.isEmpty(), "regenerate corpus/kits, these differ from their sources: " + stale);
  }

  @Test
  void generationIsReproducible(@TempDir Path dir) throws Exception {
    Path source = CorpusKits.sources().resolve("sample");
    KitGenerator.generate(source, dir.resolve("one"));
    KitGenerator.generate(source, dir.resolve("two"));
    Map<String, Path> one = files(dir.resolve("one"));
    Map<String, Path> two = files(dir.resolve("two"));
    assertEquals(one.keySet(), two.keySet());
    assertTrue(one.size() >= 4, "sample has too few files: " + one.keySet());
    for (String rel : one.keySet()) {
      assertArrayEquals(Files.readAllBytes(one.get(rel)), Files.readAllBytes(two.get(rel)), rel);
    }
  }

  @Test
  void everyFormatIsWrittenAsTheRealThing(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src/kit/product");
    Files.createDirectories(src);
    String body = "# Title\n\nA paragraph.\n\n- first point\n- second point\n\n| Plan | Price |\n|---|---|\n| Team | $24 |\n\n---\n\n# Second\n\nNotes:\nSay hello.\n";
    for (String ext : List.of("pdf", "docx", "pptx", "xlsx", "odt", "odp", "rtf", "html", "txt")) {
      Files.writeString(src.resolve("doc." + ext + ".md"), body);
    }
    Files.writeString(src.resolve("readme.md"), "# Copied\n");
    KitGenerator.generate(dir.resolve("src/kit"), dir.resolve("out"));
    Path out = dir.resolve("out/product");
    assertEquals("%PDF", new String(Files.readAllBytes(out.resolve("doc.pdf")), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals("{\\rtf1", Files.readString(out.resolve("doc.rtf")).substring(0, 6));
    assertTrue(Files.readString(out.resolve("doc.html")).contains("<title>Title</title>"));
    assertEquals("# Copied\n", Files.readString(out.resolve("readme.md")));
    // ODF: the mimetype entry comes first and is stored, so tools can sniff it at a fixed offset
    for (String ext : List.of("odt", "odp")) {
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(out.resolve("doc." + ext))))) {
        ZipEntry first = in.getNextEntry();
        assertEquals("mimetype", first.getName());
        assertEquals(ZipEntry.STORED, first.getMethod());
      }
    }
    TextExtractor extractor = TextExtractor.tika(ExtractionLimits.DEFAULTS);
    for (String ext : List.of("pdf", "docx", "pptx", "odt", "odp", "rtf", "html", "txt")) {
      String text = text(extractor, "product/doc." + ext, out.resolve("doc." + ext));
      assertTrue(text.contains("a paragraph.") && text.contains("second point") && text.contains("$24"), ext + ": " + text);
    }
    String sheet = text(extractor, "product/doc.xlsx", out.resolve("doc.xlsx"));
    assertTrue(sheet.contains("team") && sheet.contains("$24"), sheet);
    for (String deck : List.of("pptx", "odp")) {
      assertTrue(text(extractor, "product/doc." + deck, out.resolve("doc." + deck)).contains("say hello."), deck + " notes");
    }
  }

  private static String text(TextExtractor extractor, String rel, Path file) {
    ExtractedDocument doc = extractor.extract(new KitFile(rel, file, BusinessFunction.PRODUCT, null));
    return CorpusKits.normalize(doc.status().id() + " " + doc.text());
  }

  private static Map<String, Path> files(Path root) throws IOException {
    Map<String, Path> map = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).sorted()
          .forEach(p -> map.put(root.relativize(p).toString().replace('\\', '/'), p));
    }
    return map;
  }

  /** Entry names in order with their uncompressed bytes. */
  private static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> map = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        map.put(e.getName() + "@" + map.size(), java.util.HexFormat.of().formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return map;
  }
}
