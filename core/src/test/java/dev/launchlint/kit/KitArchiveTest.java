package dev.launchlint.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.LaunchlintException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitArchiveTest {

  @TempDir Path dir;

  @Test
  void aZipWrappingItsKitInOneFolderGivesThatFolder() throws IOException {
    Path zip = zip("launch.zip", Map.of("launch/product/spec.md", "# Spec\n", "launch/sales/deck.txt", "Deck\n",
        "__MACOSX/launch/._spec.md", "junk"));
    try (KitArchive.Unpacked kit = KitArchive.open(zip, KitArchive.Limits.DEFAULTS)) {
      assertEquals("launch", kit.name());
      assertEquals("launch", kit.root().getFileName().toString());
      assertEquals("# Spec\n", Files.readString(kit.root().resolve("product/spec.md")));
      assertFalse(Files.exists(kit.temporary().resolve("kit/__MACOSX")), "OS debris is skipped");
      Kit scanned = KitScanner.scan(kit.root());
      assertEquals(2, scanned.files().size());
      kit.close();
      assertFalse(Files.exists(kit.temporary()), "close removes the temporary folder");
    }
  }

  @Test
  void entriesThatWouldLeaveTheFolderAreRefused() throws IOException {
    for (String evil : new String[] {"../evil.txt", "product/../../evil.txt", "/etc/evil.txt", "C:/evil.txt",
        "product\\..\\..\\evil.txt"}) {
      Path zip = zip("evil.zip", Map.of("product/spec.md", "ok", evil, "gotcha"));
      Path into = dir.resolve("into");
      LaunchlintException e = assertThrows(LaunchlintException.class,
          () -> KitArchive.unpack(zip, into, KitArchive.Limits.DEFAULTS), evil);
      assertTrue(e.getMessage().startsWith("evil.zip refused: entry "), e.getMessage());
      assertFalse(e.getMessage().contains("\n"));
      assertFalse(Files.exists(into), "nothing is left behind for " + evil);
      assertFalse(Files.exists(dir.resolve("evil.txt")) || Files.exists(dir.getParent().resolve("evil.txt")));
    }
  }

  @Test
  void zipBombsAreRefusedByWhatReallyInflates() throws IOException {
    // 50 MiB of zeros packs into some 50 KiB: a thousand times, far past any office file.
    Path bomb = dir.resolve("bomb.zip");
    try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("marketing/zeros.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 50; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    LaunchlintException ratio = assertThrows(LaunchlintException.class,
        () -> KitArchive.open(bomb, KitArchive.Limits.DEFAULTS));
    assertTrue(ratio.getMessage().contains("zip bomb"), ratio.getMessage());

    Path big = zip("big.zip", Map.of("a.txt", "x".repeat(3000), "b.txt", "y".repeat(3000)));
    LaunchlintException total = assertThrows(LaunchlintException.class,
        () -> KitArchive.unpack(big, dir.resolve("big"), new KitArchive.Limits(5000, 100, 200)));
    assertTrue(total.getMessage().contains("unpacks to more than"), total.getMessage());
    assertFalse(Files.exists(dir.resolve("big")));

    LaunchlintException many = assertThrows(LaunchlintException.class,
        () -> KitArchive.unpack(big, dir.resolve("many"), new KitArchive.Limits(1 << 20, 1, 200)));
    assertTrue(many.getMessage().contains("2 entries, more than 1"), many.getMessage());
  }

  @Test
  void notAZipIsOneLine() throws IOException {
    Path fake = dir.resolve("fake.zip");
    Files.writeString(fake, "this is no zip");
    LaunchlintException e = assertThrows(LaunchlintException.class, () -> KitArchive.open(fake, KitArchive.Limits.DEFAULTS));
    assertTrue(e.getMessage().startsWith("fake.zip refused: not a readable zip file"), e.getMessage());
  }

  private Path zip(String name, Map<String, String> entries) throws IOException {
    Path zip = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : new LinkedHashMap<>(entries).entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return zip;
  }
}
