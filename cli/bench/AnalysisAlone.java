// The analysis stage alone on a real kit: every document is extracted once, then read by the
// analysis ROUNDS times on this one thread, alternating the process-wide analysis (which remembers
// nothing) and a fresh Analysis.forOneKit() (which reads a sentence the kit repeats once), as an
// audit reads its documents. Prints the median thread CPU time of each, so that the comparison
// holds up on a machine shared with other work. Run it as the launcher runs audits (C1 only):
//
//   javac -cp 'cli/target/lib/*' -d OUT cli/bench/AnalysisAlone.java
//   java -XX:TieredStopAtLevel=1 -cp "OUT:cli/target/lib/*" AnalysisAlone KIT [ROUNDS]
import dev.launchlint.AuditOptions;
import dev.launchlint.analyze.Analysis;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.TextExtractor;
import dev.launchlint.kit.KitFile;
import dev.launchlint.kit.KitScanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class AnalysisAlone {

  public static void main(String[] args) {
    Path kit = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    TextExtractor extractor = TextExtractor.tika(AuditOptions.DEFAULTS.limits());
    List<ExtractedDocument> documents = new ArrayList<>();
    for (KitFile f : KitScanner.scan(kit).files()) {
      documents.add(extractor.extract(f));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Long> fresh = new ArrayList<>();
    List<Long> once = new ArrayList<>();
    long claims = 0;
    for (int round = 0; round <= rounds; round++) {
      for (Analysis analysis : List.of(Analysis.english(), Analysis.english().forOneKit())) {
        long start = cpu.getCurrentThreadCpuTime();
        claims = documents.stream().mapToLong(d -> analysis.read(d).claims().size()).sum();
        long took = cpu.getCurrentThreadCpuTime() - start;
        // the first round loads the models and compiles the code: not counted
        if (round > 0) {
          (analysis == Analysis.english() ? fresh : once).add(took);
        }
      }
    }
    System.out.printf("%d documents, %d claims, %d rounds: remembering nothing %d ms, one kit's analysis %d ms"
        + " (median thread CPU)%n", documents.size(), claims, rounds, median(fresh), median(once));
  }

  private static long median(List<Long> nanos) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get(sorted.size() / 2) / 1_000_000;
  }
}
