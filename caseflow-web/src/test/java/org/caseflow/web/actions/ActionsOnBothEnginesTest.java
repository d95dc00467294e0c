package org.caseflow.web.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.caseflow.web.TestClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The clinic's actions work the same on DuckDB and PostgreSQL. */
class ActionsOnBothEnginesTest {
  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void anActionIsRaisedUpdatedAndClosedWithItsHistoryKept(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Actions actions = new Actions(s, new TestClock(Instant.parse("2025-06-02T09:00:00Z")));
      long first =
          actions.raise(
              "808",
              "Chase late ICPCs",
              "PR09 2024-25",
              "CP manager",
              LocalDate.of(2025, 6, 1),
              "ann");
      long second =
          actions.raise("808", "Audit plans", "OC11", "IRO lead", LocalDate.of(2025, 7, 1), "ann");
      assertThat(second).isEqualTo(first + 1);
      // Due 1 June, still open on 2 June: overdue. Due 1 July: not yet.
      assertThat(actions.find(first).orElseThrow().overdue(LocalDate.of(2025, 6, 2))).isTrue();
      assertThat(actions.find(second).orElseThrow().overdue(LocalDate.of(2025, 6, 2))).isFalse();
      actions.update(first, "ann", Actions.Status.IN_PROGRESS, "Asked the teams");
      actions.update(first, "ben", Actions.Status.DONE, "All held");
      assertThat(actions.find(first).orElseThrow().status()).isEqualTo(Actions.Status.DONE);
      assertThat(actions.find(first).orElseThrow().overdue(LocalDate.of(2025, 6, 2))).isFalse();
      assertThat(actions.updates(first))
          .extracting(Actions.Update::note)
          .containsExactly("Asked the teams", "All held");
      assertThat(actions.list("808")).extracting(Actions.Action::id).containsExactly(first, second);
    }
  }
}
