package dev.launchlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.AuditOptions;
import dev.launchlint.Launchlint;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding's id follows what is contested, not where it is said: on a copy of a corpus kit, renaming
 * a file that findings quote and rewriting a paragraph no finding quotes keep every id.
 */
class StableIdsTest {

  static final AuditOptions OPTIONS = AuditOptions.DEFAULTS.withJobs(2);

  @Test
  void idsSurviveARenameAndAnUnrelatedEdit(@TempDir Path dir) throws IOException {
    Path kit = copy(CorpusKits.kits().resolve("sample"), dir.resolve("sample"));
    Map<String, String> before = ids(Launchlint.audit(kit, OPTIONS));
    assertTrue(before.size() >= 5, "the sample kit has findings of every type: " + before);
    assertTrue(quoted(Launchlint.audit(kit, OPTIONS), "marketing/landing-page.html"),
        "a finding quotes the file about to be renamed");

    Files.move(kit.resolve("marketing/landing-page.html"), kit.resolve("marketing/pricing-and-plans.html"));
    Path email = kit.resolve("marketing/launch-email.txt");
    String text = Files.readString(email, StandardCharsets.UTF_8);
    String paragraph = "Want a tour? Join our live launch webinar on 12 March at 5pm CET, or reply to this e-mail"
        + " and a specialist will get in touch.";
    assertTrue(text.contains(paragraph), "the paragraph to rewrite is in the e-mail");
    Files.writeString(email, text.replace(paragraph,
        "Questions about the move to 3.0? Our customer team answers every reply within a working day."
            + "\n\nSee you at the webinar."), StandardCharsets.UTF_8);

    Report after = Launchlint.audit(kit, OPTIONS);
    assertTrue(quoted(after, "marketing/pricing-and-plans.html"), "the renamed file is still quoted");
    assertFalse(quoted(after, "marketing/landing-page.html"));
    assertEquals(before, ids(after), "the same findings keep the same ids");
  }

  /** Id to type and summary, sorted by id: what a reader would compare by eye. */
  private static Map<String, String> ids(Report r) {
    Map<String, String> out = new TreeMap<>();
    for (Finding f : r.findings()) {
      out.put(f.id(), f.type().id() + " " + f.attribute());
    }
    return out;
  }

  private static boolean quoted(Report r, String path) {
    return r.findings().stream().flatMap(f -> f.evidence().stream()).map(Evidence::path).anyMatch(path::equals);
  }

  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("expected.json")) {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
