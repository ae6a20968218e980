package dev.launchlint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.KitFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real Tika on real files of every launch format: units, kinds and locations. */
class FormatsTest {

  private static final TextExtractor EXTRACTOR = TextExtractor.tika(ExtractionLimits.DEFAULTS);

  @TempDir Path dir;

  static ExtractedDocument extract(Path file) {
    ExtractedDocument doc = EXTRACTOR.extract(new KitFile("product/" + file.getFileName(), file, BusinessFunction.PRODUCT, null));
    ExtractionInvariants.check(doc, ExtractionLimits.DEFAULTS.maxChars());
    return doc;
  }

  static TextUnit unit(ExtractedDocument doc, String containing) {
    return doc.units().stream().filter(u -> u.text().contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no unit with '" + containing + "' in " + doc.path() + ": "
            + doc.units().stream().map(TextUnit::text).toList()));
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return TestDocuments.write(dir, name, bytes);
  }

  @Test
  void pdfUnitsCarryTheirPage() throws Exception {
    Path pdf = write("spec.pdf", TestDocuments.pdf(List.of(
        List.of("Our platform keeps 99.9% uptime."), List.of("Pricing starts at $49 per month.")), null));
    ExtractedDocument doc = extract(pdf);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals("application/pdf", doc.mediaType());
    assertEquals(1, unit(doc, "99.9% uptime").location().page());
    assertEquals(2, unit(doc, "$49 per month").location().page());
  }

  @Test
  void docxHeadingsListsAndTableRows() throws Exception {
    Path docx = write("spec.docx", TestDocuments.docx(List.of(
        "#Overview", "The service keeps 99.9% uptime.", "- Single sign-on", "#Pricing", "|Plan|Price", "|Pro|$49 per month")));
    ExtractedDocument doc = extract(docx);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals(UnitKind.HEADING, unit(doc, "Overview").kind());
    assertEquals("Overview", unit(doc, "99.9% uptime").location().heading());
    TextUnit bullet = unit(doc, "Single sign-on");
    assertEquals(UnitKind.LIST_ITEM, bullet.kind());
    assertEquals("Overview", bullet.location().heading());
    TextUnit row = unit(doc, "$49 per month");
    assertEquals(UnitKind.TABLE_ROW, row.kind());
    assertEquals("Pro | $49 per month", row.text());
    assertEquals("Pricing", row.location().heading());
  }

  @Test
  void pptxBulletsAreUnitsWithSlidesAndNotes() throws Exception {
    Path pptx = write("deck.pptx", TestDocuments.pptx(
        List.of(List.of("Fastest setup in the market", "No credit card needed"), List.of("SOC 2 certified")),
        Arrays.asList(null, "Do not promise HIPAA yet")));
    ExtractedDocument doc = extract(pptx);
    assertEquals(DocumentStatus.PARSED, doc.status());
    TextUnit bullet = unit(doc, "No credit card needed");
    assertEquals(UnitKind.LIST_ITEM, bullet.kind());
    assertEquals("No credit card needed", bullet.text());
    assertEquals(1, bullet.location().slide());
    assertFalse(bullet.location().notes());
    assertEquals(2, unit(doc, "SOC 2 certified").location().slide());
    TextUnit note = unit(doc, "Do not promise HIPAA");
    assertEquals(UnitKind.NOTE, note.kind());
    assertEquals(2, note.location().slide());
    assertTrue(note.location().notes());
    assertEquals("slide 2 (notes)", note.location().label());
  }

  @Test
  void pptSlidesAreNumbered() throws Exception {
    Path ppt = write("deck.ppt", TestDocuments.ppt(List.of("Launch in May", "Priced at $49 per seat")));
    ExtractedDocument doc = extract(ppt);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals(1, unit(doc, "Launch in May").location().slide());
    assertEquals(2, unit(doc, "$49 per seat").location().slide());
  }

  @Test
  void xlsxRowsCarrySheetAndRow() throws Exception {
    Path xlsx = write("pricing.xlsx", TestDocuments.workbook(true, "Pricing", new int[] {0, 1, 2},
        new String[][] {{"Plan", "Price"}, {"Starter", "$19 per month"}, {"Pro", "$49 per month"}}));
    ExtractedDocument doc = extract(xlsx);
    assertEquals(DocumentStatus.PARSED, doc.status());
    TextUnit row = unit(doc, "$49 per month");
    assertEquals(UnitKind.TABLE_ROW, row.kind());
    assertEquals("Pro | $49 per month", row.text());
    assertEquals("Pricing", row.location().sheet());
    assertEquals(3, row.location().row());
    assertEquals("sheet Pricing row 3", row.location().label());
  }

  @Test
  void xlsxRowNumbersSurviveEmptyRowsAndSheets() throws Exception {
    Path xlsx = write("plans.xlsx", TestDocuments.workbook(true, "Plans", new int[] {0, 4, 9},
        new String[][] {{"Plan", "Price"}, {"Pro", "$49 per month"}, {"Footnote: prices exclude VAT"}}));
    ExtractedDocument doc = extract(xlsx);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals(5, unit(doc, "$49 per month").location().row());
    TextUnit single = unit(doc, "exclude VAT");
    assertEquals(UnitKind.TABLE_CELL, single.kind());
    assertEquals(10, single.location().row());
    assertEquals("Plans", single.location().sheet());
  }

  @Test
  void xlsRowNumbersSurviveEmptyRows() throws Exception {
    Path xls = write("pricing.xls", TestDocuments.workbook(false, "Plans", new int[] {0, 4},
        new String[][] {{"Plan", "Price"}, {"Pro", "$49 per month"}}));
    ExtractedDocument doc = extract(xls);
    assertEquals(DocumentStatus.PARSED, doc.status());
    TextUnit row = unit(doc, "$49 per month");
    assertEquals("Plans", row.location().sheet());
    assertEquals(5, row.location().row());
  }

  @Test
  void odtHeadingsAndLists() throws Exception {
    Path odt = write("brief.odt", TestDocuments.openDocument("application/vnd.oasis.opendocument.text",
        "<office:text><text:h text:outline-level=\"1\">Positioning</text:h>"
            + "<text:p>We lead with security.</text:p>"
            + "<text:list><text:list-item><text:p>Audit logs</text:p></text:list-item></text:list>"
            + "</office:text>"));
    ExtractedDocument doc = extract(odt);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals(UnitKind.HEADING, unit(doc, "Positioning").kind());
    assertEquals("Positioning", unit(doc, "lead with security").location().heading());
    TextUnit item = unit(doc, "Audit logs");
    assertEquals(UnitKind.LIST_ITEM, item.kind());
    assertEquals("Positioning", item.location().heading());
  }

  @Test
  void odsRowsAreTableRows() throws Exception {
    Path ods = write("pricing.ods", TestDocuments.openDocument("application/vnd.oasis.opendocument.spreadsheet",
        "<office:spreadsheet><table:table table:name=\"Pricing\">"
            + "<table:table-row><table:table-cell><text:p>Plan</text:p></table:table-cell><table:table-cell><text:p>Price</text:p></table:table-cell></table:table-row>"
            + "<table:table-row><table:table-cell><text:p>Pro</text:p></table:table-cell><table:table-cell><text:p>$49 per month</text:p></table:table-cell></table:table-row>"
            + "</table:table></office:spreadsheet>"));
    ExtractedDocument doc = extract(ods);
    assertEquals(DocumentStatus.PARSED, doc.status());
    TextUnit row = unit(doc, "$49 per month");
    assertEquals(UnitKind.TABLE_ROW, row.kind());
    assertEquals("Pro | $49 per month", row.text());
    assertEquals(2, row.location().row());
  }

  @Test
  void odpSlidesAreNumberedAndNotesMarked() throws Exception {
    Path odp = write("deck.odp", TestDocuments.openDocument("application/vnd.oasis.opendocument.presentation",
        "<office:presentation><draw:page draw:name=\"p1\"><draw:frame><draw:text-box>"
            + "<text:p>Launch in <text:span>May</text:span></text:p></draw:text-box></draw:frame></draw:page>"
            + "<draw:page draw:name=\"p2\"><draw:frame><draw:text-box>"
            + "<text:list><text:list-item><text:p>Zero-downtime<text:s/>upgrades</text:p></text:list-item></text:list>"
            + "</draw:text-box></draw:frame>"
            + "<draw:frame><table:table><table:table-row><table:table-cell><text:p>Pro</text:p></table:table-cell>"
            + "<table:table-cell><text:p>$49 per month</text:p></table:table-cell></table:table-row></table:table></draw:frame>"
            + "<presentation:notes><draw:frame><draw:text-box><text:p>Only on the Pro plan</text:p>"
            + "</draw:text-box></draw:frame></presentation:notes></draw:page></office:presentation>"));
    ExtractedDocument doc = extract(odp);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals(1, unit(doc, "Launch in May").location().slide());
    TextUnit bullet = unit(doc, "Zero-downtime upgrades");
    assertEquals(UnitKind.LIST_ITEM, bullet.kind());
    assertEquals(2, bullet.location().slide());
    assertFalse(bullet.location().notes());
    TextUnit row = unit(doc, "$49 per month");
    assertEquals("Pro | $49 per month", row.text());
    assertEquals(UnitKind.TABLE_ROW, row.kind());
    assertEquals(2, row.location().slide());
    TextUnit note = unit(doc, "Only on the Pro plan");
    assertEquals(UnitKind.NOTE, note.kind());
    assertEquals(2, note.location().slide());
    assertTrue(note.location().notes());
  }

  @Test
  void htmlSkipsScriptsNavigationAndFooters() throws Exception {
    Path html = write("landing.html", ("<!DOCTYPE html><html><head><title>Acme</title><style>p{color:red}</style></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/pricing'>NavPricingLink</a></nav>"
        + "<h1>Acme Cloud</h1><p>Ship faster with Acme.</p>"
        + "<h2>Security</h2><ul><li><p>SOC 2 Type II</p></li><li>SSO on every plan</li></ul>"
        + "<script>var secret = 'ScriptText';</script>"
        + "<footer>FooterText All rights reserved</footer></body></html>").getBytes(StandardCharsets.UTF_8));
    ExtractedDocument doc = extract(html);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertFalse(doc.text().contains("NavPricingLink"), doc.text());
    assertFalse(doc.text().contains("ScriptText"), doc.text());
    assertFalse(doc.text().contains("FooterText"), doc.text());
    assertFalse(doc.text().contains("color:red"), doc.text());
    assertEquals(UnitKind.HEADING, unit(doc, "Acme Cloud").kind());
    assertEquals("Acme Cloud", unit(doc, "Ship faster").location().heading());
    TextUnit item = unit(doc, "SOC 2 Type II");
    assertEquals(UnitKind.LIST_ITEM, item.kind());
    assertEquals("Security", item.location().heading());
    assertEquals(UnitKind.LIST_ITEM, unit(doc, "SSO on every plan").kind());
  }

  @Test
  void markdownHeadingsBulletsAndTables() throws Exception {
    Path md = write("spec.md", ("# Acme Cloud\n\nThe service keeps 99.9% uptime.\n\n## Plans\n\n"
        + "- Starter: 3 users\n- Pro: unlimited users\n\n| Plan | Price |\n|---|---|\n| Pro | $49 per month |\n\n"
        + "```\nnot = a heading\n```\n").getBytes(StandardCharsets.UTF_8));
    ExtractedDocument doc = extract(md);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals(UnitKind.HEADING, unit(doc, "Acme Cloud").kind());
    assertEquals("Acme Cloud", unit(doc, "99.9% uptime").location().heading());
    TextUnit bullet = unit(doc, "Pro: unlimited users");
    assertEquals(UnitKind.LIST_ITEM, bullet.kind());
    assertEquals("Plans", bullet.location().heading());
    TextUnit row = unit(doc, "$49 per month");
    assertEquals(UnitKind.TABLE_ROW, row.kind());
    assertEquals("Pro | $49 per month", row.text());
    assertEquals(UnitKind.CODE, unit(doc, "not = a heading").kind());
  }

  @Test
  void rtfParagraphs() throws Exception {
    Path rtf = write("brief.rtf", ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Helvetica;}}\\f0\\pard Launch day is May 4.\\par"
        + "\\pard Caf\\'e9 pricing starts at $9.\\par}").getBytes(StandardCharsets.US_ASCII));
    ExtractedDocument doc = extract(rtf);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertEquals("Launch day is May 4.", unit(doc, "Launch day").text());
    assertTrue(unit(doc, "pricing starts").text().startsWith("Café"));
  }

  @Test
  void emlBodyIsReadAttachmentsAreNot() throws Exception {
    Path eml = write("followup.eml", ("From: ae@example.com\r\nTo: buyer@example.com\r\nSubject: Uptime\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nWe guarantee 99.99% uptime on every plan.\r\n"
        + "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Disposition: attachment; filename=\"old.txt\"\r\n\r\n"
        + "AttachedOldPriceList\r\n--b1--\r\n").getBytes(StandardCharsets.UTF_8));
    ExtractedDocument doc = extract(eml);
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertTrue(doc.mediaType().startsWith("message/rfc822"), doc.mediaType());
    unit(doc, "99.99% uptime");
    assertFalse(doc.text().contains("AttachedOldPriceList"), doc.text());
  }

  @ParameterizedTest(name = "{0} under locale {1}")
  @CsvSource({
      "UTF-8, tr-TR", "UTF-16LE-BOM, de-DE", "UTF-16BE-BOM, tr-TR", "windows-1252, de-DE",
      "windows-1252, tr-TR", "IBM866, en-US", "Shift_JIS, ja-JP", "UTF-8, en-US"})
  void plainTextInCommonEncodings(String encoding, String locale) throws Exception {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(locale));
    try {
      String text = switch (encoding) {
        case "IBM866" -> "Запуск продукта назначен на май. Цена составляет сорок девять долларов в месяц. "
            + "Мы гарантируем доступность сервиса на уровне девяноста девяти процентов.";
        case "Shift_JIS" -> "製品の発売は五月です。価格は月額四十九ドルです。サービスの稼働率は九十九パーセントを保証します。"
            + "すべてのプランでシングルサインオンを利用できます。";
        default -> "Café crème pricing: the naïve résumé says €49 per month — “guaranteed” uptime for every Façade team.";
      };
      String charset = encoding.replace("-BOM", "");
      byte[] body = (text + "\n\n" + text + "\n").getBytes(Charset.forName(charset));
      byte[] bytes = switch (encoding) {
        case "UTF-16LE-BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body);
        case "UTF-16BE-BOM" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, body);
        default -> body;
      };
      ExtractedDocument doc = extract(write("notes-" + encoding + ".txt", bytes));
      assertEquals(DocumentStatus.PARSED, doc.status(), doc.error());
      assertEquals(2, doc.units().size(), doc.units().toString());
      assertEquals(text, doc.units().get(0).text());
      assertEquals(UnitKind.PARAGRAPH, doc.units().get(0).kind());
      assertNull(doc.units().get(0).location().page());
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void invalidUtf8IsReadWithReplacements() throws Exception {
    byte[] bytes = concat("Valid start: 99.9% uptime. ".getBytes(StandardCharsets.UTF_8),
        concat(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xE2, (byte) 0x82},
            " and a valid end of the paragraph.".getBytes(StandardCharsets.UTF_8)));
    ExtractedDocument doc = extract(write("broken.txt", bytes));
    assertEquals(DocumentStatus.PARSED, doc.status());
    assertTrue(unit(doc, "Valid start").text().contains("valid end"), doc.text());
  }

  @Test
  void unassignedFilesAreListedNotRead() throws Exception {
    Path file = write("notes.txt", "some notes".getBytes(StandardCharsets.UTF_8));
    ExtractedDocument doc = EXTRACTOR.extract(new KitFile("notes.txt", file, null, null));
    assertEquals(DocumentStatus.UNASSIGNED, doc.status());
    assertTrue(doc.units().isEmpty());
    ExtractionInvariants.check(doc, ExtractionLimits.DEFAULTS.maxChars());
    assertTrue(Files.exists(file));
  }
}
