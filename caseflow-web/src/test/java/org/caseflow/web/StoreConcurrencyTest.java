package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages, sign-in and actions go on while an import holds the store's import connection, and see the
 * last committed state; the import's rows appear once it commits. The import is held open by a
 * latch, not by timing: every request below completes while it is still held.
 */
class StoreConcurrencyTest {
  @TempDir Path dir;
  WebFixture web;
  ExecutorService pool = Executors.newSingleThreadExecutor();

  @BeforeEach
  void start() throws Exception {
    web = new WebFixture(dir, false);
  }

  @AfterEach
  void stop() throws Exception {
    pool.shutdownNow();
    web.close();
  }

  @Test
  void readersSignInAndActionsDoNotWaitForAnImportAndSeeTheLastCommittedState() throws Exception {
    Db db = web.dashboard.db();
    Client analyst = Client.signedIn(web.base(), "analyst");
    analyst.get("/scorecard?period=2024-25"); // computed before the import
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // An import's transaction: a batch written, not committed, until released.
    Future<Integer> held =
        pool.submit(
            () ->
                db.importing(
                    st -> {
                      var c = st.connection();
                      c.setAutoCommit(false);
                      try (PreparedStatement ps =
                          c.prepareStatement(
                              "INSERT INTO import_batch (batch_id, la, return_kind,"
                                  + " collection_year, period_start, period_end, imported_at)"
                                  + " VALUES (9090, '808', 'CIN_CENSUS', 2026, DATE '2025-04-01',"
                                  + " DATE '2026-03-31', TIMESTAMP '2026-06-01 10:00:00')")) {
                        ps.executeUpdate();
                      }
                      writing.countDown();
                      try {
                        if (!release.await(60, TimeUnit.SECONDS)) {
                          throw new IllegalStateException("never released");
                        }
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      c.commit();
                      c.setAutoCommit(true);
                      return 1;
                    }));
    assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

    // While the import holds its connection, uncommitted: every request completes.
    assertThat(analyst.get("/scorecard?period=2024-25").statusCode()).isEqualTo(200);
    HttpResponse<String> imports = analyst.get("/imports");
    assertThat(imports.statusCode()).isEqualTo(200);
    // The last committed state: not the batch being written (9090, for 2025-26).
    assertThat(imports.body()).doesNotContain(">9090<").doesNotContain("2025-26");
    Client manager = Client.signedIn(web.base(), "manager"); // sign-in reads the account
    HttpResponse<String> raised =
        manager.postForm(
            "/actions", Map.of("title", "Review plans", "owner", "Team A", "due", "2025-07-01"));
    assertThat(raised.statusCode()).isEqualTo(303);
    assertThat(manager.get("/actions").body()).contains("Review plans");
    assertThat(manager.get("/audit").statusCode()).isIn(200, 403);
    assertThat(held.isDone()).as("the import is still holding the store").isFalse();

    release.countDown();
    assertThat(held.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    assertThat(analyst.get("/imports").body()).contains(">9090<").contains("2025-26");
  }
}
