package dev.launchlint.extract;

import dev.launchlint.kit.KitFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/** Thread-safe: Tika's AutoDetectParser is; each call has its own handler and metadata. */
final class TikaTextExtractor implements TextExtractor {

  private final ExtractionLimits limits;
  private final AutoDetectParser parser = new AutoDetectParser();

  TikaTextExtractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  @Override
  public ExtractedDocument extract(KitFile file) {
    if (!file.assigned()) {
      return ExtractedDocument.failed(file.path(), null, null, DocumentStatus.UNASSIGNED, "no function folder or glob matches this file");
    }
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    Metadata metadata = new Metadata();
    try (InputStream in = Files.newInputStream(file.file())) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (Exception e) {
      return ExtractedDocument.failed(file.path(), file.function(), metadata.get(Metadata.CONTENT_TYPE), DocumentStatus.CORRUPT, String.valueOf(e.getMessage()));
    }
    String text = handler.toString();
    List<TextUnit> units = new ArrayList<>();
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      String collapsed = line.strip().replaceAll("\\s+", " ");
      if (!collapsed.isEmpty()) {
        units.add(new TextUnit(units.size(), UnitKind.PARAGRAPH, collapsed, offset, offset + line.length(), Location.NONE));
      }
      offset += line.length() + 1;
    }
    DocumentStatus status = units.isEmpty() ? DocumentStatus.EMPTY : DocumentStatus.PARSED;
    return new ExtractedDocument(file.path(), file.function(), metadata.get(Metadata.CONTENT_TYPE), status, units.isEmpty() ? "no text" : null, text, units, false);
  }
}
