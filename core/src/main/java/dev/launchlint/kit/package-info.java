/**
 * Discover: walks a kit folder and gives each file its {@link dev.launchlint.kit.BusinessFunction}.
 * Takes a path, gives a {@link dev.launchlint.kit.Kit}; never writes into the kit.
 *
 * <p>The function comes from the first folder level, case-insensitive, with aliases
 * ({@code product|products|specs|prd}, {@code marketing|mktg|web|campaigns},
 * {@code sales|enablement|decks|battlecards}, {@code strategy|positioning|messaging}), or from
 * globs in a {@code launchlint.yml} ({@code .yaml}, {@code .json}) at the kit root:
 *
 * <pre>
 * functions:
 *   product:   ["engineering/**", "*.prd.md"]
 *   marketing: ["website/**"]
 *   sales:     "field-kit/**"
 *   strategy:  ["north-star/**"]
 * </pre>
 *
 * Globs ({@code java.nio} glob syntax) match the kit-relative {@code /}-separated path; the first
 * matching glob wins, in file order; files no glob matches fall back to their folder; the rest are
 * unassigned and still listed. Entries that cannot be read safely (links, FIFOs, hidden and lock
 * files) are listed with a {@link dev.launchlint.kit.KitFile#problem() problem}; see
 * {@link dev.launchlint.kit.KitScanner}.
 *
 * <p>Where the layout leaves a file unassigned, {@link dev.launchlint.kit.FunctionInference} proposes
 * a function from its name, folders and text, for a person to confirm; a kit that comes as a zip is
 * unpacked defensively by {@link dev.launchlint.kit.KitArchive}.
 */
package dev.launchlint.kit;
