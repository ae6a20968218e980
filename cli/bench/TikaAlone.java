// The baseline of audit-vs-tika.sh: Apache Tika alone extracting the text of every file under a
// folder, with the Tika version, parser and per-document character limit launchlint itself uses
// (its runtime classpath), on THREADS threads, in one JVM. The text is counted, not kept.
//
//   javac -cp 'cli/target/lib/*' -d OUT cli/bench/TikaAlone.java
//   java -cp "OUT:cli/target/lib/*" TikaAlone DIR [THREADS]
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

public class TikaAlone {

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    AutoDetectParser parser = new AutoDetectParser();
    AtomicLong chars = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> tasks = files.stream().<Future<?>>map(f -> pool.submit(() -> {
      BodyContentHandler handler = new BodyContentHandler(2_000_000);
      try (InputStream in = Files.newInputStream(f)) {
        parser.parse(in, handler, new Metadata(), new ParseContext());
        chars.addAndGet(handler.toString().length());
      } catch (Exception e) {
        failed.incrementAndGet();
      }
    })).toList();
    for (Future<?> t : tasks) {
      t.get();
    }
    pool.shutdown();
    System.out.println(files.size() + " files, " + chars.get() + " characters, " + failed.get() + " failed");
  }
}
