package dev.launchlint.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reproducible zip containers: fixed entry times, fixed order, ODF's stored {@code mimetype} first. */
final class Zips {

  /** The one creation and modification time of every generated file. */
  static final ZonedDateTime FIXED_TIME = ZonedDateTime.of(2026, 1, 15, 9, 0, 0, 0, ZoneOffset.UTC);

  // DOS times are local times; setTimeLocal writes them without consulting the machine's zone
  private static final LocalDateTime ENTRY_TIME = FIXED_TIME.toLocalDateTime();

  private Zips() {}

  static Date fixedDate() {
    return Date.from(FIXED_TIME.toInstant());
  }

  /** Rewrites a zip with the same entries in the same order, each with the fixed time. */
  static byte[] normalize(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return write(entries);
  }

  /** Writes entries in order; an entry named {@code mimetype} is stored uncompressed, as ODF requires. */
  static byte[] write(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(9);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(ENTRY_TIME);
        if (e.getKey().equals("mimetype")) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCompressedSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
