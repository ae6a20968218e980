package dev.launchlint.extract;

import java.util.Locale;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;

/**
 * Decides which embedded documents are read. Each kit file is audited on its own, so attachments,
 * embedded OLE objects, PDF file attachments and pictures are not read (their pages and slides
 * would be mixed into the container's locations, and a hostile container could nest without end).
 * The one exception is e-mail: Tika hands a message's body parts over as embedded documents, so
 * the text and HTML bodies of a message are read, its attachments are not.
 */
final class EmailBodiesOnly extends ParsingEmbeddedDocumentExtractor {

  private final boolean email;

  EmailBodiesOnly(ParseContext context, boolean email) {
    super(context);
    this.email = email;
  }

  static boolean isEmail(String mediaType) {
    return mediaType.startsWith("message/") || mediaType.equals("application/mbox")
        || mediaType.equals("application/vnd.ms-outlook");
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (!email) {
      return false;
    }
    String kind = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
    if (kind != null && kind.equalsIgnoreCase(TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.name())) {
      return false;
    }
    String type = metadata.get(Metadata.CONTENT_TYPE);
    if (type == null) {
      return false;
    }
    String t = type.toLowerCase(Locale.ROOT);
    // mbox files hold messages, and messages may forward messages
    return t.startsWith("text/plain") || t.startsWith("text/html") || t.startsWith("message/rfc822");
  }
}
