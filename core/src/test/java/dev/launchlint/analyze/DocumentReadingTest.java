package dev.launchlint.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.ExtractionLimits;
import dev.launchlint.extract.TextExtractor;
import dev.launchlint.kit.KitFile;
import dev.launchlint.kit.KitScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading documents one by one (as a parallel audit does) gives what reading the kit at once gives. */
class DocumentReadingTest {

  @TempDir Path dir;

  @Test
  void readingsGiveTheSameClaimsAndTermsAsTheWholeKit() throws Exception {
    write("product/spec.md", "# Spec\n\nThe service keeps 99.9% uptime.\n\n- Real-time dashboards for every team\n"
        + "- Exports to CSV and Parquet\n\nSetup takes 10 minutes with the guided installer.\n");
    write("product/notes.txt", "Release notes.\n\nOffline mode ships in beta in Q3 2026.\n");
    write("marketing/landing.md", "# Real-time insights\n\nEnjoy 99.99% uptime, guaranteed.\n\n"
        + "The only platform that reduces churn by 30%.\n\nStart for $29 per seat per month.\n");
    write("sales/faq.md", "Is there a free trial? Yes, 14 days.\n\nUnlimited seats on every plan.\n\n"
        + "Setup in 5 minutes, no code needed.\n");
    write("sales/broken.pdf", "%PDF-1.7 not really");
    write("misc/readme.txt", "not part of any function\n");

    TextExtractor extractor = TextExtractor.tika(ExtractionLimits.DEFAULTS);
    List<ExtractedDocument> documents = new ArrayList<>();
    for (KitFile f : KitScanner.scan(dir).files()) {
      documents.add(extractor.extract(f));
    }
    Analysis analysis = Analysis.english();
    List<DocumentReading> readings = new ArrayList<>();
    for (ExtractedDocument d : documents) {
      DocumentReading r = analysis.read(d);
      assertEquals(analysis.claims(d), r.claims(), d.path());
      readings.add(r);
    }
    assertEquals(analysis.terms(documents), analysis.rankTerms(readings));
    // In any order: a parallel audit collects readings in path order, but the terms must not depend on it.
    List<DocumentReading> reversed = new ArrayList<>(readings);
    java.util.Collections.reverse(reversed);
    assertEquals(analysis.terms(documents), analysis.rankTerms(reversed));
    assertTrue(readings.stream().anyMatch(r -> !r.claims().isEmpty()));
  }

  private void write(String path, String text) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
