package dev.launchlint.analyze;

/** How a stated number bounds the truth: "99.9%" is exact, "up to 10x" at most, "10+" at least. */
public enum Bound {
  EXACT,
  AT_MOST,
  AT_LEAST,
  RANGE,
  APPROXIMATE
}
