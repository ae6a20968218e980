package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import java.io.IOException;
import java.util.List;

/** Renders parsed source blocks as one file format. Implementations are stateless. */
interface FormatWriter {

  /**
   * @param title the document title (for metadata and page titles)
   * @param blocks the parsed source
   * @return the file's bytes, the same for the same input where the format allows
   */
  byte[] write(String title, List<Block> blocks) throws IOException;
}
