package dev.launchlint.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's encoding detection, except that ISO-8859-1 is read as windows-1252, as browsers do
 * (WHATWG Encoding): the two differ only in 0x80-0x9F, which are unused control codes in
 * ISO-8859-1 and the euro sign, dashes and curly quotes in windows-1252, the usual encoding of
 * text saved on Windows. Thread-safe.
 */
final class Latin1AsWindows1252 implements EncodingDetector {

  private static final long serialVersionUID = 1L;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final EncodingDetector detector = new DefaultEncodingDetector();

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    Charset detected = detector.detect(input, metadata);
    return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
  }
}
