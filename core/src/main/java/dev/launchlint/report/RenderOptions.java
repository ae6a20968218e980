package dev.launchlint.report;

/**
 * How to render a report beyond its format. Immutable; make variants with {@code with...}.
 *
 * @param colour whether the console format may use ANSI colours; the caller decides (a terminal,
 *     no {@code NO_COLOR}), renderers never look at the environment. Other formats ignore it.
 */
public record RenderOptions(boolean colour) {

  /** No colour: for files, pipes and tests. */
  public static final RenderOptions PLAIN = new RenderOptions(false);

  public RenderOptions withColour(boolean value) {
    return new RenderOptions(value);
  }
}
