package dev.launchlint.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a document gave no text: its status and a one-line reason a user can act on. The reason
 * never quotes document content (an XXE payload could carry a local file into an error message).
 */
record Failure(DocumentStatus status, String reason) {

  private static final int MAX_REASON_CHARS = 160;

  Failure {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
  }

  /** Maps what a parse threw to a status: encrypted, empty, too-large or, by default, corrupt. */
  static Failure classify(Throwable thrown, String mediaType) {
    String what = mediaType == null ? "this file" : "as " + mediaType;
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String name = t.getClass().getName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (name.endsWith("EncryptedDocumentException") || name.endsWith("InvalidPasswordException")
          || message.contains("document is encrypted") || message.contains("password")) {
        return new Failure(DocumentStatus.ENCRYPTED, "encrypted or password-protected");
      }
      if (name.endsWith("ZeroByteFileException")) {
        return new Failure(DocumentStatus.EMPTY, "zero bytes");
      }
      if (t instanceof OutOfMemoryError) {
        return new Failure(DocumentStatus.TOO_LARGE, "ran out of memory while parsing");
      }
      if (name.endsWith("TikaMemoryLimitException") || message.contains("zip bomb")) {
        return new Failure(DocumentStatus.TOO_LARGE, "expands far beyond its size (zip bomb?): not read");
      }
      if (t instanceof StackOverflowError || message.contains("nesting") && message.contains("deep")) {
        return new Failure(DocumentStatus.CORRUPT, "structure nested too deeply to parse");
      }
      if (message.contains("doctype is disallowed") || message.contains("external entit")) {
        return new Failure(DocumentStatus.CORRUPT, "XML with a DOCTYPE or external entity: refused as unsafe");
      }
      if (message.contains("entity expansion") || message.contains("entityexpansion")
          || message.contains("jaxp00010001") || message.contains("entity reference")) {
        return new Failure(DocumentStatus.CORRUPT, "XML entity expansion (billion laughs): refused");
      }
      if (t instanceof StructureHandler.CancelledParse) {
        return new Failure(DocumentStatus.TIMEOUT, "parsing was stopped at the time limit");
      }
    }
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new Failure(DocumentStatus.CORRUPT, oneLine("cannot be parsed " + what + ": " + describe(root)));
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    String kind = t.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return kind;
    }
    // exception messages of XML parsers can echo input; keep them short and on one line
    return kind + " (" + message + ")";
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS - 1) + "…";
  }
}
