package dev.launchlint.cli;

import dev.launchlint.AuditOptions;
import dev.launchlint.LaunchlintException;
import dev.launchlint.eval.EvalFormat;
import dev.launchlint.eval.EvalResult;
import dev.launchlint.eval.Evaluation;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code launchlint eval CORPUS_DIR}: scores the audit against labelled kits. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Audits labelled kits and prints precision, recall and F1 per finding type and overall, and stage accuracy.",
      "A labelled kit is a kit folder with an expected.json at its root (see DESIGN.md, Labels)."
    })
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CORPUS_DIR", arity = "1..*",
      description = "Folders of labelled kits, or labelled kits (folders with expected.json); with several, a table"
          + " per folder and one for all of them.")
  List<Path> corpora;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE instead of the terminal.")
  Path output;

  @Option(names = "--min-f1", paramLabel = "F1",
      description = "Exit 1 when the overall F1 is below F1 (0..1), as a CI gate on your own corpus.")
  Double minF1;

  @Option(names = "--min-stage-accuracy", paramLabel = "ACCURACY",
      description = "Exit 1 when the stage accuracy is below ACCURACY (0..1).")
  Double minStageAccuracy;

  @Override
  public Integer call() throws IOException {
    EvalFormat fmt = parse(format);
    requireRatio("--min-f1", minF1);
    requireRatio("--min-stage-accuracy", minStageAccuracy);
    java.util.LinkedHashMap<String, EvalResult> byCorpus = new java.util.LinkedHashMap<>();
    for (Path corpus : corpora) {
      byCorpus.put(corpus.toString(), Evaluation.evaluate(corpus, AuditOptions.DEFAULTS));
    }
    EvalResult result = new EvalResult(byCorpus.values().stream().flatMap(r -> r.kits().stream()).toList());
    if (output == null) {
      Writer w = spec.commandLine().getOut();
      fmt.render(byCorpus, w);
      w.flush();
    } else {
      Formats.writeAtomically(output, out -> fmt.render(byCorpus, out));
    }
    boolean low = false;
    if (minF1 != null && result.overall().f1() < minF1) {
      spec.commandLine().getErr().println(String.format(Locale.ROOT,
          "launchlint: overall F1 %.3f is below --min-f1 %.3f", result.overall().f1(), minF1));
      low = true;
    }
    if (minStageAccuracy != null && result.stageAccuracy() < minStageAccuracy) {
      spec.commandLine().getErr().println(String.format(Locale.ROOT,
          "launchlint: stage accuracy %.3f is below --min-stage-accuracy %.3f", result.stageAccuracy(), minStageAccuracy));
      low = true;
    }
    return low ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private static void requireRatio(String option, Double value) {
    if (value != null && !(value >= 0 && value <= 1)) {
      throw new LaunchlintException("cli", option + " takes a number from 0 to 1, not " + value);
    }
  }

  private static EvalFormat parse(String name) {
    try {
      return EvalFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new LaunchlintException("cli", "unknown format '" + name + "'; use one of table, json");
    }
  }
}
