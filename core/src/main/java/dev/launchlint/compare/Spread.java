package dev.launchlint.compare;

import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Independent per-claim work of the comparison, spread over the fork-join pool the comparison
 * runs in (an audit's pool, sized by its jobs) and sequential anywhere else, so that a caller's
 * thread budget is never exceeded. Results go to per-index slots and are combined in index
 * order afterwards, so the findings do not depend on thread timing.
 */
final class Spread {

  private Spread() {}

  /**
   * Work that what follows does not need, started beside it when running on a fork-join pool's
   * thread (else done when asked for); its result, once done, from the supplier returned.
   */
  static <T> Supplier<T> aside(Supplier<T> work) {
    if (!ForkJoinTask.inForkJoinPool()) {
      return work;
    }
    ForkJoinTask<T> task = new RecursiveTask<T>() {
      @Override
      protected T compute() {
        return work.get();
      }
    }.fork();
    return task::join;
  }

  /** The indices {@code 0..n-1}, parallel when running on a fork-join pool's thread. */
  static IntStream indices(int n) {
    IntStream all = IntStream.range(0, n);
    return ForkJoinTask.inForkJoinPool() ? all.parallel() : all;
  }
}
