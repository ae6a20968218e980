package dev.launchlint.cli;

import dev.launchlint.LaunchlintException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code launchlint} command: parses the command line and maps outcomes to exit codes. */
@Command(
    name = "launchlint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Finds where the product, marketing and sales material of a launch tell different stories.",
      ""
    },
    subcommands = {AuditCommand.class, BatchCommand.class, ClaimsCommand.class, EvalCommand.class, DiffCommand.class,
      FactsCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Show the parsing libraries' diagnostics and full error details on standard error.")
  boolean verbose;

  @Option(names = "--log-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Write the parsing libraries' diagnostics to FILE.")
  Path logFile;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given writers; returns the exit code. Tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof LaunchlintException ? ExitCode.USAGE : ExitCode.INTERNAL);
    cli.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("launchlint: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.USAGE;
    });
    cli.setExecutionStrategy(parsed -> {
      Logging.configure(main.verbose, main.logFile);
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof LaunchlintException le) {
        c.getErr().println("launchlint: " + le.getMessage());
        return ExitCode.USAGE;
      }
      c.getErr().println("launchlint: internal error: " + ex);
      if (main.verbose) {
        ex.printStackTrace(c.getErr());
      } else {
        c.getErr().println("Run again with --verbose for details.");
      }
      return ExitCode.INTERNAL;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands on Errors; a kit too large for the heap is a one-line message, not a trace
      err.println("launchlint: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB heap); give it more, e.g. LAUNCHLINT_JAVA_OPTS=-Xmx3g (README, Memory)");
      err.flush();
      return ExitCode.INTERNAL;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"launchlint " + (v == null ? "dev" : v)};
    }
  }
}
