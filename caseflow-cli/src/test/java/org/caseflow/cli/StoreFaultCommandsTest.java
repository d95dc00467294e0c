package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.caseflow.cli.CommandLineTest.Run;
import org.caseflow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults a person can put right are named plainly; the audit names the real account. */
class StoreFaultCommandsTest {
  @TempDir Path dir;

  @Test
  void aCommandOnAStoreThatARunningServerHoldsSaysSoAndExitsWithTwo() throws Exception {
    Path file = dir.resolve("held.duckdb");
    Store.open(file.toString()).close();
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldStore.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("holding");
      Run r =
          CommandLineTest.run(
              "indicators", "--store", file.toString(), "--la", "808", "--period", "2024-25");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err())
          .isEqualTo(
              "caseflow indicators: the store "
                  + file.toAbsolutePath()
                  + " is in use by another caseflow process (a running dashboard?); stop it or"
                  + " use a copy"
                  + System.lineSeparator());
      Run imported = CommandLineTest.run("import", "--store", file.toString(), dir.toString());
      assertThat(imported.code()).isEqualTo(2);
      assertThat(imported.err()).contains("is in use by another caseflow process");
      // Every command that opens a store says the same, plainly, and exits with 2.
      String f = file.toString();
      String[][] commands = {
        {"validate", "--store", f, "--la", "808", "--year", "2024-25"},
        {"children", "OC07", "--store", f, "--la", "808", "--period", "2024-25"},
        {"compare", "--store", f, "--la", "808", "--period", "2024-25"},
        {"report", "--store", f, "--la", "808", "--period", "2024-25", "--out", dir + "/r"},
        {"serve", "--store", f, "--port", "0"},
      };
      for (String[] command : commands) {
        Run held = CommandLineTest.run(command);
        assertThat(held.code()).as(String.join(" ", command) + ": " + held.err()).isEqualTo(2);
        assertThat(held.err())
            .as(command[0])
            .contains("is in use by another caseflow process (a running dashboard?); stop it or")
            .doesNotContain("please report this")
            .doesNotContain("\tat ");
      }
    } finally {
      holder.getOutputStream().close();
      holder.waitFor(20, TimeUnit.SECONDS);
      holder.destroy();
    }
  }

  @Test
  void aChildListIsAuditedUnderTheOperatingSystemAccountWhateverUserNameIsSetTo() throws Exception {
    String store = dir.resolve("audit.duckdb").toString();
    // A council with a return loaded: the children command refuses a council with none.
    Path returns = dir.resolve("returns");
    org.caseflow.synth.Synthesiser.generate(
        new org.caseflow.synth.SynthSpec("808", 2025, 2025, 5, 0.05, false), returns);
    Run imported =
        CommandLineTest.run("import", "--store", store, "--la", "808", returns.toString());
    assertThat(imported.code()).as(imported.err()).isIn(0, 1);
    Process id = new ProcessBuilder("id", "-un").start();
    String account = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    id.waitFor(10, TimeUnit.SECONDS);
    assertThat(account).isNotBlank().isNotEqualTo("mallory");
    String was = System.getProperty("user.name");
    System.setProperty("user.name", "mallory");
    Run r;
    try {
      r =
          CommandLineTest.run(
              "children", "IN05", "--store", store, "--la", "808", "--period", "2024-25");
    } finally {
      System.setProperty("user.name", was);
    }
    assertThat(r.code()).as(r.err()).isZero();
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + store);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT actor FROM audit_log WHERE action = 'children'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(account);
      assertThat(rs.next()).isFalse();
    }
  }

  /** Holds a store open, as a running dashboard does, until its input closes. */
  static final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
      try (Store s = Store.open(args[0])) {
        System.out.println("holding");
        System.out.flush();
        System.in.read();
      }
    }
  }
}
