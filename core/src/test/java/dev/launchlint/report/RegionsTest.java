package dev.launchlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.compare.Span;
import dev.launchlint.extract.Location;
import dev.launchlint.kit.BusinessFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionsTest {

  @Test
  void quotationsAreFoundThroughMarkupAndBinaryFilesAreWhole(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("page.md"), "# Plans\n\nIntro.\r\n\n  The **Pro** plan costs [$49](https://x.test/p?a=1)\n"
        + "per user.\n");
    Files.writeString(dir.resolve("page.html"), "<p>Hi</p>\n<td>Team</td><td>$24 &amp; up</td>\n");
    Files.write(dir.resolve("deck.pptx"), new byte[1234]);
    Evidence md = new Evidence(BusinessFunction.MARKETING, "page.md", Location.NONE,
        "The Pro plan costs $49 per user.", List.of(new Span(19, 22)));
    Evidence html = new Evidence(BusinessFunction.SALES, "page.html", Location.NONE, "Team | $24 & up", List.of());
    Evidence missing = new Evidence(BusinessFunction.SALES, "page.md", Location.NONE, "Not in the file at all",
        List.of());
    Evidence deck = new Evidence(BusinessFunction.SALES, "deck.pptx", Location.slide(3), "Pro | $39", List.of());
    Finding f = Finding.of(FindingType.CONTRADICTION, Severity.HIGH,
        List.of(BusinessFunction.MARKETING, BusinessFunction.SALES), "price", "price", List.of(md, html, missing, deck));
    Map<Evidence, Region> regions = Regions.locate(List.of(f), p -> Optional.of(dir.resolve(p)));
    assertEquals(Region.lines(5, 3, 6, 9), regions.get(md));
    assertEquals(Region.lines(2, 5, 2, 30), regions.get(html));
    assertEquals(Region.lines(1, 1, 7, 1), regions.get(missing), "not found: the whole file by its lines");
    assertEquals(Region.wholeFile(1234), regions.get(deck));
  }
}
