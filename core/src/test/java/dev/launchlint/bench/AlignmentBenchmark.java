package dev.launchlint.bench;

import dev.launchlint.analyze.Analysis;
import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.compare.Comparison;
import dev.launchlint.compare.Finding;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Comparison throughput on one core: kits per second through {@link Comparison#standard()} (the
 * in-memory Lucene index, alignment and every detector), for kits of four functions whose
 * documents have {@code units} units each, generated from the launch sentences of {@link
 * AnalysisBenchmark} with fixed seeds and analysed once in setup. Run with
 * {@code core/bench AlignmentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AlignmentBenchmark {

  /** Units per document; a kit has two documents per function, four functions. */
  @Param({"50", "200"})
  public int units;

  private AnalyzedKit kit;
  private final Comparison comparison = Comparison.standard();

  @Setup
  public void setUp() {
    Analysis analysis = Analysis.english();
    List<ExtractedDocument> documents = new ArrayList<>();
    long seed = 11;
    for (BusinessFunction f : BusinessFunction.values()) {
      for (int d = 0; d < 2; d++) {
        documents.add(AnalysisBenchmark.document(f, f.id() + "/doc-" + d + ".md", units, seed++));
      }
    }
    kit = analysis.analyze(documents);
  }

  @Benchmark
  public List<Finding> compareKit() {
    return comparison.compare(kit);
  }
}
