package org.caseflow.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.caseflow.store.Store;
import org.caseflow.web.Role;
import org.caseflow.web.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code caseflow users}: the dashboard's local accounts. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manages the dashboard's local accounts.",
    subcommands = {UsersCommand.Add.class})
final class UsersCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code caseflow users add NAME --role ROLE}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds an account to the dashboard.",
        "The password is asked for twice on the console, or read from the first line of "
            + "standard input with --password-stdin. Roles: admin (everything, with the audit "
            + "log), analyst (figures, children, actions, imports), manager (figures, children, "
            + "actions), councillor (aggregates only, small counts suppressed)."
      })
  static final class Add implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(paramLabel = "NAME", description = "User name.")
    String name;

    @Option(
        names = "--role",
        required = true,
        description = "admin, analyst, manager or councillor.")
    String role;

    @Option(names = "--password-stdin", description = "Read the password from standard input.")
    boolean stdin;

    @Override
    public Integer call() throws Exception {
      Role r;
      try {
        r = Role.parse(role);
      } catch (IllegalArgumentException e) {
        System.err.println("caseflow users add: " + e.getMessage());
        return 2;
      }
      char[] password;
      if (stdin) {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        password = line == null ? new char[0] : line.toCharArray();
      } else {
        Console console = System.console();
        if (console == null) {
          System.err.println(
              "caseflow users add: no console to ask for the password; use --password-stdin");
          return 2;
        }
        password = console.readPassword("Password for %s: ", name);
        char[] again = console.readPassword("The same password again: ");
        if (password == null || !Arrays.equals(password, again)) {
          System.err.println("caseflow users add: the two passwords differ");
          return 2;
        }
      }
      try (Store s = Store.open(store.location())) {
        new Users(s, Clock.systemDefaultZone()).add(name, r, password);
      } catch (IllegalArgumentException e) {
        System.err.println("caseflow users add: " + e.getMessage());
        return 2;
      } finally {
        Arrays.fill(password, ' ');
      }
      System.out.printf("Added %s (%s).%n", name, r.word());
      return 0;
    }
  }
}
