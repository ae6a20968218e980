package dev.launchlint.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.launchlint.LaunchlintException;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.ExtractionInvariants;
import dev.launchlint.extract.ExtractionLimits;
import dev.launchlint.extract.TextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KitScannerTest {

  @TempDir Path kit;

  private Path file(String relative, String content) throws IOException {
    Path f = kit.resolve(relative);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, content);
  }

  private static Map<String, KitFile> byPath(Kit k) {
    return k.files().stream().collect(Collectors.toMap(KitFile::path, Function.identity()));
  }

  @ParameterizedTest(name = "under locale {0}")
  @ValueSource(strings = {"en-US", "tr-TR", "de-DE"})
  void firstFolderNamesTheFunctionCaseInsensitively(String locale) throws IOException {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag(locale));
    try {
      file("PRODUCT/spec.md", "x");
      file("Specs/api.md", "x");
      file("mktg/landing.html", "x");
      file("BattleCards/vs-acme.pptx", "x");
      file("MESSAGING/framework.docx", "x");
      file("POSITIONING/brief.docx", "x");
      file("misc/notes.txt", "x");
      file("top.txt", "x");
      Map<String, KitFile> files = byPath(KitScanner.scan(kit));
      assertEquals(BusinessFunction.PRODUCT, files.get("PRODUCT/spec.md").function());
      assertEquals(BusinessFunction.PRODUCT, files.get("Specs/api.md").function());
      assertEquals(BusinessFunction.MARKETING, files.get("mktg/landing.html").function());
      assertEquals(BusinessFunction.SALES, files.get("BattleCards/vs-acme.pptx").function());
      assertEquals(BusinessFunction.STRATEGY, files.get("MESSAGING/framework.docx").function());
      assertEquals(BusinessFunction.STRATEGY, files.get("POSITIONING/brief.docx").function());
      assertNull(files.get("misc/notes.txt").function(), "unassigned, still listed");
      assertNull(files.get("top.txt").function());
      assertEquals(8, files.size());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void filesAreSortedAndPathsSlashSeparated() throws IOException {
    file("sales/b.md", "x");
    file("product/deep/er/a.md", "x");
    file("product/A.md", "x");
    List<String> paths = KitScanner.scan(kit).files().stream().map(KitFile::path).toList();
    assertEquals(List.of("product/A.md", "product/deep/er/a.md", "sales/b.md"), paths);
  }

  @Test
  void yamlGlobsAssignFunctionsAndFolderAliasesStillApply() throws IOException {
    file("launchlint.yml", """
        # which team wrote what
        functions:
          product: ["docs/specs/**", "*.prd.md"]
          sales:
            - "**/*battlecard*"
          strategy: positioning-brief.md
        """);
    file("docs/specs/api/limits.md", "x");
    file("launch.prd.md", "x");
    file("shared/acme-battlecard.pptx", "x");
    file("positioning-brief.md", "x");
    file("marketing/blog.md", "x");
    file("docs/other.md", "x");
    file("expected.json", "{}");
    Map<String, KitFile> files = byPath(KitScanner.scan(kit));
    assertEquals(BusinessFunction.PRODUCT, files.get("docs/specs/api/limits.md").function());
    assertEquals(BusinessFunction.PRODUCT, files.get("launch.prd.md").function());
    assertEquals(BusinessFunction.SALES, files.get("shared/acme-battlecard.pptx").function());
    assertEquals(BusinessFunction.STRATEGY, files.get("positioning-brief.md").function());
    assertEquals(BusinessFunction.MARKETING, files.get("marketing/blog.md").function(), "folders still count");
    assertNull(files.get("docs/other.md").function());
    assertFalse(files.containsKey("launchlint.yml"), "the kit's own config is not launch material");
    assertFalse(files.containsKey("expected.json"), "labels are not launch material");
    assertEquals(6, files.size());
  }

  @Test
  void jsonConfigWorksToo() throws IOException {
    file("launchlint.json", "{\"functions\": {\"marketing\": [\"site/**\"]}}");
    file("site/index.html", "x");
    Map<String, KitFile> files = byPath(KitScanner.scan(kit));
    assertEquals(BusinessFunction.MARKETING, files.get("site/index.html").function());
    assertFalse(files.containsKey("launchlint.json"));
  }

  @Test
  void malformedConfigIsAOneLineError() throws IOException {
    file("launchlint.yml", "functions: [product: {");
    LaunchlintException e = assertThrows(LaunchlintException.class, () -> KitScanner.scan(kit));
    assertEquals("discover", e.stage());
    assertTrue(e.getMessage().startsWith("launchlint.yml: not valid YAML"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    file("launchlint.yml", "functions:\n  legal: [\"*.md\"]\n");
    e = assertThrows(LaunchlintException.class, () -> KitScanner.scan(kit));
    assertTrue(e.getMessage().contains("unknown function 'legal'"), e.getMessage());
  }

  @Test
  void notAFolderIsAnError() throws IOException {
    Path f = file("product/spec.md", "x");
    assertThrows(LaunchlintException.class, () -> KitScanner.scan(f));
    assertThrows(LaunchlintException.class, () -> KitScanner.scan(kit.resolve("missing")));
  }

  @Test
  void linksAreListedWithAReasonAndNeverEscapeTheKit(@TempDir Path outside) throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.txt"), "outside secret");
    file("product/spec.md", "# Spec");
    Files.createSymbolicLink(kit.resolve("product/alias.md"), kit.resolve("product/spec.md"));
    Files.createSymbolicLink(kit.resolve("product/gone.md"), kit.resolve("product/nothing-here.md"));
    Files.createSymbolicLink(kit.resolve("product/loop-a"), kit.resolve("product/loop-b"));
    Files.createSymbolicLink(kit.resolve("product/loop-b"), kit.resolve("product/loop-a"));
    Files.createSymbolicLink(kit.resolve("product/up"), kit);
    Files.createSymbolicLink(kit.resolve("product/leak.txt"), secret);
    Files.createSymbolicLink(kit.resolve("product/outdir"), outside);
    String before = KitSnapshot.of(kit);
    Kit scanned = KitScanner.scan(kit);
    Map<String, KitFile> files = byPath(scanned);
    assertNull(files.get("product/alias.md").problem(), "a link inside the kit is read");
    assertTrue(files.get("product/gone.md").problem().contains("dangling"));
    assertTrue(files.get("product/loop-a").problem().contains("loop"), files.get("product/loop-a").problem());
    assertTrue(files.get("product/loop-b").problem().contains("loop"));
    assertTrue(files.get("product/up").problem().contains("folder: not followed"));
    assertTrue(files.get("product/leak.txt").problem().contains("outside the kit"));
    assertTrue(files.get("product/outdir").problem().contains("outside the kit"));
    assertEquals(8, files.size());

    TextExtractor extractor = TextExtractor.tika(ExtractionLimits.DEFAULTS);
    List<ExtractedDocument> docs = scanned.files().stream().map(extractor::extract).toList();
    ExtractionInvariants.checkKit(scanned, docs, ExtractionLimits.DEFAULTS.maxChars());
    for (ExtractedDocument d : docs) {
      assertFalse(d.text().contains("outside secret"), d.path());
      if (files.get(d.path()).problem() != null) {
        assertEquals(DocumentStatus.UNSUPPORTED, d.status(), d.path());
        assertEquals(files.get(d.path()).problem(), d.error());
      }
    }
    assertEquals(before, KitSnapshot.of(kit), "the kit is never written");
  }

  @Test
  void fifoIsListedAndNeverOpened() throws Exception {
    Path fifo = kit.resolve("sales/pipe.pptx");
    Files.createDirectories(fifo.getParent());
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo available");
    Files.createSymbolicLink(kit.resolve("sales/pipe-link.pptx"), fifo);
    Kit scanned = KitScanner.scan(kit);
    Map<String, KitFile> files = byPath(scanned);
    assertTrue(files.get("sales/pipe.pptx").problem().contains("special file"));
    assertTrue(files.get("sales/pipe-link.pptx").problem().contains("special file"));
    TextExtractor extractor = TextExtractor.tika(ExtractionLimits.DEFAULTS);
    // reading a FIFO would block forever: this returns because it is never opened
    ExtractedDocument doc = extractor.extract(files.get("sales/pipe.pptx"));
    assertEquals(DocumentStatus.UNSUPPORTED, doc.status());
    // and even a caller that hands a FIFO in without the scanner's verdict gets an answer
    ExtractedDocument direct = extractor.extract(new KitFile("sales/pipe.pptx", fifo, BusinessFunction.SALES, null));
    assertEquals(DocumentStatus.UNSUPPORTED, direct.status());
  }

  @Test
  void hiddenFoldersJunkAndLockFilesAreListedNotRead() throws IOException {
    file("product/spec.md", "# Spec");
    file("product/.DS_Store", "junk");
    file("product/~$spec.docx", "lock");
    file("sales/.~lock.deck.odp#", "lock");
    file("sales/._deck.pptx", "apple double");
    file("sales/.env", "API_KEY=abc");
    file(".git/objects/ab/cdef", "blob");
    file(".git/HEAD", "ref");
    Map<String, KitFile> files = byPath(KitScanner.scan(kit));
    assertNull(files.get("product/spec.md").problem());
    assertTrue(files.get("product/.DS_Store").problem().contains("system or lock file"));
    assertTrue(files.get("product/~$spec.docx").problem().contains("system or lock file"));
    assertTrue(files.get("sales/.~lock.deck.odp#").problem().contains("system or lock file"));
    assertTrue(files.get("sales/._deck.pptx").problem().contains("system or lock file"));
    assertTrue(files.get("sales/.env").problem().contains("hidden file"));
    assertTrue(files.get(".git").problem().contains("hidden folder"), "one entry for the whole folder");
    assertEquals(7, files.size(), files.keySet().toString());
  }

  @Test
  void unreadableFilesAreListedWithAReason() throws IOException {
    Path f = file("product/secret.md", "x");
    Path d = file("product/locked/inner.md", "x").getParent();
    assumeTrue(f.toFile().setReadable(false, false) && d.toFile().setReadable(false, false));
    try {
      assumeTrue(!Files.isReadable(f), "not running as root");
      Map<String, KitFile> files = byPath(KitScanner.scan(kit));
      assertTrue(files.get("product/secret.md").problem().contains("permission denied"));
      assertTrue(files.get("product/locked").problem().contains("cannot be read"));
    } finally {
      f.toFile().setReadable(true, false);
      d.toFile().setReadable(true, false);
    }
  }
}
