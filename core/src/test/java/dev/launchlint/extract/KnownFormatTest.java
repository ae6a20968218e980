package dev.launchlint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.junit.jupiter.api.Test;

/** The format read off a file's name and first bytes is the one Tika's detector gives, or none. */
class KnownFormatTest {

  private static final Detector TIKA = new AutoDetectParser().getDetector();

  private static String known(String name, byte[] bytes) {
    byte[] head = new byte[KnownFormat.HEAD];
    int n = Math.min(bytes.length, head.length);
    System.arraycopy(bytes, 0, head, 0, n);
    return KnownFormat.of(name, head, n);
  }

  private static String tika(String name, byte[] bytes) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
      return TIKA.detect(in, metadata).toString();
    }
  }

  private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Launch</title></head>"
      + "<body><h1>Relay 2</h1><p>Sync in 5 minutes.</p></body></html>";

  @Test
  void theFormatsOfALaunchKitAreKnownAsTikaKnowsThem() throws Exception {
    List<Object[]> files = List.of(
        new Object[] {"spec.pdf", TestDocuments.pdf(List.of(List.of("Relay syncs every 5 minutes.")), null)},
        new Object[] {"spec.docx", TestDocuments.docx(List.of("#Relay", "Relay syncs every 5 minutes."))},
        new Object[] {"deck.pptx", TestDocuments.pptx(List.of(List.of("Relay", "Sync in 5 minutes")), List.of("notes"))},
        new Object[] {"pricing.xlsx", TestDocuments.workbook(true, "Plans", new int[] {0, 1},
            new String[][] {{"Plan", "Price"}, {"Team", "$20"}})},
        new Object[] {"brief.odt", TestDocuments.openDocument("application/vnd.oasis.opendocument.text",
            "<office:text><text:p>Relay syncs every 5 minutes.</text:p></office:text>")},
        new Object[] {"faq.rtf", "{\\rtf1\\ansi Relay syncs every 5 minutes.\\par}".getBytes(StandardCharsets.US_ASCII)},
        new Object[] {"page.html", PAGE.getBytes(StandardCharsets.UTF_8)},
        new Object[] {"PAGE.HTM", ("\ufeff  " + PAGE.toUpperCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.UTF_8)});
    for (Object[] file : files) {
      String name = (String) file[0];
      byte[] bytes = (byte[]) file[1];
      String known = known(name, bytes);
      assertNotNull(known, name);
      assertEquals(tika(name, bytes), known, name);
    }
  }

  @Test
  void whereNameAndBytesDisagreeTikaDecides() throws Exception {
    byte[] docx = TestDocuments.docx(List.of("Relay syncs every 5 minutes."));
    byte[] pdf = TestDocuments.pdf(List.of(List.of("Relay")), null);
    assertNull(known("deck.pptx", docx), "a DOCX called .pptx");
    assertNull(known("spec.docx", pdf), "a PDF called .docx");
    assertNull(known("spec.pdf", docx), "a DOCX called .pdf");
    assertNull(known("spec.docx", zip("readme.txt", "not a package")), "a plain zip called .docx");
    assertNull(known("brief.odt", TestDocuments.openDocument("application/vnd.oasis.opendocument.presentation",
        "<office:presentation/>")), "a presentation called .odt");
    assertNull(known("page.html", ("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<body><p>Relay</p></body></html>").getBytes(StandardCharsets.UTF_8)), "XHTML");
    assertNull(known("page.html", "Relay syncs every 5 minutes.".getBytes(StandardCharsets.UTF_8)), "text called .html");
    assertNull(known("notes.txt", "Relay syncs every 5 minutes.".getBytes(StandardCharsets.UTF_8)), "plain text");
    assertNull(known("spec.docx", new byte[0]), "nothing");
  }

  /**
   * Every seed of the extraction fuzz test (a small real file of each format after the fuzzer's
   * first byte), under a name of its format.
   */
  @Test
  void onEverySeedFileKnownIsTikasAnswerOrNothing() throws Exception {
    Path seeds = Path.of("src/test/resources/dev/launchlint/extract/ExtractionFuzzTestInputs/bytesToUnits");
    int known = 0;
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path seed : files.sorted().toList()) {
        String n = seed.getFileName().toString();
        String name = n.substring(0, n.lastIndexOf('-')) + "." + n.substring(n.lastIndexOf('-') + 1);
        byte[] raw = Files.readAllBytes(seed);
        byte[] bytes = java.util.Arrays.copyOfRange(raw, 1, raw.length);
        String k = known(name, bytes);
        if (k != null) {
          known++;
          assertEquals(tika(name, bytes), k, name);
        }
      }
    }
    assertEquals(true, known == 9, "the seeds of pdf, rtf, html, docx, pptx, xlsx, odt, odp and ods are known: " + known);
  }

  private static byte[] zip(String entry, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
