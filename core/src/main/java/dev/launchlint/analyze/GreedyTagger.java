package dev.launchlint.analyze;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS tagging decoded greedily: token by token, the model's most probable tag that the
 * model's sequence validator accepts, given the tags before it. This is what {@code POSTaggerME}
 * computes with a beam of one, and the same context generator, model and validator are used; only
 * the beam's bookkeeping goes, which cost as much as the model itself on launch copy (for every
 * token a sorted copy of the scores, a copy of the sequence so far and a priority queue). Ties
 * go to the first outcome, as in the beam's queue. {@code NlpModelsTest} compares the tags with
 * {@code POSTaggerME}'s.
 *
 * <p>Not thread-safe (the context generator caches features): one per thread.
 */
final class GreedyTagger {

  private static final Object[] NO_CONTEXT = new Object[0];

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final double[] probs;

  /**
   * @throws IllegalArgumentException if the model is not a maxent model (a sequence model decodes
   *     itself)
   */
  GreedyTagger(POSModel pos) {
    if (!(pos.getArtifact("pos.model") instanceof MaxentModel m)) {
      throw new IllegalArgumentException("not a maxent POS model");
    }
    model = m;
    contexts = pos.getFactory().getPOSContextGenerator(1);
    validator = pos.getFactory().getSequenceValidator();
    probs = new double[m.getNumOutcomes()];
  }

  /** The model's own tags (UD for the UD models), one per token. */
  String[] tag(String[] tokens) {
    String[] tags = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String[] before = Arrays.copyOf(tags, i);
      model.eval(contexts.getContext(i, tokens, before, NO_CONTEXT), probs);
      int best = -1;
      for (int o = 0; o < probs.length; o++) {
        if ((best < 0 || probs[o] > probs[best]) && validator.validSequence(i, tokens, before, model.getOutcome(o))) {
          best = o;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("the POS model's validator accepts no tag for token " + i);
      }
      tags[i] = model.getOutcome(best);
    }
    return tags;
  }
}
