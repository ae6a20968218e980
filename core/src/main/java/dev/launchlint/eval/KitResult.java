package dev.launchlint.eval;

import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.score.Stage;
import java.util.List;
import java.util.Objects;

/**
 * How one kit's audit compares with its labels.
 *
 * @param kit the kit's name
 * @param expectedStage the labelled stage
 * @param stage the stage the audit gave
 * @param matches labels matched with a finding, one finding each (true positives)
 * @param missed labels no finding matched (false negatives)
 * @param spurious findings that matched no label (false positives)
 */
public record KitResult(
    String kit, Stage expectedStage, Stage stage, List<Match> matches, List<Label> missed, List<Finding> spurious) {

  public KitResult {
    Objects.requireNonNull(kit, "kit");
    Objects.requireNonNull(expectedStage, "expectedStage");
    Objects.requireNonNull(stage, "stage");
    matches = List.copyOf(matches);
    missed = List.copyOf(missed);
    spurious = List.copyOf(spurious);
  }

  public boolean stageCorrect() {
    return expectedStage == stage;
  }

  /** The counts of one finding type in this kit. */
  public TypeScore score(FindingType type) {
    int tp = (int) matches.stream().filter(m -> m.label().type() == type).count();
    int fp = (int) spurious.stream().filter(f -> f.type() == type).count();
    int fn = (int) missed.stream().filter(l -> l.type() == type).count();
    return new TypeScore(tp, fp, fn);
  }

  /** The counts over all types. */
  public TypeScore total() {
    return new TypeScore(matches.size(), spurious.size(), missed.size());
  }
}
