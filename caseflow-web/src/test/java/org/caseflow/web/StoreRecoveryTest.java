package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed store operation that leaves the store unusable (as a full disk does to DuckDB) is
 * recovered from without a restart: the store is opened again and later requests, sign-in included,
 * work. The fault is simulated: the connection is closed under the work and the engine's full-disk
 * error thrown (the real full disk is the CI fault suite's, on a small tmpfs).
 */
class StoreRecoveryTest {
  @TempDir Path dir;
  WebFixture web;

  static final String FULL =
      "IO Error: Could not write file \"web.duckdb\": No space left on device";

  @BeforeEach
  void start() throws Exception {
    web = new WebFixture(dir, false);
  }

  @AfterEach
  void stop() throws Exception {
    web.close();
  }

  @Test
  void afterAnImportFailsOnAFullDiskLaterRequestsSignInIncludedWork() throws Exception {
    Db db = web.dashboard.db();
    Client analyst = Client.signedIn(web.base(), "analyst");
    db.inject(
        (kind, store) -> {
          if (kind.equals("import")) {
            store.connection().close();
            throw new SQLException(FULL);
          }
        });
    assertThatThrownBy(() -> db.importing(st -> 1)).hasMessageContaining("No space left");
    assertThat(db.broken()).isTrue();
    db.inject(null); // space freed

    // The next request opens the store again; sign-in, pages and actions all work.
    Client manager = Client.signedIn(web.base(), "manager");
    assertThat(db.broken()).isFalse();
    assertThat(analyst.get("/scorecard?period=2024-25").statusCode()).isEqualTo(200);
    assertThat(analyst.get("/imports").statusCode()).isEqualTo(200);
    assertThat(
            manager
                .postForm(
                    "/actions", Map.of("title", "After", "owner", "Team A", "due", "2025-07-01"))
                .statusCode())
        .isEqualTo(303);
    assertThat(manager.get("/actions").body()).contains("After");
    // And an import runs again, on the store opened again.
    boolean closed = db.importing(st -> st.connection().isClosed());
    assertThat(closed).isFalse();
  }

  @Test
  void aPageWhoseConnectionFailsIsAnsweredFromTheStoreOpenedAgain() throws Exception {
    Db db = web.dashboard.db();
    Client analyst = Client.signedIn(web.base(), "analyst");
    AtomicInteger failures = new AtomicInteger();
    db.inject(
        (kind, store) -> {
          if (kind.equals("read") && failures.getAndIncrement() == 0) {
            store.connection().close();
            throw new SQLException(FULL);
          }
        });
    // The first read fails and leaves its connection unusable; the page is tried once more.
    assertThat(analyst.get("/imports").statusCode()).isEqualTo(200);
    assertThat(failures.get()).isEqualTo(2);
    assertThat(db.broken()).isFalse();
  }

  @Test
  void aDiskStillFullIsNamedAsSuchNotAsAFaultInCaseflow() throws Exception {
    Db db = web.dashboard.db();
    Client analyst = Client.signedIn(web.base(), "analyst");
    db.inject(
        (kind, store) -> {
          if (kind.equals("read")) {
            throw new SQLException(FULL);
          }
        });
    var r = analyst.get("/imports");
    assertThat(r.statusCode()).isEqualTo(507);
    assertThat(r.body())
        .contains("The disk is full")
        .contains("The disk holding the store is full; free some space and try again.")
        .doesNotContain("Something went wrong");
    db.inject(null);
    assertThat(analyst.get("/imports").statusCode()).isEqualTo(200);
  }
}
