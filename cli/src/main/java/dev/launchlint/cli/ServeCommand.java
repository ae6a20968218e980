package dev.launchlint.cli;

import dev.launchlint.AuditOptions;
import dev.launchlint.LaunchlintException;
import dev.launchlint.cli.serve.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code launchlint serve [DIR]}: the local web page; runs until interrupted (Ctrl-C). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a local web page to audit kits in a browser: the kits under DIR (the folder itself when it is"
          + " a kit, else its sub-folders and zip files), or a kit dropped on the page as a folder, a zip or"
          + " files. Listens on 127.0.0.1 only; the printed URL carries a random token that every request"
          + " needs. Uploads live in a temporary folder removed on exit."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "A kit folder, or a folder of kits.")
  Path dir;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "The port on 127.0.0.1 (default: any free port).")
  int port;

  @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "256",
      description = "The most one upload (a zip, or the files of one drop) may hold (default: ${DEFAULT-VALUE}).")
  long maxUploadMegabytes;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (dir != null && !Files.isDirectory(dir)) {
      throw new LaunchlintException("cli", "not a folder: " + dir);
    }
    if (port < 0 || port > 65535) {
      throw new LaunchlintException("cli", "--port takes 0 to 65535, not " + port);
    }
    if (maxUploadMegabytes < 1) {
      throw new LaunchlintException("cli", "--max-upload-mb must be at least 1, not " + maxUploadMegabytes);
    }
    AuditOptions options = limits.applyTo(AuditOptions.DEFAULTS);
    WebServer server;
    try {
      server = WebServer.start(dir, port, options, maxUploadMegabytes << 20);
    } catch (BindException e) {
      throw new LaunchlintException("cli", "port " + port + " is in use; choose another with --port, or 0 for any");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C ends the JVM through its shutdown hooks: the uploads' temporary folder goes with it.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "launchlint-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("launchlint serve: open " + server.url());
    out.println(dir == null ? "Drop a kit on the page to audit it." : "Kits from " + dir.toAbsolutePath().normalize());
    out.println("Listening on 127.0.0.1 only. Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return ExitCode.CLEAN;
  }
}
