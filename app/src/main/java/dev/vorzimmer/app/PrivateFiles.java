package dev.vorzimmer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data folder holds voicemail, the call log and (with {@code --home}) the password: it is the
 * owner's alone, whatever the umask says. Folders become 0700, files 0600. On file systems without
 * POSIX permissions nothing is changed. Symbolic links are neither followed nor changed.
 */
public final class PrivateFiles {
  private static final Set<PosixFilePermission> FILE =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  private static final Set<PosixFilePermission> FOLDER =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private PrivateFiles() {}

  /**
   * Creates the data folder of {@code home} if needed and makes it, everything in it and the
   * configuration file owner-only.
   */
  public static void secure(AppHome home) throws IOException {
    Files.createDirectories(home.dataDir());
    List<Path> all;
    try (Stream<Path> walk = Files.walk(home.dataDir())) {
      all = walk.toList();
    }
    for (Path p : all) {
      if (p.getFileName().toString().equals(DataFolderLock.FILE_NAME)) {
        continue; // created 0600 by its holder; touching it must not risk the lock
      }
      try {
        ownerOnly(p);
      } catch (NoSuchFileException e) {
        // deleted meanwhile (a message removed by the CLI): nothing left to protect
      }
    }
    if (Files.exists(home.configFile(), LinkOption.NOFOLLOW_LINKS)) {
      ownerOnly(home.configFile());
    }
  }

  /**
   * Makes {@code path} owner-only: 0700 for a folder, 0600 for a file; links are left alone. The
   * mode is set by path (chmod), never through an opened file: closing any descriptor of a file
   * would drop this process's lock on it ({@link DataFolderLock}).
   */
  public static void ownerOnly(Path path) throws IOException {
    if (Files.isSymbolicLink(path)
        || !Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Files.setPosixFilePermissions(
        path, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE);
  }
}
