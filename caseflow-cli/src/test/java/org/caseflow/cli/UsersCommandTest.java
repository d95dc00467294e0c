package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.caseflow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code caseflow users add}: accounts for the dashboard, passwords never stored in clear. */
class UsersCommandTest {
  @TempDir Path dir;

  private static CommandLineTest.Run withStdin(String input, String... args) {
    InputStream in = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      return CommandLineTest.run(args);
    } finally {
      System.setIn(in);
    }
  }

  @Test
  void anAccountIsAddedWithABcryptHashOfCostTenOrMore() throws Exception {
    String store = dir.resolve("users.duckdb").toString();
    var r =
        withStdin(
            "a very long password\n",
            "users",
            "add",
            "priya",
            "--role",
            "manager",
            "--password-stdin",
            "--store",
            store);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Added priya (manager)");
    try (Store s = Store.open(store);
        Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT role, password_hash FROM app_user")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("MANAGER");
      // $2a$10$...: bcrypt, cost 10; the password itself is not there.
      assertThat(rs.getString(2)).startsWith("$2a$10$").doesNotContain("password");
    }
    var again =
        withStdin(
            "another long password\n",
            "users",
            "add",
            "priya",
            "--role",
            "admin",
            "--password-stdin",
            "--store",
            store);
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("already a user called priya");
  }

  @Test
  void aShortPasswordOrAnUnknownRoleIsRefused() {
    String store = dir.resolve("users2.duckdb").toString();
    var shortOne =
        withStdin(
            "short\n",
            "users",
            "add",
            "sam",
            "--role",
            "analyst",
            "--password-stdin",
            "--store",
            store);
    assertThat(shortOne.code()).isEqualTo(2);
    assertThat(shortOne.err()).contains("at least 12 characters");
    var role =
        withStdin(
            "a very long password\n",
            "users",
            "add",
            "sam",
            "--role",
            "director",
            "--password-stdin",
            "--store",
            store);
    assertThat(role.code()).isEqualTo(2);
    assertThat(role.err()).contains("expected admin, analyst, manager or councillor");
  }

  @Test
  void theDemoWithNoServeReturnsWithoutStartingTheDashboard() {
    // Tests have no console either, so the dashboard would not start; --no-serve says it outright.
    assertThat(CommandLineTest.run("demo", "--help").out()).contains("--no-serve");
  }
}
