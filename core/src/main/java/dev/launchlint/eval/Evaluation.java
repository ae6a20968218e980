package dev.launchlint.eval;

import dev.launchlint.AuditOptions;
import dev.launchlint.Launchlint;
import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.Finding;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores launchlint against labelled kits: audits each kit, matches its findings with the labels
 * of its {@code expected.json} and counts true and false positives and false negatives per finding
 * type, and whether the stage is right.
 *
 * <p>A finding matches a label when the type is the same, every function of the label is among the
 * finding's functions, and every anchor occurs (case-insensitive, whitespace collapsed) in the
 * text of some evidence of the finding. Each label matches at most one finding and each finding at
 * most one label, as many pairs as possible. Only kits with labels count.
 *
 * <pre>{@code EvalResult r = Evaluation.evaluate(Path.of("corpus/kits"), AuditOptions.DEFAULTS);
 * double f1 = r.overall().f1();}</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluation {

  private Evaluation() {}

  /**
   * Evaluates every labelled kit under {@code corpus}: {@code corpus} itself when it has an {@code
   * expected.json}, else each sub-folder that has one.
   *
   * @throws LaunchlintException (stage {@code eval}) when there is no labelled kit or labels are
   *     bad; a bad document inside a kit never throws, it is part of that kit's audit
   */
  public static EvalResult evaluate(Path corpus, AuditOptions options) {
    List<KitResult> results = new ArrayList<>();
    for (Path kit : labelledKits(corpus)) {
      Labels labels = Labels.read(kit.resolve(Labels.FILE_NAME));
      Report report = Launchlint.audit(kit, options);
      results.add(score(report.kit().name(), labels, report));
    }
    return new EvalResult(results);
  }

  /**
   * The labelled kits of {@code corpus}, sorted: {@code corpus} alone when it holds an {@code
   * expected.json}, else its sub-folders that do.
   *
   * @throws LaunchlintException when {@code corpus} is not a folder or holds no labelled kit
   */
  public static List<Path> labelledKits(Path corpus) {
    if (!Files.isDirectory(corpus)) {
      throw new LaunchlintException("eval", "not a folder: " + corpus);
    }
    if (Files.isRegularFile(corpus.resolve(Labels.FILE_NAME))) {
      return List.of(corpus);
    }
    List<Path> kits;
    try (Stream<Path> children = Files.list(corpus)) {
      kits = children.filter(p -> Files.isRegularFile(p.resolve(Labels.FILE_NAME))).sorted().toList();
    } catch (IOException e) {
      throw new LaunchlintException("eval", null, "cannot list " + corpus + ": " + e.getMessage(), e);
    }
    if (kits.isEmpty()) {
      throw new LaunchlintException("eval", "no labelled kit in " + corpus
          + ": a kit is a folder with an " + Labels.FILE_NAME + " at its root");
    }
    return kits;
  }

  /** Compares one audit with its labels. */
  public static KitResult score(String kit, Labels labels, Report report) {
    List<Label> expected = labels.findings();
    List<Finding> found = report.findings();
    int[] findingOf = LabelMatcher.match(expected, found);
    boolean[] used = new boolean[found.size()];
    List<Match> matches = new ArrayList<>();
    List<Label> missed = new ArrayList<>();
    for (int l = 0; l < expected.size(); l++) {
      if (findingOf[l] >= 0) {
        used[findingOf[l]] = true;
        matches.add(new Match(expected.get(l), found.get(findingOf[l])));
      } else {
        missed.add(expected.get(l));
      }
    }
    List<Finding> spurious = new ArrayList<>();
    for (int f = 0; f < found.size(); f++) {
      if (!used[f]) {
        spurious.add(found.get(f));
      }
    }
    return new KitResult(kit, labels.stage(), report.scores().stage(), matches, missed, spurious);
  }

  /** Whether {@code finding} may stand for {@code label} (type, functions and anchors agree). */
  public static boolean matches(Label label, Finding finding) {
    return LabelMatcher.fits(label, finding);
  }
}
