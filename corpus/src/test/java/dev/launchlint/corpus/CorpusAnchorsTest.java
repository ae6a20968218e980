package dev.launchlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.compare.FindingType;
import dev.launchlint.eval.Label;
import dev.launchlint.eval.Labels;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.ExtractionLimits;
import dev.launchlint.extract.TextExtractor;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.KitFile;
import dev.launchlint.score.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every committed kit reads cleanly through the real extractor, and every label can be found:
 * each anchor stands in an extracted unit of the functions the label names, as the label type
 * says (see corpus/README.md and DESIGN.md, Labels).
 */
class CorpusAnchorsTest {

  private static final Set<FindingType> CLAIMS = Set.of(FindingType.UNSUPPORTED_CLAIM, FindingType.OVERPROMISE);
  /** What a fragmented interpretation is made of: terms and emphasis that differ (DESIGN.md, Stages), a capability left out among them. */
  private static final Set<FindingType> DRIFTS = Set.of(FindingType.TERMINOLOGY_DRIFT, FindingType.POSITIONING_DRIFT,
      FindingType.OMISSION);

  private final TextExtractor extractor = TextExtractor.tika(ExtractionLimits.DEFAULTS);

  @Test
  void everyDocumentParsesAndEveryAnchorStandsWhereItsLabelSays() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Path> kits = CorpusKits.kitFolders(CorpusKits.kits());
    assertFalse(kits.isEmpty(), "no kits under " + CorpusKits.kits());
    int labels = 0;
    for (Path kit : kits) {
      String name = kit.getFileName().toString();
      Map<BusinessFunction, List<String>> texts = new EnumMap<>(BusinessFunction.class);
      for (KitFile file : CorpusKits.documents(kit)) {
        if (file.function() == null) {
          problems.add(name + "/" + file.path() + ": no function");
          continue;
        }
        ExtractedDocument doc = extractor.extract(file);
        if (doc.status() != DocumentStatus.PARSED) {
          problems.add(name + "/" + file.path() + ": " + doc.status().id() + " (" + doc.error() + ")");
        }
        // anchors must stand inside one unit: evidence quotes units, so an anchor split across
        // two (a heading and its paragraph, two table cells) could never be matched
        List<String> units = texts.computeIfAbsent(file.function(), f -> new ArrayList<>());
        doc.units().forEach(u -> units.add(CorpusKits.normalize(u.text())));
      }
      Labels expected = Labels.read(kit.resolve(Labels.FILE_NAME));
      problems.addAll(stageProblems(name, expected));
      int i = 0;
      for (Label label : expected.findings()) {
        i++;
        labels++;
        for (String p : anchorProblems(label, texts)) {
          problems.add(name + " label " + i + " (" + label.type().id() + " " + ids(label.functions()) + "): " + p);
        }
      }
    }
    assertTrue(labels > 0, "the corpus has no labels");
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }

  /** What is wrong with one label's anchors against the extracted texts, by function. */
  static List<String> anchorProblems(Label label, Map<BusinessFunction, List<String>> texts) {
    List<String> problems = new ArrayList<>();
    for (BusinessFunction f : label.functions()) {
      if (!texts.containsKey(f)) {
        problems.add("the kit has no " + f.id() + " document");
      }
    }
    for (String anchor : label.anchors()) {
      String a = CorpusKits.normalize(anchor);
      List<BusinessFunction> holders = label.functions().stream().filter(f -> has(texts, f, a)).toList();
      if (holders.isEmpty()) {
        problems.add("anchor '" + anchor + "' is in no document of " + ids(label.functions()));
      }
      if (CLAIMS.contains(label.type()) && !holders.isEmpty()) {
        // the one that makes the claim must say it
        for (BusinessFunction f : label.functions()) {
          if (!holders.contains(f)) {
            problems.add("anchor '" + anchor + "' is not in the claim of " + f.id());
          }
        }
      }
      if (label.type() == FindingType.OMISSION) {
        // the capability is in product or strategy material and absent from the functions that omit it
        if (holders.stream().noneMatch(f -> !f.customerFacing())) {
          problems.add("omitted capability '" + anchor + "' is in no product or strategy document of the label");
        }
        for (BusinessFunction f : label.functions()) {
          if (f.customerFacing() && holders.contains(f)) {
            problems.add("omitted capability '" + anchor + "' does occur in " + f.id());
          }
        }
      }
    }
    if ((label.type() == FindingType.CONTRADICTION || label.type() == FindingType.TERMINOLOGY_DRIFT)
        && label.anchors().size() >= 2) {
      // each side of the disagreement must hold one of the anchors
      for (BusinessFunction f : label.functions()) {
        boolean any = label.anchors().stream().anyMatch(a -> has(texts, f, CorpusKits.normalize(a)));
        if (!any) {
          problems.add(f.id() + " holds none of the anchors " + label.anchors());
        }
      }
    }
    return problems;
  }

  /** The stage must agree with the labels, as corpus/README.md and DESIGN.md define stages. */
  static List<String> stageProblems(String kit, Labels labels) {
    List<String> problems = new ArrayList<>();
    List<Label> findings = labels.findings();
    Stage stage = labels.stage();
    if (stage == Stage.ALIGNED && !findings.isEmpty()) {
      problems.add(kit + ": aligned kit with " + findings.size() + " labels");
    }
    if (stage != Stage.ALIGNED && findings.isEmpty()) {
      problems.add(kit + ": " + stage.id() + " kit without labels");
    }
    if (stage == Stage.FRAGMENTED_INTERPRETATION && findings.stream().anyMatch(l -> !DRIFTS.contains(l.type()))) {
      problems.add(kit + ": fragmented-interpretation kit with labels other than drift or omission");
    }
    boolean customerConflict = findings.stream().anyMatch(l -> l.type() == FindingType.CONTRADICTION
        && l.functions().contains(BusinessFunction.MARKETING) && l.functions().contains(BusinessFunction.SALES));
    if (stage == Stage.MARKET_CONFUSION && !customerConflict) {
      problems.add(kit + ": market-confusion kit without a marketing/sales contradiction");
    }
    if (stage == Stage.CONFLICTING_EXECUTION && customerConflict) {
      problems.add(kit + ": marketing and sales contradict each other, so the stage is market-confusion");
    }
    return problems;
  }

  @Test
  void checksCatchMisplacedAnchors() {
    Map<BusinessFunction, List<String>> texts = new EnumMap<>(BusinessFunction.class);
    texts.put(BusinessFunction.PRODUCT, List.of("the service keeps 99.9% uptime. save and resume lets you finish later."));
    texts.put(BusinessFunction.SALES, List.of("we guarantee 99.99% uptime."));
    texts.put(BusinessFunction.MARKETING, List.of("fast forms. save and resume!"));
    List<BusinessFunction> ps = List.of(BusinessFunction.PRODUCT, BusinessFunction.SALES);
    assertEquals(List.of(), anchorProblems(new Label(FindingType.CONTRADICTION, ps, List.of("99.9%", "99.99%"), null), texts));
    // the second value is nowhere, so sales holds neither side
    assertEquals(2, anchorProblems(new Label(FindingType.CONTRADICTION, ps, List.of("99.9%", "99.95%"), null), texts).size());
    assertEquals(1, anchorProblems(new Label(FindingType.OVERPROMISE, List.of(BusinessFunction.SALES), List.of("keeps"), null), texts).size());
    List<BusinessFunction> pm = List.of(BusinessFunction.PRODUCT, BusinessFunction.MARKETING);
    assertEquals(1, anchorProblems(new Label(FindingType.OMISSION, pm, List.of("Save and  Resume"), null), texts).size());
    assertEquals(1, anchorProblems(new Label(FindingType.TERMINOLOGY_DRIFT, List.of(BusinessFunction.STRATEGY), List.of(), null), texts).size());
  }

  private static boolean has(Map<BusinessFunction, List<String>> texts, BusinessFunction f, String anchor) {
    return texts.getOrDefault(f, List.of()).stream().anyMatch(t -> t.contains(anchor));
  }

  private static String ids(List<BusinessFunction> functions) {
    return functions.stream().map(BusinessFunction::id).toList().toString();
  }
}
