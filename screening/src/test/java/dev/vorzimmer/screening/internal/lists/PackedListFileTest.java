package dev.vorzimmer.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackedListFileTest {
  @TempDir Path dir;

  private static long[] sample(int n) {
    LongArrayBuilder b = new LongArrayBuilder();
    for (int i = 0; i < n; i++) {
      b.add(PhoneKeys.packNumber("+49" + (300000000L + i * 7L)));
    }
    return b.toSortedUnique();
  }

  @Test
  void writesAndReadsBackAcrossChunkBoundaries() throws IOException {
    long[] keys = sample(200_000);
    Path file = dir.resolve("a.vzl");

    PackedListFile.write(file, keys);

    assertThat(PackedListFile.read(file)).isEqualTo(keys);
    assertThat(Files.size(file)).isEqualTo(24 + 8L * keys.length);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void emptyListRoundTrips() throws IOException {
    Path file = dir.resolve("empty.vzl");
    PackedListFile.write(file, new long[0]);
    assertThat(PackedListFile.read(file)).isEmpty();
  }

  @Test
  void flippedByteIsDetected() throws IOException {
    Path file = dir.resolve("b.vzl");
    PackedListFile.write(file, sample(1000));
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(500);
      int b = raf.read();
      raf.seek(500);
      raf.write(b ^ 0x10);
    }
    assertThatThrownBy(() -> PackedListFile.read(file))
        .isInstanceOf(PackedListFile.CorruptListFileException.class)
        .hasMessageContaining("checksum");
  }

  @Test
  void truncatedOrForeignFilesAreRejected() throws IOException {
    Path file = dir.resolve("c.vzl");
    PackedListFile.write(file, sample(100));
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(raf.length() - 8);
    }
    assertThatThrownBy(() -> PackedListFile.read(file))
        .hasMessageContaining("does not match file size");

    Path foreign = Files.writeString(dir.resolve("d.vzl"), "hello, this is not a list file at all");
    assertThatThrownBy(() -> PackedListFile.read(foreign)).hasMessageContaining("bad magic");
  }
}
