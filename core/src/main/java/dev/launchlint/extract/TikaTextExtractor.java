package dev.launchlint.extract;

import dev.launchlint.kit.KitFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.SAXException;

/**
 * The Tika extractor.
 *
 * <p>Each document is parsed in-process on a thread of its own and waited for at most
 * {@link ExtractionLimits#timeout()}. When the time is up the parse is asked to stop (the SAX
 * handler throws at its next event, and the thread is interrupted) and the document is marked
 * {@code timeout} at once; a parser that loops without emitting events cannot be killed in a JVM,
 * so its daemon thread is abandoned and the audit goes on. Tika's {@code ForkParser} would hold
 * against such a loop too, but it restarts its JVM (and reloads Tika) after every failed document
 * and ships every SAX event across a pipe: on the 152 real and hostile files of our trial it took
 * about 5x the CPU and 6x the wall time of this in-process extraction (475 s against 81 s on a
 * loaded two-core machine), while no parser there ran away from the in-process limit.
 * {@link #abandonedParses()} counts abandoned threads.
 *
 * <p>Thread-safe: Tika's {@link AutoDetectParser} is; each call has its own handler, metadata and
 * context.
 */
final class TikaTextExtractor implements TextExtractor {

  private static final AtomicInteger ABANDONED = new AtomicInteger();
  private static final AtomicInteger THREADS = new AtomicInteger();

  private static final Set<String> ARCHIVES = Set.of(
      "application/zip", "application/gzip", "application/x-gzip", "application/x-tar",
      "application/x-gtar", "application/x-7z-compressed", "application/x-rar-compressed",
      "application/vnd.rar", "application/x-bzip", "application/x-bzip2", "application/x-xz",
      "application/x-compress", "application/zstd", "application/x-lzma", "application/x-lz4",
      "application/vnd.ms-cab-compressed", "application/x-archive", "application/x-cpio",
      "application/java-archive", "application/x-iso9660-image", "application/x-apple-diskimage");

  private static final Set<String> PROGRAMS = Set.of(
      "application/x-executable", "application/x-dosexec", "application/x-msdownload",
      "application/x-sharedlib", "application/x-mach-o-executable", "application/x-elf",
      "application/x-object", "application/java-vm", "application/x-msi");

  private static final Set<String> ENCRYPTED_TYPES = Set.of(
      "application/x-tika-ooxml-protected", "application/x-tika-ole-drm-encrypted");

  private static final EncodingDetector ENCODINGS = new Latin1AsWindows1252();

  private final ExtractionLimits limits;
  /** Where {@link #parse} leaves the type it detected, for the parser's own detection to find. */
  private static final String DETECTED = "X-Launchlint-Detected-Type";

  private final AutoDetectParser parser = new TypesMappedOnce();
  private final Detector detector = parser.getDetector();

  TikaTextExtractor(ExtractionLimits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
    // The type is detected before parsing (to refuse archives and programs unread); AutoDetectParser
    // would run the magic and name detection again, which on a kit of small files is a good part of
    // Tika's cost. Documents embedded in a file come with metadata of their own and are detected.
    parser.setDetector((in, metadata) -> {
      String known = metadata.get(DETECTED);
      return known != null ? MediaType.parse(known) : detector.detect(in, metadata);
    });
  }

  /** How many parses ran past their time and were left behind since this JVM started. */
  static int abandonedParses() {
    return ABANDONED.get();
  }

  @Override
  public ExtractedDocument extract(KitFile file) {
    try {
      return extractChecked(file);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // the contract: a bad file never throws
      return fail(file, null, Failure.classify(e, null));
    }
  }

  private ExtractedDocument extractChecked(KitFile file) {
    if (!file.assigned()) {
      String why = "no function folder or launchlint.yml glob matches this file";
      return ExtractedDocument.failed(file.path(), null, null, DocumentStatus.UNASSIGNED,
          file.problem() == null ? why : why + "; " + file.problem());
    }
    if (file.problem() != null) {
      return fail(file, null, new Failure(DocumentStatus.UNSUPPORTED, file.problem()));
    }
    BasicFileAttributes attrs;
    try {
      // read the attributes again: the kit may have changed since the scan, and a FIFO must never be opened
      attrs = Files.readAttributes(file.file(), BasicFileAttributes.class);
    } catch (IOException | SecurityException e) {
      return fail(file, null, new Failure(DocumentStatus.CORRUPT, "cannot be read (" + e.getClass().getSimpleName() + ")"));
    }
    if (!attrs.isRegularFile()) {
      return fail(file, null, new Failure(DocumentStatus.UNSUPPORTED, "not a regular file: not read"));
    }
    if (attrs.size() == 0) {
      return fail(file, null, new Failure(DocumentStatus.EMPTY, "zero bytes"));
    }
    if (attrs.size() > limits.maxBytes()) {
      return fail(file, null, new Failure(DocumentStatus.TOO_LARGE,
          "file of " + megabytes(attrs.size()) + " is over the limit of " + megabytes(limits.maxBytes())));
    }
    return parseWithTimeLimit(file);
  }

  private ExtractedDocument parseWithTimeLimit(KitFile file) {
    AtomicBoolean cancelled = new AtomicBoolean();
    FutureTask<ExtractedDocument> task = new FutureTask<>(() -> parse(file, cancelled));
    Thread worker = new Thread(task, "launchlint-extract-" + THREADS.incrementAndGet());
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      cancelled.set(true);
      worker.interrupt();
      task.cancel(true);
      try {
        // a parser that still emits events stops at once; give it a moment to unwind
        worker.join(200);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
      if (worker.isAlive()) {
        ABANDONED.incrementAndGet();
      }
      return fail(file, null, new Failure(DocumentStatus.TIMEOUT,
          "parsing took longer than " + limits.timeout().toSeconds() + " s and was stopped"));
    } catch (ExecutionException e) {
      return fail(file, null, Failure.classify(e.getCause(), null));
    } catch (InterruptedException e) {
      cancelled.set(true);
      worker.interrupt();
      Thread.currentThread().interrupt();
      return fail(file, null, new Failure(DocumentStatus.TIMEOUT, "extraction was interrupted"));
    }
  }

  /** Runs on the worker thread; returns every outcome, throws nothing. */
  private ExtractedDocument parse(KitFile file, AtomicBoolean cancelled) {
    Metadata metadata = new Metadata();
    String mediaType = null;
    UnitCollector out = new UnitCollector(limits.maxChars());
    try (TikaInputStream in = TikaInputStream.get(file.file(), metadata)) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.file().getFileName().toString());
      byte[] head = new byte[KnownFormat.HEAD];
      String known = KnownFormat.of(file.file().getFileName().toString(), head, Math.max(0, in.peek(head)));
      MediaType detected = known != null ? MediaType.parse(known) : detector.detect(in, metadata);
      metadata.set(DETECTED, detected.toString());
      mediaType = detected.toString();
      String base = detected.getBaseType().toString();
      Failure refused = refuseByType(base);
      if (refused != null) {
        return fail(file, mediaType, refused);
      }
      ParseContext context = context(base);
      boolean plainText = base.equals("text/plain") || base.equals("text/markdown") || base.equals("text/x-web-markdown");
      boolean ownReader = XlsxRows.handles(base) || OdpSlides.handles(base);
      try {
        if (XlsxRows.handles(base)) {
          try {
            XlsxRows.collect(in.getFile(), out, cancelled::get);
          } catch (XlsxRows.LimitReached e) {
            out.markTruncated();
          }
        } else if (OdpSlides.handles(base)) {
          OdpSlides.collect(in.getFile(), out, cancelled::get);
        } else if (plainText) {
          // Tika decodes (charset detection), commonmark gives the structure
          BodyContentHandler raw = new BodyContentHandler(2 * limits.maxChars() + 1024);
          boolean rawCut = false;
          try {
            parser.parse(in, new Cancellable(raw, cancelled), metadata, context);
          } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
              throw e;
            }
            rawCut = true;
          }
          MarkdownStructure.collect(raw.toString(), out, cancelled::get);
          if (rawCut) {
            out.markTruncated();
          }
        } else {
          parser.parse(in, new StructureHandler(layoutOf(base), out, cancelled::get), metadata, context);
        }
      } catch (SAXException e) {
        if (!WriteLimitReachedException.isWriteLimitReached(e)) {
          throw e;
        }
        out.markTruncated();
      }
      String parsedType = metadata.get(Metadata.CONTENT_TYPE);
      if (parsedType != null && !parsedType.isBlank()) {
        mediaType = parsedType;
      }
      if (ENCRYPTED_TYPES.contains(MediaType.parse(mediaType).getBaseType().toString())) {
        return fail(file, mediaType, new Failure(DocumentStatus.ENCRYPTED, "encrypted or password-protected"));
      }
      if (out.units().isEmpty()) {
        boolean noParser = !ownReader && metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY).length == 0
            || String.join(",", metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)).contains("EmptyParser");
        return fail(file, mediaType, noParser
            ? new Failure(DocumentStatus.UNSUPPORTED, "no text parser for " + mediaType)
            : new Failure(DocumentStatus.EMPTY, base.equals("application/pdf")
                ? "no text layer (a scanned PDF needs OCR, which launchlint does not do)" : "no text"));
      }
      String note = out.truncated()
          ? "text cut at " + limits.maxChars() + " characters (the character limit)" : null;
      if (out.split() > 0) {
        String parts = out.split() + (out.split() == 1 ? " paragraph" : " paragraphs") + " over "
            + UnitCollector.MAX_UNIT_CHARS + " characters read in parts";
        note = note == null ? parts : note + "; " + parts;
      }
      return new ExtractedDocument(file.path(), file.function(), mediaType, DocumentStatus.PARSED, note,
          out.text(), out.units(), out.truncated());
    } catch (Throwable e) {
      if (cancelled.get()) {
        return fail(file, mediaType, new Failure(DocumentStatus.TIMEOUT, "parsing was stopped at the time limit"));
      }
      return fail(file, mediaType, Failure.classify(e, mediaType));
    }
  }

  private ParseContext context(String baseType) {
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeSlideMasterContent(false);
    office.setIncludeDeletedContent(false);
    office.setIncludeMoveFromContent(false);
    // Tika pads missing rows correctly for XLS only, so row numbers stay true there
    office.setIncludeMissingRows(baseType.equals("application/vnd.ms-excel"));
    context.set(OfficeParserConfig.class, office);
    context.set(HtmlMapper.class, BoilerplateFreeHtml.INSTANCE);
    context.set(EncodingDetector.class, ENCODINGS);
    // parsers look the Parser up even for embedded parts they are told not to read
    context.set(Parser.class, parser);
    context.set(EmbeddedDocumentExtractor.class, new EmailBodiesOnly(context, EmailBodiesOnly.isEmail(baseType)));
    return context;
  }

  private static StructureHandler.Layout layoutOf(String baseType) {
    if (baseType.equals("application/pdf")) {
      return StructureHandler.Layout.PAGES;
    }
    if (baseType.contains("presentation") || baseType.contains("powerpoint") || baseType.contains("slideshow")) {
      return StructureHandler.Layout.SLIDES;
    }
    if (baseType.contains("spreadsheet") || baseType.contains("excel") || baseType.contains("sheet")) {
      return StructureHandler.Layout.SHEETS;
    }
    return StructureHandler.Layout.FLOW;
  }

  /** Types that are never parsed: no launch text in them, and archives could hide bombs. */
  private static Failure refuseByType(String base) {
    if (base.equals("application/octet-stream")) {
      return new Failure(DocumentStatus.UNSUPPORTED, "format not recognised (binary data)");
    }
    if (base.startsWith("image/") || base.startsWith("audio/") || base.startsWith("video/") || base.startsWith("font/")) {
      return new Failure(DocumentStatus.UNSUPPORTED, base.substring(0, base.indexOf('/')) + " file: launchlint reads text only");
    }
    if (ARCHIVES.contains(base)) {
      return new Failure(DocumentStatus.UNSUPPORTED, "archive (" + base + "): not unpacked");
    }
    if (PROGRAMS.contains(base)) {
      return new Failure(DocumentStatus.UNSUPPORTED, "program or binary (" + base + "): not read");
    }
    return null;
  }

  private static ExtractedDocument fail(KitFile file, String mediaType, Failure failure) {
    return ExtractedDocument.failed(file.path(), file.function(), mediaType, failure.status(), failure.reason());
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** HTML boilerplate that holds no launch message: navigation and page footers. */
  private static final class BoilerplateFreeHtml extends DefaultHtmlMapper {
    static final HtmlMapper INSTANCE = new BoilerplateFreeHtml();

    @Override
    public boolean isDiscardElement(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      return super.isDiscardElement(name) || n.equals("nav") || n.equals("footer") || n.equals("noscript")
          || n.equals("template");
    }
  }

  /**
   * Tika's parser with its table of parsers by media type built once. Tika rebuilds that table
   * on every parse (asking each of its hundred parsers for its types and normalising every type),
   * which on a kit of small files cost as much as parsing some of them. Every parse here gets
   * the same kinds of configuration in its context, none of which changes the types a parser
   * declares, and no parser is added after construction, so the table is the same every time.
   */
  private static final class TypesMappedOnce extends AutoDetectParser {
    private static final long serialVersionUID = 1L;

    private transient volatile Map<MediaType, Parser> parsers;

    @Override
    public Map<MediaType, Parser> getParsers(ParseContext context) {
      Map<MediaType, Parser> built = parsers;
      if (built == null) {
        // two threads may build it at once; both tables are the same
        built = Collections.unmodifiableMap(super.getParsers(context));
        parsers = built;
      }
      return built;
    }
  }

  /** Stops a plain-text parse at the time limit. */
  private static final class Cancellable extends ContentHandlerDecorator {
    private final AtomicBoolean cancelled;

    Cancellable(org.xml.sax.ContentHandler handler, AtomicBoolean cancelled) {
      super(handler);
      this.cancelled = cancelled;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (cancelled.get()) {
        throw new SAXException(new StructureHandler.CancelledParse());
      }
      super.characters(ch, start, length);
    }
  }
}
