package dev.launchlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.launchlint.Launchlint;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF of a corpus kit passes Microsoft's SARIF multitool with no error and no warning. Runs
 * when {@code npx} is on the PATH and the multitool is in npm's cache; the test never downloads
 * ({@code npx --offline}): {@code .ci/run} puts it in the cache first. Otherwise it is skipped,
 * saying why.
 */
class SarifValidatorTest {

  static final String TOOL = "@microsoft/sarif-multitool@5.7.0";

  @Test
  void multitoolFindsNothingToSayAboutACorpusReport(@TempDir Path dir) throws Exception {
    assumeTrue(run(dir, "--version").exit == 0, "npx or " + TOOL + " is not available offline (npx on the PATH,"
        + " and `npx -y " + TOOL + " --version` once to cache it); the SARIF validation is skipped");
    Report report = Launchlint.audit(CorpusKits.kits().resolve("sample"), StableIdsTest.OPTIONS);
    Path sarif = dir.resolve("report.sarif");
    try (Writer w = Files.newBufferedWriter(sarif, StandardCharsets.UTF_8)) {
      ReportFormat.SARIF.render(report, w);
    }
    Path log = dir.resolve("validation.sarif");
    Outcome validated = run(dir, "validate", sarif.toString(), "-o", log.toString(), "--log", "ForceOverwrite");
    assertEquals(0, validated.exit, validated.output);
    JsonNode results = new ObjectMapper().readTree(log.toFile()).path("runs").get(0).path("results");
    List<String> complaints = new ArrayList<>();
    for (JsonNode r : results) {
      String level = r.path("level").asText("warning"); // SARIF's default level is warning
      if (!level.equals("note") && !level.equals("none")) {
        complaints.add(level + " " + r.path("ruleId").asText() + ": " + r.path("message").path("text").asText());
      }
    }
    assertEquals(List.of(), complaints, validated.output);
  }

  private record Outcome(int exit, String output) {}

  private static Outcome run(Path dir, String... args) throws InterruptedException {
    List<String> command = new ArrayList<>(List.of("npx", "--offline", "--yes", TOOL));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Outcome(-1, "timed out");
      }
      return new Outcome(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Outcome(-1, "npx cannot be started: " + e.getMessage());
    }
  }
}
