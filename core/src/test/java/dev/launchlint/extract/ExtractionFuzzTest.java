package dev.launchlint.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.launchlint.analyze.Analysis;
import dev.launchlint.analyze.Claim;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.KitFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes the path from bytes to located units and on to claims. The first byte picks the file
 * name the bytes are saved under (so detection by name and by content both get exercised), the
 * rest is the file.
 * Every outcome must keep the {@link ExtractionInvariants}, every claim must stand inside its
 * unit; nothing may throw.
 *
 * <p>In a normal {@code mvn verify} Jazzer runs in regression mode: only the committed seeds under
 * {@code src/test/resources/dev/launchlint/extract/ExtractionFuzzTestInputs/} (a small file of every
 * format) and any crash files saved there, which is fast. {@code core/fuzz.sh} fuzzes for real.
 */
class ExtractionFuzzTest {

  static final List<String> NAMES = List.of(
      "spec.pdf", "spec.docx", "deck.pptx", "pricing.xlsx", "spec.doc", "deck.ppt", "pricing.xls",
      "brief.odt", "deck.odp", "pricing.ods", "brief.rtf", "page.html", "spec.md", "notes.txt",
      "mail.eml", "data.xml", "unknown.bin");

  private static final ExtractionLimits LIMITS = ExtractionLimits.DEFAULTS
      .withMaxChars(200_000).withMaxBytes(4L * 1024 * 1024).withTimeout(Duration.ofSeconds(10));
  private static final TextExtractor EXTRACTOR = TextExtractor.tika(LIMITS);
  private static final Path DIR = tempDir();

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("launchlint-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void bytesToUnits(byte[] input) throws IOException {
    String name = NAMES.get(input.length == 0 ? 0 : Byte.toUnsignedInt(input[0]) % NAMES.size());
    byte[] content = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    Path file = DIR.resolve(Thread.currentThread().getId() + "-" + name);
    Files.write(file, content);
    try {
      ExtractedDocument doc = EXTRACTOR.extract(new KitFile("product/" + name, file, BusinessFunction.PRODUCT, null));
      ExtractionInvariants.check(doc, LIMITS.maxChars());
      // onward: the claims read from whatever came out stay inside their unit and the text
      for (Claim claim : Analysis.english().claims(doc)) {
        assertTrue(claim.unitIndex() >= 0 && claim.unitIndex() < doc.units().size(), "claim unit " + claim.unitIndex());
        TextUnit unit = doc.units().get(claim.unitIndex());
        assertTrue(claim.start() >= unit.start() && claim.end() <= unit.end() && claim.start() <= claim.end(),
            "claim [" + claim.start() + ", " + claim.end() + ") inside its unit [" + unit.start() + ", " + unit.end() + ")");
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
