package dev.vorzimmer.screening.internal.lists;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The binary sidecar file of a bulk list: a 24-byte header (magic {@code VZPL}, format version,
 * count, CRC32C of the payload) followed by {@code count} sorted unique little-endian packed keys.
 * Written to a temp file in the same directory and renamed atomically, so readers never see a half
 * written file.
 */
public final class PackedListFile {
  static final int MAGIC = 0x4C505A56; // "VZPL" read little-endian
  static final int VERSION = 1;
  static final int HEADER_BYTES = 24;
  private static final int CHUNK_LONGS = 1 << 16;

  private PackedListFile() {}

  /** Writes {@code sortedKeys} to {@code target} atomically (replacing an existing file). */
  public static void write(Path target, long[] sortedKeys) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.position(HEADER_BYTES);
        CRC32C crc = new CRC32C();
        ByteBuffer buf =
            ByteBuffer.allocateDirect(CHUNK_LONGS * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < sortedKeys.length; from += CHUNK_LONGS) {
          int n = Math.min(CHUNK_LONGS, sortedKeys.length - from);
          buf.clear();
          buf.asLongBuffer().put(sortedKeys, from, n);
          buf.limit(n * Long.BYTES);
          crc.update(buf.duplicate());
          writeFully(ch, buf);
        }
        writeFully(ch.position(0), header(sortedKeys.length, (int) crc.getValue()));
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a whole file into a {@code long[]}.
   *
   * @throws IOException if unreadable, or (as {@link CorruptListFileException}) if the header,
   *     length, checksum or order is wrong
   */
  public static long[] read(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < HEADER_BYTES) {
        throw new CorruptListFileException(file, "shorter than its header (" + size + " bytes)");
      }
      MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
      map.order(ByteOrder.LITTLE_ENDIAN);
      long count = checkHeader(file, map, size);
      ByteBuffer payload =
          map.slice(HEADER_BYTES, (int) (count * Long.BYTES)).order(ByteOrder.LITTLE_ENDIAN);
      CRC32C crc = new CRC32C();
      crc.update(payload.duplicate());
      if ((int) crc.getValue() != map.getInt(16)) {
        throw new CorruptListFileException(file, "checksum mismatch");
      }
      long[] keys = new long[(int) count];
      payload.asLongBuffer().get(keys);
      checkSorted(file, keys);
      return keys;
    }
  }

  private static long checkHeader(Path file, ByteBuffer map, long size)
      throws CorruptListFileException {
    if (map.getInt(0) != MAGIC) {
      throw new CorruptListFileException(file, "not a Vorzimmer list file (bad magic)");
    }
    if (map.getInt(4) != VERSION) {
      throw new CorruptListFileException(file, "unsupported format version " + map.getInt(4));
    }
    long count = map.getLong(8);
    if (count < 0
        || count > Integer.MAX_VALUE / Long.BYTES
        || HEADER_BYTES + count * Long.BYTES != size) {
      throw new CorruptListFileException(
          file, "count " + count + " does not match file size " + size);
    }
    return count;
  }

  private static void checkSorted(Path file, long[] keys) throws CorruptListFileException {
    for (int i = 1; i < keys.length; i++) {
      if (keys[i - 1] >= keys[i]) {
        throw new CorruptListFileException(file, "entries not sorted at index " + i);
      }
    }
  }

  private static ByteBuffer header(long count, int crc) {
    ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(MAGIC).putInt(VERSION).putLong(count).putInt(crc).putInt(0);
    return h.flip();
  }

  private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }

  /** A sidecar file that exists but cannot be trusted. */
  public static final class CorruptListFileException extends IOException {
    public CorruptListFileException(Path file, String problem) {
      super("corrupt list file " + file + ": " + problem);
    }
  }
}
