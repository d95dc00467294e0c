package org.caseflow.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An import the store's disk has no room for is refused before anything is written. */
class FreeSpaceCheckTest {
  static final long MB = 1024 * 1024;

  @Test
  void anImportNeedingMoreThanTheDiskHoldsIsRefusedNamingTheFullDisk() {
    // 10 MB of files need 64 MB + 4 x 10 MB = 104 MB; 100 MB free is 4 MB short.
    assertThatThrownBy(() -> Importer.checkSpace(100 * MB, 10 * MB))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            "the disk holding the store is full: 100 MB free, and an import of these files needs"
                + " at least 104 MB (64 MB and 4 times their size); free some space and try again."
                + " Nothing was imported: the store is unchanged.");
  }

  @Test
  void exactlyEnoughFreeSpaceIsEnough() {
    assertThatCode(() -> Importer.checkSpace(104 * MB, 10 * MB)).doesNotThrowAnyException();
  }

  @Test
  void aStoreWhoseFreeSpaceCannotBeToldIsNotChecked() {
    // PostgreSQL: its server names its own full disk (SQL state 53100).
    assertThatCode(() -> Importer.checkSpace(-1, 10 * MB)).doesNotThrowAnyException();
  }

  @Test
  void aDuckDbStoreTellsTheFreeSpaceOfItsDisk() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("caseflow-space");
    try (Store s = Store.open(dir.resolve("s.duckdb").toString())) {
      long free = s.usableSpace();
      org.assertj.core.api.Assertions.assertThat(free)
          .isCloseTo(
              java.nio.file.Files.getFileStore(dir).getUsableSpace(),
              org.assertj.core.api.Assertions.within(64 * MB));
    } finally {
      try (var walk = java.nio.file.Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
