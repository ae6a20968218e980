package dev.launchlint.cli.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through chromedriver, and axe-core to check accessibility in it. The
 * browser tests skip, with the reason, where either is missing, unless the environment variable
 * {@code LAUNCHLINT_BROWSER_TESTS=required} (as {@code .ci/run} sets it) makes that a failure.
 * {@code cli/src/test/browser/setup.sh} installs both.
 */
final class Browser {

  /** Where setup.sh puts axe-core, seen from this module's folder. */
  static final Path AXE = Path.of("target", "axe", "axe.min.js");

  /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
  static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private Browser() {}

  /** A headless chromium with a fresh profile of its own, or the test is skipped (or failed when required). */
  static ChromeDriver start(Path profile) {
    Optional<Path> chromium = find("chromium", "chromium-browser");
    Optional<Path> driver = find("chromedriver");
    require(chromium.isPresent(), "no chromium on the PATH (cli/src/test/browser/setup.sh installs it)");
    require(driver.isPresent(), "no chromedriver on the PATH (Debian's chromium-driver; setup.sh installs it)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driver.get().toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return browser;
  }

  /** axe-core's script, or the test is skipped (or failed when required). */
  static String axe() throws IOException {
    require(Files.isRegularFile(AXE), "no axe-core at cli/" + AXE + " (cli/src/test/browser/setup.sh fetches it)");
    return Files.readString(AXE);
  }

  /**
   * The WCAG A and AA violations axe-core finds on the page shown now, as one line each (rule, impact,
   * how many elements, the first element), empty when there are none.
   */
  static List<String> violations(ChromeDriver browser, String axe) {
    JavascriptExecutor js = browser;
    js.executeScript(axe);
    Object result = js.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.length + ' element(s), e.g. '"
            + " + v.nodes[0].target.join(' ') + ' ' + (v.nodes[0].failureSummary || '').replace(/\\s+/g, ' '))))"
            + ".catch(e => done(['axe failed: ' + e]));",
        WCAG_AA);
    @SuppressWarnings("unchecked")
    List<String> lines = (List<String>) result;
    return lines;
  }

  private static void require(boolean present, String reason) {
    if (present) {
      return;
    }
    if ("required".equals(System.getenv("LAUNCHLINT_BROWSER_TESTS"))) {
      fail("browser tests are required here, but " + reason);
    }
    Assumptions.abort("browser test skipped: " + reason);
  }

  private static Optional<Path> find(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
