package dev.vorzimmer.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One phone per data folder: {@code DATA/vorzimmer.lock}, held with an OS file lock ({@link
 * FileChannel#tryLock()}) for as long as the phone runs, with the holder's pid written in it. The
 * OS drops the lock when the process ends, however it ends, so a crash leaves no stale lock. Only
 * the holder may recover interrupted recordings; CLI commands never take the lock.
 *
 * <p>POSIX record locks belong to the process and are dropped when the process closes ANY
 * descriptor of the file, so nothing else in the phone may open this file ({@link PrivateFiles}
 * skips it).
 */
public final class DataFolderLock implements AutoCloseable {
  /** The lock file's name inside the data folder. */
  public static final String FILE_NAME = "vorzimmer.lock";

  private static final long PID_WAIT_MS = 1000;
  private final FileChannel channel;
  private final FileLock lock;

  /** Another process (or this one) already holds the folder's lock. */
  public static final class HeldElsewhereException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient OptionalLong pid;

    HeldElsewhereException(Path file, OptionalLong pid) {
      super(
          "already running as pid "
              + (pid.isPresent() ? Long.toString(pid.getAsLong()) : "(unknown)")
              + " on this data folder ("
              + file.getParent()
              + "); stop that phone first, or use another --home");
      this.pid = pid;
    }

    /** The holder's pid, when its lock file says it. */
    public OptionalLong pid() {
      return pid;
    }
  }

  private DataFolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dataDir} (which must exist) and writes this process's pid into it.
   *
   * @throws HeldElsewhereException when another phone holds it
   * @throws IOException when the lock file cannot be opened or written
   */
  public static DataFolderLock acquire(Path dataDir) throws HeldElsewhereException, IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      PrivateFiles.ownerOnly(file); // before opening: afterwards it could cost us the lock
    }
    FileChannel channel =
        FileChannel.open(
            file,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
            ownerOnly(file));
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      OptionalLong pid = awaitPid(channel, dataDir);
      channel.close();
      throw new HeldElsewhereException(file, pid);
    }
    try {
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      channel.force(true);
    } catch (IOException e) {
      lock.release();
      channel.close();
      throw e;
    }
    return new DataFolderLock(channel, lock);
  }

  private static FileAttribute<?>[] ownerOnly(Path file) throws IOException {
    Path folder = file.getParent();
    if (!Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }

  /**
   * The holder's pid; a holder that has just taken the lock writes it a moment later (two phones
   * started at once), so while the file is empty this waits for the folder to change, for up to
   * {@link #PID_WAIT_MS} in all.
   */
  private static OptionalLong awaitPid(FileChannel channel, Path dataDir) throws IOException {
    long deadline = System.nanoTime() + PID_WAIT_MS * 1_000_000L;
    try (FolderWatch watch = FolderWatch.on(dataDir, Set.of(FILE_NAME))) {
      OptionalLong pid = readPid(channel);
      long left = deadline - System.nanoTime();
      while (pid.isEmpty() && left > 0) {
        if (watch.awaitChange(Duration.ofNanos(left)) == FolderWatch.Wake.INTERRUPTED) {
          return pid;
        }
        pid = readPid(channel);
        left = deadline - System.nanoTime();
      }
      return pid;
    }
  }

  private static OptionalLong readPid(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(32);
    channel.read(buffer, 0);
    String text =
        new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
    try {
      return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Releases the lock (the file stays; its content is only read while someone holds the lock). */
  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
