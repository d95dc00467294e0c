package org.caseflow.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that hold children's data, readable by their owner only: files 0600, folders
 * 0700, where the file system has POSIX permissions (elsewhere, as the system makes them).
 *
 * <p>This covers what caseflow creates itself. DuckDB creates its write-ahead log (the store's
 * {@code .wal}) with the process's umask, so the {@code caseflow} launcher sets {@code umask 077}.
 */
public final class OwnerOnly {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private OwnerOnly() {}

  private static boolean posix(Path p) {
    Path at = p.toAbsolutePath();
    while (at != null && !Files.exists(at)) {
      at = at.getParent();
    }
    return at != null && at.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** Creates the folder and any missing parents, each created one owner-only. */
  public static Path createDirectories(Path dir) throws IOException {
    Path abs = dir.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      return dir;
    }
    if (!posix(abs)) {
      Files.createDirectories(abs);
      return dir;
    }
    if (abs.getParent() != null) {
      createDirectories(abs.getParent());
    }
    try {
      Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(FOLDER));
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(abs)) {
        throw e;
      }
    }
    return dir;
  }

  /**
   * Opens a file to write from its start: created owner-only when missing; an existing file is made
   * owner-only before anything is written to it.
   */
  public static OutputStream newOutputStream(Path file) throws IOException {
    if (posix(file)) {
      FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FILE);
      try {
        Files.createFile(file, attr);
      } catch (FileAlreadyExistsException e) {
        restrict(file);
      }
    }
    return Files.newOutputStream(
        file,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  /** Writes text to a file, owner-only. */
  public static void writeString(Path file, String text) throws IOException {
    try (OutputStream out = newOutputStream(file)) {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Makes an existing regular file owner-only (nothing when missing or not POSIX). */
  public static void restrict(Path file) throws IOException {
    if (Files.isRegularFile(file) && posix(file)) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }
}
