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

  @Test
  void accountsAreListedResetDisabledAndEnabledAndADisabledOneCannotSignIn() throws Exception {
    String store = dir.resolve("users3.duckdb").toString();
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
    withStdin(
        "another long password\n",
        "users",
        "add",
        "ali",
        "--role",
        "admin",
        "--password-stdin",
        "--store",
        store);
    var list = CommandLineTest.run("users", "list", "--store", store);
    assertThat(list.code()).as(list.err()).isZero();
    // By name: ali before priya, neither disabled.
    assertThat(list.out().lines().map(String::strip).map(l -> l.split("\\s+")[0]))
        .containsExactly("ali", "priya");
    assertThat(list.out()).doesNotContain("disabled");
    var disable = CommandLineTest.run("users", "disable", "priya", "--store", store);
    assertThat(disable.code()).as(disable.err()).isZero();
    assertThat(disable.out()).contains("Disabled priya.");
    assertThat(CommandLineTest.run("users", "list", "--store", store).out())
        .containsPattern("priya +manager +added \\d{4}-\\d{2}-\\d{2}  disabled");
    try (Store s = Store.open(store)) {
      var users = new org.caseflow.web.Users(s, java.time.Clock.systemUTC());
      assertThat(
              org.caseflow.web.Users.check(
                  users.row("priya"), "a very long password".toCharArray()))
          .as("a disabled account's right password")
          .isEmpty();
    }
    assertThat(CommandLineTest.run("users", "enable", "priya", "--store", store).code()).isZero();
    var reset = CommandLineTest.run("users", "reset", "priya", "--generate", "--store", store);
    assertThat(reset.code()).as(reset.err()).isZero();
    String made =
        reset
            .out()
            .lines()
            .filter(l -> l.startsWith("The password, shown this once: "))
            .findFirst()
            .orElseThrow()
            .substring("The password, shown this once: ".length());
    assertThat(made).hasSize(16);
    try (Store s = Store.open(store)) {
      var users = new org.caseflow.web.Users(s, java.time.Clock.systemUTC());
      assertThat(org.caseflow.web.Users.check(users.row("priya"), made.toCharArray()))
          .contains(org.caseflow.web.Role.MANAGER);
      assertThat(
              org.caseflow.web.Users.check(
                  users.row("priya"), "a very long password".toCharArray()))
          .isEmpty();
    }
    var unknown = CommandLineTest.run("users", "disable", "nobody", "--store", store);
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("there is no user called nobody");
  }

  @Test
  void theDemoKeepsTheAccountsActionsAndAuditLogOfTheStoreItReplaces() throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Store s = Store.open(file.toString())) {
      new org.caseflow.web.Users(s, java.time.Clock.systemUTC())
          .add("priya", org.caseflow.web.Role.MANAGER, "a very long password".toCharArray());
      new org.caseflow.store.AuditLog(s, java.time.Clock.systemUTC())
          .record("priya", "children", "808", "OC07 2024-25", 3);
      try (Statement st = s.connection().createStatement()) {
        st.executeUpdate(
            "INSERT INTO clinic_action VALUES (1, '808', 'Review plans', 'OC07', 'Head of CP',"
                + " DATE '2025-07-01', 'open', 'priya', TIMESTAMP '2025-06-02 09:00:00')");
      }
    }
    var saved = DemoCommand.save(file);
    assertThat(saved.stream().map(t -> t.table() + " " + t.rows().size()))
        .containsExactly("app_user 1", "clinic_action 1", "clinic_action_update 0", "audit_log 1");
    Path fresh = dir.resolve("new.duckdb");
    try (Store s = Store.open(fresh.toString())) {
      DemoCommand.restore(s, saved);
      var users = new org.caseflow.web.Users(s, java.time.Clock.systemUTC());
      assertThat(
              org.caseflow.web.Users.check(
                  users.row("priya"), "a very long password".toCharArray()))
          .contains(org.caseflow.web.Role.MANAGER);
      assertThat(new org.caseflow.store.AuditLog(s, java.time.Clock.systemUTC()).latest(10))
          .extracting(org.caseflow.store.AuditLog.Entry::subject)
          .containsExactly("OC07 2024-25");
      try (Statement st = s.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT title FROM clinic_action")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Review plans");
      }
    }
    assertThat(CommandLineTest.run("demo", "--help").out()).contains("--fresh");
  }
}
