package dev.launchlint.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.AuditOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code launchlint serve} in a real browser: Debian's chromium through chromedriver, the page
 * served by the real server, kits audited by the real pipeline (Tika, OpenNLP, Lucene). Skips with
 * a reason where chromium, its driver or axe-core is missing, unless
 * {@code LAUNCHLINT_BROWSER_TESTS=required} (see {@link Browser}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeBrowserTest {

  static final Path SAMPLE = Path.of("..", "corpus", "kits", "sample");
  /** Audits on a loaded two-core machine can take a while; nothing here asserts a time. */
  static final Duration AUDIT = Duration.ofMinutes(4);

  private Path work;
  private Path kitFolder;
  private WebServer server;
  private ChromeDriver browser;

  @BeforeAll
  void start() throws IOException {
    work = Files.createTempDirectory("launchlint-browser-test-");
    kitFolder = work.resolve("served").resolve("sample");
    copy(SAMPLE, kitFolder);
    server = WebServer.start(kitFolder, 0, AuditOptions.DEFAULTS.withJobs(2), 64L << 20);
    browser = Browser.start(work.resolve("profile"));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      Path temporary = server.temporary();
      server.close();
      assertFalse(Files.exists(temporary), "the uploads' temporary folder is removed on close");
    }
    dev.launchlint.kit.KitArchive.deleteTree(work);
  }

  /**
   * The path of a person with a kit from a shared drive: upload it as a zip, wait for the report,
   * filter to the high findings, waive one and see it waived; a document holding a script shows it
   * as text, and the launchlint.yml to download carries the waiver.
   */
  @Test
  void uploadedZipIsAuditedFilteredAndWaived() throws IOException {
    // A web page whose text, as a reader sees it, holds markup: what a deck or a page quoting code
    // gives the extractor.
    Map<String, String> extra = Map.of("marketing/hostile-faq.html",
        "<html><body><h1>Questions people ask</h1><p>Is it safe? &lt;script&gt;window.pwned = 1&lt;/script&gt;"
            + " Yes, and &lt;img src=x onerror=\"window.pwned = 2\"&gt; it stays text.</p></body></html>\n");
    Path zip = zip(SAMPLE, extra, true, work.resolve("sample-kit.zip"));
    home();
    upload(zip);
    waitForReport();

    List<WebElement> all = findings();
    long high = all.stream().filter(a -> "high".equals(a.getAttribute("data-severity"))).count();
    assertTrue(high > 0 && high < all.size(), "the sample kit has high and other findings: " + high + " of " + all.size());
    new Select(browser.findElement(By.id("f-severity"))).selectByValue("high");
    List<WebElement> shown = findings();
    assertEquals(high, shown.size(), "filtered to high");
    assertTrue(shown.stream().allMatch(a -> "high".equals(a.getAttribute("data-severity"))));

    String id = waiveFirst("Legal signed off the wording", "Dana Reyes");
    assertTrue(browser.findElement(By.id("dl-yml")).isDisplayed(), "an uploaded kit offers its launchlint.yml");
    String yml = (String) browser.executeAsyncScript(
        "const done = arguments[0]; fetch(document.getElementById('dl-yml').href).then(r => r.text()).then(done);");
    assertTrue(yml.contains("id: \"" + id + "\"") && yml.contains("owner: \"Dana Reyes\""), yml);

    // The hostile document: its markup is shown as text, and nothing of it runs.
    WebElement read = browser.findElement(By.cssSelector("button[aria-label='Read the text of marketing/hostile-faq.html']"));
    read.click();
    WebElement units = wait(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//ol[@id='doc-units']/li[contains(., 'window.pwned = 1')]")));
    assertTrue(units.getText().contains("<script>window.pwned = 1</script>"), units.getText());
    assertTrue(units.getText().contains("<img src=x onerror=\"window.pwned = 2\">"), units.getText());
    assertNull(browser.executeScript("return window.pwned === undefined ? null : window.pwned;"));
    assertEquals(1L, browser.executeScript("return document.scripts.length;"), "only the page's own script");
    browser.findElement(By.id("doc-close")).click();
  }

  /**
   * A kit whose files came down in one flat folder: the page proposes a team for each file from its
   * name and text, and the person corrects one before the audit.
   */
  @Test
  void flatZipGetsTeamsProposedAndCorrected() throws IOException {
    Path zip = zip(SAMPLE, Map.of(), false, work.resolve("flat-kit.zip"));
    home();
    upload(zip);
    wait(AUDIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("view-files")));
    Map<String, String> proposed = new TreeMap<>();
    for (WebElement s : browser.findElements(By.cssSelector("#file-rows select"))) {
      proposed.put(s.getAttribute("data-path"), new Select(s).getFirstSelectedOption().getAttribute("value"));
    }
    assertEquals(Map.of("landing-page.html", "marketing", "launch-email.txt", "marketing",
        "pitch-deck.pptx", "sales", "positioning-brief.md", "strategy", "release-notes.docx", "product"), proposed);
    assertTrue(browser.findElement(By.id("file-rows")).getText().contains("Proposed: the name says sales deck"));
    new Select(browser.findElement(By.cssSelector("select[data-path='launch-email.txt']"))).selectByValue("sales");
    browser.findElement(By.id("files-audit")).click();
    waitForReport();
    WebElement row = browser.findElement(By.xpath("//tbody[@id='doc-rows']/tr[td/code[text()='launch-email.txt']]"));
    assertTrue(row.getText().contains("sales"), "the person's choice is audited: " + row.getText());
  }

  /**
   * A kit folder on disk: a waiver is appended to its launchlint.yml and nothing else changes; a
   * change to one of its files audits it again while the page is open.
   */
  @Test
  void kitFolderTakesTheWaiverAndIsAuditedAgainWhenAFileChanges() throws IOException {
    Map<String, byte[]> before = snapshot(kitFolder);
    home();
    WebElement open = wait(Duration.ofSeconds(30)).until(
        ExpectedConditions.elementToBeClickable(By.cssSelector("#kit-list a[aria-label='Audit sample']")));
    open.click();
    waitForReport();
    String id = waiveFirst("Sales deck is corrected in the next print run", "Sam Okafor");
    String yml = Files.readString(kitFolder.resolve("launchlint.yml"));
    assertTrue(yml.contains("id: \"" + id + "\""), yml);
    Map<String, byte[]> after = snapshot(kitFolder);
    after.remove("launchlint.yml");
    assertEquals(before.keySet(), after.keySet(), "no document was added or removed");
    before.forEach((p, b) -> assertTrue(java.util.Arrays.equals(b, after.get(p)), p + " is untouched"));

    Files.writeString(kitFolder.resolve("marketing/launch-email.txt"), "\nP.S. Formlane now has 80 templates.\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    wait(AUDIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("reaudit"),
        "marketing/launch-email.txt changed"));
    waitForReport();
    wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#waived article[data-id='" + id + "']")));
  }

  /** No WCAG 2.2 A or AA violation on the page's views, nor on the HTML report. */
  @Test
  void pagesAndHtmlReportHaveNoWcagViolations() throws IOException {
    String axe = Browser.axe();
    home();
    wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("kit-list")));
    assertEquals(List.of(), Browser.violations(browser, axe), "home page");

    upload(zip(SAMPLE, Map.of(), false, work.resolve("flat-for-axe.zip")));
    wait(AUDIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("view-files")));
    assertEquals(List.of(), Browser.violations(browser, axe), "files and teams");

    browser.findElement(By.id("files-audit")).click();
    waitForReport();
    findings().get(0).findElement(By.cssSelector("button.waive")).click();
    assertEquals(List.of(), Browser.violations(browser, axe), "report, with a waiver form open");

    browser.findElement(By.cssSelector("button.open-doc")).click();
    wait(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-units li")));
    assertEquals(List.of(), Browser.violations(browser, axe), "a document's text");
    browser.findElement(By.id("doc-close")).click();

    String html = browser.findElement(By.id("dl-html")).getAttribute("href");
    browser.get(html);
    wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("findings")));
    assertEquals(List.of(), Browser.violations(browser, axe), "the HTML report");
  }

  // ---- helpers

  private void home() {
    browser.get(server.url().toString());
    wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("view-home")));
  }

  private void upload(Path zip) {
    browser.findElement(By.id("pick-zip")).sendKeys(zip.toAbsolutePath().toString());
  }

  private void waitForReport() {
    wait(AUDIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("view-report")));
    wait(AUDIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#findings article, #findings .empty")));
  }

  private List<WebElement> findings() {
    return browser.findElements(By.cssSelector("#findings article.finding"));
  }

  /** Waives the first finding shown and waits until the page shows it waived; returns its id. */
  private String waiveFirst(String reason, String owner) {
    WebElement first = findings().get(0);
    String id = first.getAttribute("data-id");
    first.findElement(By.cssSelector("button.waive")).click();
    browser.findElement(By.id("w-" + id + "-reason")).sendKeys(reason);
    browser.findElement(By.id("w-" + id + "-owner")).sendKeys(owner);
    first.findElement(By.cssSelector("form.waive-form button[type='submit']")).click();
    WebElement waived = wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#waived article[data-id='" + id + "']")));
    assertTrue(waived.getText().contains("Waived by " + owner), waived.getText());
    assertTrue(browser.findElements(By.cssSelector("#findings article[data-id='" + id + "']")).isEmpty(),
        "a waived finding leaves the open ones");
    return id;
  }

  private WebDriverWait wait(Duration d) {
    return new WebDriverWait(browser, d);
  }

  /** The kit's files in a zip: under their folders and one top folder, or all flat. */
  static Path zip(Path kit, Map<String, String> extra, boolean folders, Path to) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    for (Map.Entry<String, byte[]> e : snapshot(kit).entrySet()) {
      if (!e.getKey().equals("expected.json")) {
        String name = folders ? "sample/" + e.getKey() : Path.of(e.getKey()).getFileName().toString();
        entries.put(name, e.getValue());
      }
    }
    extra.forEach((k, v) -> entries.put((folders ? "sample/" : "") + k, v.getBytes(StandardCharsets.UTF_8)));
    try (OutputStream out = Files.newOutputStream(to); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return to;
  }

  static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  static void copy(Path from, Path to) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(from)) {
      s.forEach(all::add);
    }
    for (Path p : all) {
      Path target = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target);
      }
    }
  }
}
