package org.caseflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.caseflow.store.Store;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Accounts work the same on DuckDB and PostgreSQL. */
class AccountsOnBothEnginesTest {
  @TempDir Path dir;

  static java.util.stream.Stream<String> engines() {
    return Stores.engines();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void anAccountSignsInOnlyWithItsPassword(String engine) throws Exception {
    try (Store s = Stores.fresh(engine, dir)) {
      Users users = new Users(s, new TestClock(Instant.parse("2025-06-02T09:00:00Z")));
      users.add("kim", Role.ANALYST, "a long password!".toCharArray());
      assertThat(users.verify("kim", "a long password!".toCharArray())).contains(Role.ANALYST);
      assertThat(users.verify("kim", "a long password?".toCharArray())).isEmpty();
      assertThat(users.verify("nobody", "a long password!".toCharArray())).isEmpty();
    }
  }
}
