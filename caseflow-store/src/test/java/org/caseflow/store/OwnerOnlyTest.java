package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What holds children's data is created readable by its owner only. */
class OwnerOnlyTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aNewStoreAndTheFoldersMadeForItAreTheOwnersOnly() throws Exception {
    Path file = dir.resolve("council/stores/caseflow.duckdb");
    try (Store s = Store.open(file.toString())) {
      assertThat(s.description()).contains("caseflow.duckdb");
    }
    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(mode(dir.resolve("council/stores"))).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("council"))).isEqualTo("rwx------");
  }

  @Test
  void anExistingStoreReadableByOthersIsMadeTheOwnersOnlyWhenOpened() throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Store s = Store.open(file.toString())) {
      assertThat(s.description()).isNotEmpty();
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    try (Store s = Store.open(file.toString())) {
      assertThat(mode(file)).isEqualTo("rw-------");
    }
  }

  @Test
  void anExportIsWrittenOwnerOnlyNewOrReplaced() throws Exception {
    Path fresh = dir.resolve("out/children.csv");
    OwnerOnly.createDirectories(fresh.getParent());
    OwnerOnly.writeString(fresh, "child_id\n");
    assertThat(mode(fresh)).isEqualTo("rw-------");
    assertThat(mode(fresh.getParent())).isEqualTo("rwx------");
    Path old = dir.resolve("report.html");
    Files.writeString(old, "a much longer old text");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-rw-rw-"));
    try (OutputStream o = OwnerOnly.newOutputStream(old)) {
      o.write("new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(mode(old)).isEqualTo("rw-------");
    assertThat(Files.readString(old)).isEqualTo("new");
  }
}
