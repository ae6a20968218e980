package dev.launchlint.cli;

import dev.launchlint.Launchlint;
import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.SheetDraft;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code launchlint facts KIT_DIR}: drafts a fact sheet from what the kit already says. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = "Drafts a fact sheet (facts.yml) from the kit: the prices, limits, SLAs, dates, stages and names its"
        + " product material states, with their sources, and the disagreements to decide.")
final class FactsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Parameters(paramLabel = "KIT_DIR", description = "The kit folder.")
  Path kit;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the draft to FILE (e.g. KIT_DIR/facts.yml) instead of the terminal; an existing file is"
          + " not overwritten without --force.")
  Path output;

  @Option(names = "--force", description = "Overwrite an existing FILE.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(kit)) {
      throw new LaunchlintException("discover", "not a kit folder: " + kit);
    }
    if (output != null && Files.isDirectory(output)) {
      throw new LaunchlintException("cli", "-o names a folder, not a file: " + output);
    }
    if (output != null && Files.exists(output) && !force) {
      throw new LaunchlintException("cli", output + " exists; keep it, or pass --force to replace it with a new draft");
    }
    SheetDraft draft = Launchlint.draftFacts(kit, limits.applyTo(dev.launchlint.AuditOptions.DEFAULTS));
    String yaml = draft.toYaml();
    if (output == null) {
      Writer w = spec.commandLine().getOut();
      w.write(yaml);
      w.flush();
    } else {
      try {
        Formats.writeAtomically(output, w -> w.write(yaml));
      } catch (IOException e) {
        throw new LaunchlintException("report", null, "cannot write " + output + ": " + e, e);
      }
      long open = draft.rows().stream().filter(r -> !r.decide().isEmpty()).count();
      spec.commandLine().getErr().println("launchlint: " + draft.rows().size() + " facts drafted to " + output
          + (open == 0 ? "" : ", " + open + " to decide"));
    }
    return ExitCode.CLEAN;
  }
}
