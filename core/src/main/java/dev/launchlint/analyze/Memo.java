package dev.launchlint.analyze;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Remembered results of a pure function of text, within a budget of characters: once the text it
 * remembers passes the budget it forgets everything, which costs only recomputation, so its memory
 * never grows with the input however long that is.
 *
 * <p>Thread-safe. Two threads may compute the same result at once; both are equal, and either is
 * kept. A result put while another thread forgets may be kept without being charged, at most one
 * per thread, until the next time it forgets.
 */
final class Memo<K, V> {

  private final Map<K, V> known = new ConcurrentHashMap<>();
  private final AtomicLong charged = new AtomicLong();
  private final long budget;

  Memo(long budget) {
    if (budget < 1) {
      throw new IllegalArgumentException("budget must be >= 1 but was " + budget);
    }
    this.budget = budget;
  }

  /**
   * The result for {@code key}: the one remembered, or else {@code compute}'s, then remembered and
   * charged {@code chars} characters of the budget. {@code compute} must not return null.
   */
  V get(K key, int chars, Supplier<V> compute) {
    V value = known.get(key);
    if (value != null) {
      return value;
    }
    value = compute.get();
    if (chars <= budget) {
      if (charged.addAndGet(chars) > budget) {
        known.clear();
        charged.set(chars);
      }
      known.put(key, value);
    }
    return value;
  }
}
