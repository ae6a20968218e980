package dev.launchlint.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.AuditOptions;
import dev.launchlint.Launchlint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionInferenceTest {

  /** The labelled kits of the repository, seen from this module's folder. */
  static final Path KITS = Path.of("..", "corpus", "kits");

  @Test
  void namesSayTheKindOfDocument() {
    assertEquals(BusinessFunction.SALES, fn("pitch-deck.pptx"));
    assertEquals(BusinessFunction.SALES, fn("Competitive_Battlecard.pdf"));
    assertEquals(BusinessFunction.SALES, fn("follow-up-email.md"));
    assertEquals(BusinessFunction.MARKETING, fn("launch-email.txt"));
    assertEquals(BusinessFunction.MARKETING, fn("product-page.html"));
    assertEquals(BusinessFunction.MARKETING, fn("press-release.docx"));
    assertEquals(BusinessFunction.MARKETING, fn("LandingPage v2.html"));
    assertEquals(BusinessFunction.PRODUCT, fn("product-spec.odt"));
    assertEquals(BusinessFunction.PRODUCT, fn("release-notes.docx"));
    assertEquals(BusinessFunction.PRODUCT, fn("sync-2-prd.pdf"));
    assertEquals(BusinessFunction.STRATEGY, fn("positioning-brief.md"));
    assertEquals(BusinessFunction.PRODUCT, fn("feature-brief.pdf"));
    assertEquals(BusinessFunction.MARKETING, fn("website/notes.txt"));
    assertEquals("the name says sales deck", FunctionInference.infer("pitch-deck.pptx", "").orElseThrow().reason());
  }

  @Test
  void textSaysWhenTheNameDoesNot() {
    InferredFunction sales = FunctionInference.infer("q3.docx",
        "When they say the competitor is cheaper: handle the objection with total cost. Discovery questions"
            + " for every prospect.").orElseThrow();
    assertEquals(BusinessFunction.SALES, sales.function());
    assertTrue(sales.reason().startsWith("its text reads like sales material ("), sales.reason());
    assertEquals(Optional.empty(), FunctionInference.infer("notes.txt", "Lunch at noon."));
    assertEquals(BusinessFunction.SALES, fn("untitled.pptx"));
  }

  /**
   * Every corpus kit flattened into one folder, as a drive's download may give it: the proposal for
   * each file against the function its folder gave it in the kit. The sample kit must come out
   * right file by file, and nearly all the rest too.
   */
  @Test
  void flattenedCorpusKitsGetTheirFunctionsBack(@TempDir Path tmp) throws IOException {
    int right = 0;
    int all = 0;
    List<String> wrong = new ArrayList<>();
    List<Path> kits;
    try (Stream<Path> s = Files.list(KITS)) {
      kits = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path kitDir : kits) {
      Kit kit = KitScanner.scan(kitDir);
      Path flat = tmp.resolve(kitDir.getFileName());
      Files.createDirectories(flat);
      Map<String, BusinessFunction> truth = new TreeMap<>();
      for (KitFile f : kit.files()) {
        String base = Path.of(f.path()).getFileName().toString();
        Files.copy(f.file(), flat.resolve(base));
        truth.put(base, f.function());
      }
      Map<String, BusinessFunction> proposed = Launchlint.inferFunctions(KitScanner.scan(flat), AuditOptions.DEFAULTS.withJobs(2))
          .stream().collect(Collectors.toMap(InferredFunction::path, InferredFunction::function));
      for (Map.Entry<String, BusinessFunction> e : truth.entrySet()) {
        all++;
        if (e.getValue() == proposed.get(e.getKey())) {
          right++;
        } else {
          wrong.add(kitDir.getFileName() + "/" + e.getKey() + " " + e.getValue() + " -> " + proposed.get(e.getKey()));
        }
      }
      if (kitDir.getFileName().toString().equals("sample")) {
        assertEquals(truth, proposed, "sample kit, flattened");
      }
    }
    System.out.printf("function inference on the flattened corpus: %d/%d right; wrong: %s%n", right, all, wrong);
    assertTrue(right >= all * 0.9, right + "/" + all + " right; wrong: " + wrong);
  }

  private static BusinessFunction fn(String path) {
    return FunctionInference.infer(path, "").map(InferredFunction::function).orElse(null);
  }
}
