package dev.launchlint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitFile;
import dev.launchlint.kit.KitScanner;
import dev.launchlint.kit.KitSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files: each ends with the right status and a one-line reason, never throws,
 * never leaks a local file, and the next document is read as usual.
 */
class HostileInputTest {

  private static final long SEED = Long.getLong("launchlint.seed", System.nanoTime());
  private static final String SECRET = "TOP-SECRET-LOCAL-FILE-CONTENT-7f3a";

  @TempDir Path dir;

  private final TextExtractor extractor = TextExtractor.tika(ExtractionLimits.DEFAULTS);

  private ExtractedDocument extract(TextExtractor with, ExtractionLimits limits, String name, byte[] bytes) throws IOException {
    Path file = TestDocuments.write(dir, "product/" + name, bytes);
    ExtractedDocument doc = with.extract(new KitFile("product/" + name, file, BusinessFunction.PRODUCT, null));
    ExtractionInvariants.check(doc, limits.maxChars());
    return doc;
  }

  private ExtractedDocument extract(String name, byte[] bytes) throws IOException {
    return extract(extractor, ExtractionLimits.DEFAULTS, name, bytes);
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    new Random(SEED).nextBytes(b);
    return b;
  }

  @Test
  void zeroBytesIsEmpty() throws Exception {
    ExtractedDocument doc = extract("blank.docx", new byte[0]);
    assertEquals(DocumentStatus.EMPTY, doc.status());
    assertEquals("zero bytes", doc.error());
  }

  @Test
  void randomBytesUnderOfficeNamesAreCorrupt() throws Exception {
    for (String name : List.of("random.pdf", "random.docx", "random.pptx", "random.xlsx")) {
      ExtractedDocument doc = extract(name, randomBytes(4096));
      assertEquals(DocumentStatus.CORRUPT, doc.status(), name + " (seed " + SEED + "): " + doc.error());
    }
  }

  @Test
  void mislabelledFileIsReadForWhatItIs() throws Exception {
    byte[] pdf = TestDocuments.pdf(List.of(List.of("Really a PDF about 99.9% uptime.")), null);
    ExtractedDocument doc = extract("looks-like-a.docx", pdf);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals("application/pdf", doc.mediaType());
    assertEquals(1, FormatsTest.unit(doc, "99.9% uptime").location().page());
  }

  @Test
  void truncatedPdfIsCorrupt() throws Exception {
    byte[] pdf = TestDocuments.pdf(List.of(List.of("First page text."), List.of("Second page text.")), null);
    ExtractedDocument doc = extract("cut.pdf", Arrays.copyOf(pdf, 200));
    assertEquals(DocumentStatus.CORRUPT, doc.status(), doc.error());
  }

  @Test
  void corruptZipContainerIsCorrupt() throws Exception {
    byte[] docx = TestDocuments.docx(List.of("Some text that will be damaged."));
    byte[] damaged = docx.clone();
    Random random = new Random(SEED);
    for (int i = 400; i < damaged.length - 100; i += 7) {
      damaged[i] = (byte) random.nextInt();
    }
    ExtractedDocument doc = extract("damaged.docx", damaged);
    assertEquals(DocumentStatus.CORRUPT, doc.status(), "seed " + SEED + ": " + doc.error());
  }

  @Test
  void encryptedPdfIsEncrypted() throws Exception {
    byte[] pdf = TestDocuments.pdf(List.of(List.of("Confidential roadmap.")), "s3cret");
    ExtractedDocument doc = extract("locked.pdf", pdf);
    assertEquals(DocumentStatus.ENCRYPTED, doc.status(), doc.error());
    assertEquals("encrypted or password-protected", doc.error());
  }

  @Test
  void encryptedOoxmlIsEncrypted() throws Exception {
    byte[] docx = TestDocuments.encryptOoxml(TestDocuments.docx(List.of("Confidential pricing.")), "s3cret");
    ExtractedDocument doc = extract("locked.docx", docx);
    assertEquals(DocumentStatus.ENCRYPTED, doc.status(), doc.error());
    byte[] xlsx = TestDocuments.encryptOoxml(TestDocuments.workbook(true, "S", new int[] {0}, new String[][] {{"x"}}), "s3cret");
    assertEquals(DocumentStatus.ENCRYPTED, extract("locked.xlsx", xlsx).status());
  }

  @Test
  void zipBombFailsAloneAsTooLarge() throws Exception {
    byte[] bomb = docxWithDocumentXml(out -> {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
          .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        out.write(spaces);
      }
      out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    });
    assertTrue(bomb.length < 200_000, "a bomb is small: " + bomb.length);
    ExtractedDocument doc = extract("bomb.docx", bomb);
    assertEquals(DocumentStatus.TOO_LARGE, doc.status(), doc.error());
    assertTrue(doc.error().contains("zip bomb"), doc.error());
    // the next document is read as usual
    assertEquals(DocumentStatus.PARSED, extract("fine.docx", TestDocuments.docx(List.of("Fine text."))).status());
  }

  /** A DOCX made by POI with word/document.xml replaced by what {@code body} writes. */
  private static byte[] docxWithDocumentXml(IoConsumer<OutputStream> body) throws IOException {
    byte[] template = TestDocuments.docx(List.of("template"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          body.accept(zip);
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  interface IoConsumer<T> {
    void accept(T t) throws IOException;
  }

  @Test
  void odpBombAndEncryptedOdpFailAlone() throws Exception {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.presentation".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">".getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
      zip.write("</office:document-content>".getBytes(StandardCharsets.UTF_8));
    }
    ExtractedDocument doc = extract("bomb.odp", bomb.toByteArray());
    assertEquals(DocumentStatus.TOO_LARGE, doc.status(), doc.error());

    ByteArrayOutputStream locked = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(locked)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.presentation".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data manifest:checksum=\"x\"/>"
          + "</manifest:file-entry></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(randomBytes(2000));
    }
    assertEquals(DocumentStatus.ENCRYPTED, extract("locked.odp", locked.toByteArray()).status());
    assertEquals(DocumentStatus.CORRUPT, extract("random.odp", randomBytes(3000)).status());
  }

  @Test
  void xxeInDocxNeverLeaksALocalFile() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    byte[] docx = docxWithDocumentXml(out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8)));
    ExtractedDocument doc = extract("xxe.docx", docx);
    assertNoSecret(doc);
    assertEquals(DocumentStatus.CORRUPT, doc.status());
  }

  @Test
  void xxeInXmlAndHtmlNeverLeaksALocalFile() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<r><p>Before &xxe; after</p></r>";
    assertNoSecret(extract("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8)));
    assertNoSecret(extract("xxe.html", xxe.replace("<r>", "<html><body>").replace("</r>", "</body></html>").getBytes(StandardCharsets.UTF_8)));
    assertNoSecret(extract("xxe.svg", xxe.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertNoSecret(ExtractedDocument doc) {
    assertFalse(doc.text().contains(SECRET), doc.path() + " leaked: " + doc.text());
    assertFalse(String.valueOf(doc.error()).contains(SECRET), doc.path() + " leaked: " + doc.error());
    assertTrue(doc.units().stream().noneMatch(u -> u.text().contains(SECRET)));
  }

  @Test
  void entityExpansionIsRefused() throws Exception {
    StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    lol.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
    for (int i = 2; i <= 9; i++) {
      lol.append("<!ENTITY lol").append(i).append(" \"");
      lol.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    lol.append("]><lolz>&lol9;</lolz>");
    ExtractedDocument doc = extract("lol.xml", lol.toString().getBytes(StandardCharsets.UTF_8));
    assertTrue(doc.text().length() < 10_000, "no expansion: " + doc.text().length());
  }

  @Test
  void deeplyNestedHtmlFailsAlone() throws Exception {
    int depth = 200_000;
    String html = "<html><body>" + "<div>".repeat(depth) + "Deep claim: 99.9% uptime." + "</div>".repeat(depth) + "</body></html>";
    ExtractedDocument doc = extract("deep.html", html.getBytes(StandardCharsets.UTF_8));
    assertTrue(doc.status() == DocumentStatus.PARSED || doc.status() == DocumentStatus.CORRUPT, doc.status() + ": " + doc.error());
    assertEquals(DocumentStatus.PARSED, extract("shallow.html", "<p>Fine.</p>".getBytes(StandardCharsets.UTF_8)).status());
  }

  @Test
  void hugeTextIsCutAtTheCharacterLimit() throws Exception {
    ExtractionLimits limits = ExtractionLimits.DEFAULTS.withMaxChars(50_000);
    TextExtractor small = TextExtractor.tika(limits);
    String line = "Every plan includes 99.9% uptime and single sign-on for the whole team.\n\n";
    byte[] huge = line.repeat(8 * 1024 * 1024 / line.length()).getBytes(StandardCharsets.UTF_8);
    ExtractedDocument doc = extract(small, limits, "huge.txt", huge);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertTrue(doc.truncated());
    assertTrue(doc.error().contains("50000"), doc.error());
    assertTrue(doc.text().length() <= 50_000);
    // one endless line, no paragraph breaks
    ExtractedDocument oneLine = extract(small, limits, "one-line.txt", "word ".repeat(2_000_000).getBytes(StandardCharsets.UTF_8));
    assertTrue(oneLine.truncated());
    assertTrue(oneLine.text().length() <= 50_000);
  }

  @Test
  void hugeWorkbookIsCutAtTheCharacterLimit() throws Exception {
    ExtractionLimits limits = ExtractionLimits.DEFAULTS.withMaxChars(5_000);
    int n = 2_000;
    int[] idx = new int[n];
    String[][] rows = new String[n][];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
      rows[i] = new String[] {"Plan " + i, "$" + i + " per month"};
    }
    ExtractedDocument doc = extract(TextExtractor.tika(limits), limits, "big.xlsx", TestDocuments.workbook(true, "All", idx, rows));
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertTrue(doc.truncated());
  }

  @Test
  void overTheByteLimitIsTooLargeWithoutReading() throws Exception {
    ExtractionLimits limits = ExtractionLimits.DEFAULTS.withMaxBytes(1000);
    ExtractedDocument doc = extract(TextExtractor.tika(limits), limits, "big.txt", "x".repeat(5000).getBytes(StandardCharsets.UTF_8));
    assertEquals(DocumentStatus.TOO_LARGE, doc.status());
    assertTrue(doc.error().contains("over the limit"), doc.error());
  }

  @Test
  void aParseOverTheTimeLimitIsStoppedAndTheNextGoesOn() throws Exception {
    ExtractionLimits limits = ExtractionLimits.DEFAULTS.withTimeout(Duration.ofMillis(1));
    List<List<String>> pages = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      pages.add(List.of("Page " + i + " says the service keeps 99.9% uptime.", "Second line of page " + i + "."));
    }
    ExtractedDocument doc = extract(TextExtractor.tika(limits), limits, "slow.pdf", TestDocuments.pdf(pages, null));
    assertEquals(DocumentStatus.TIMEOUT, doc.status(), doc.error());
    assertTrue(doc.error().contains("longer than") || doc.error().contains("time limit"), doc.error());
    assertEquals(DocumentStatus.PARSED, extract("next.md", "# Next\n\nStill read.".getBytes(StandardCharsets.UTF_8)).status());
  }

  @Test
  void imagesArchivesAndProgramsAreUnsupported() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    assertEquals(DocumentStatus.UNSUPPORTED, extract("logo.png", png).status());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("inner.txt"));
      z.write("inner".getBytes(StandardCharsets.UTF_8));
    }
    ExtractedDocument archive = extract("bundle.zip", zip.toByteArray());
    assertEquals(DocumentStatus.UNSUPPORTED, archive.status());
    assertTrue(archive.error().contains("archive"), archive.error());
    byte[] elf = concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, randomBytes(512));
    assertEquals(DocumentStatus.UNSUPPORTED, extract("tool", elf).status());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aHostileKitIsReadToTheEndAndLeftUntouched() throws Exception {
    Path kit = dir.resolve("kit");
    TestDocuments.write(kit, "product/spec.md", "# Spec\n\n99.9% uptime.".getBytes(StandardCharsets.UTF_8));
    TestDocuments.write(kit, "product/random.pdf", randomBytes(3000));
    TestDocuments.write(kit, "sales/empty.pptx", new byte[0]);
    TestDocuments.write(kit, "sales/locked.pdf", TestDocuments.pdf(List.of(List.of("x")), "pw"));
    TestDocuments.write(kit, "marketing/page.html", "<h1>Hi</h1><p>Fast.</p>".getBytes(StandardCharsets.UTF_8));
    TestDocuments.write(kit, "README.txt", "about this kit".getBytes(StandardCharsets.UTF_8));
    String before = KitSnapshot.of(kit);
    Kit scanned = KitScanner.scan(kit);
    List<ExtractedDocument> docs = scanned.files().stream().map(extractor::extract).toList();
    ExtractionInvariants.checkKit(scanned, docs, ExtractionLimits.DEFAULTS.maxChars());
    assertEquals(List.of("unassigned", "parsed", "corrupt", "parsed", "empty", "encrypted"),
        docs.stream().map(d -> d.status().id()).toList(), docs.stream().map(ExtractedDocument::path).toList().toString());
    assertEquals(before, KitSnapshot.of(kit), "the kit is never written");
  }
}
