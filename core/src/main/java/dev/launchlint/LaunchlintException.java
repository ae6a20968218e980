package dev.launchlint;

/**
 * The one exception that crosses stage boundaries: it names the stage and, where there is one, the
 * document. Library exceptions are wrapped once, where they enter a stage.
 */
public final class LaunchlintException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stage;
  private final String document;

  public LaunchlintException(String stage, String document, String message, Throwable cause) {
    super(message, cause);
    this.stage = stage;
    this.document = document;
  }

  public LaunchlintException(String stage, String message) {
    this(stage, null, message, null);
  }

  /** The pipeline stage that failed: {@code discover}, {@code extract}, {@code analyze}, ... */
  public String stage() {
    return stage;
  }

  /** The kit-relative path of the document concerned, or null. */
  public String document() {
    return document;
  }
}
