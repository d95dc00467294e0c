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
    description = {
      "Manages the dashboard's local accounts.",
      "List them, add one, set a new password, disable an account (it cannot sign in, and a "
          + "running dashboard ends its sessions within 30 seconds) or enable it again. Admins "
          + "do the same on the dashboard's Accounts page."
    },
    subcommands = {
      UsersCommand.ListAccounts.class,
      UsersCommand.Add.class,
      UsersCommand.Reset.class,
      UsersCommand.Disable.class,
      UsersCommand.Enable.class
    })
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
      char[] password = askPassword("add", name, stdin);
      if (password == null) {
        return 2;
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

  /**
   * The password from standard input's first line, or asked twice on the console; null (with the
   * reason printed) when it cannot be had.
   */
  static char[] askPassword(String command, String name, boolean stdin) throws java.io.IOException {
    if (stdin) {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return line == null ? new char[0] : line.toCharArray();
    }
    Console console = System.console();
    if (console == null) {
      System.err.println(
          "caseflow users "
              + command
              + ": no console to ask for the password; use --password-stdin or --generate");
      return null;
    }
    char[] password = console.readPassword("Password for %s: ", name);
    char[] again = console.readPassword("The same password again: ");
    if (password == null || !Arrays.equals(password, again)) {
      System.err.println("caseflow users " + command + ": the two passwords differ");
      return null;
    }
    return password;
  }

  /** {@code caseflow users list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the dashboard's accounts.",
        "One line each: the name, the role, the day it was added and whether it is disabled."
      })
  static final class ListAccounts implements Callable<Integer> {
    @Mixin StoreOption store;

    @Override
    public Integer call() throws Exception {
      try (Store s = Store.open(store.location())) {
        var accounts = new Users(s, Clock.systemDefaultZone()).list();
        if (accounts.isEmpty()) {
          System.out.println("No accounts yet: add one with caseflow users add NAME --role ROLE.");
        }
        for (Users.Account a : accounts) {
          System.out.printf(
              "%-24s %-11s added %s%s%n",
              a.name(),
              a.role().word(),
              a.created().toLocalDate(),
              a.disabled() ? "  disabled" : "");
        }
      }
      return 0;
    }
  }

  /** {@code caseflow users reset NAME}. */
  @Command(
      name = "reset",
      mixinStandardHelpOptions = true,
      description = {
        "Sets a new password for an account.",
        "The password is asked for twice on the console, read from standard input with "
            + "--password-stdin, or made with --generate and printed this once. Sessions "
            + "already signed in on a running dashboard go on; disable and enable the account "
            + "to end them, or reset it on the dashboard's Accounts page, which ends them."
      })
  static final class Reset implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(paramLabel = "NAME", description = "User name.")
    String name;

    @Option(names = "--password-stdin", description = "Read the password from standard input.")
    boolean stdin;

    @Option(names = "--generate", description = "Make a random password and print it once.")
    boolean generate;

    @Override
    public Integer call() throws Exception {
      String made = generate ? Users.generatePassword() : null;
      char[] password = made != null ? made.toCharArray() : askPassword("reset", name, stdin);
      if (password == null) {
        return 2;
      }
      try (Store s = Store.open(store.location())) {
        new Users(s, Clock.systemDefaultZone()).reset(name, password);
      } catch (IllegalArgumentException e) {
        System.err.println("caseflow users reset: " + e.getMessage());
        return 2;
      } finally {
        Arrays.fill(password, ' ');
      }
      System.out.printf("Set a new password for %s.%n", name);
      if (made != null) {
        System.out.printf("The password, shown this once: %s%n", made);
      }
      return 0;
    }
  }

  /** {@code caseflow users disable NAME}. */
  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = {
        "Disables an account so that it cannot sign in.",
        "A running dashboard ends the account's sessions within 30 seconds. The account, and "
            + "what it did in the audit log, stay; enable it again with caseflow users enable."
      })
  static final class Disable implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(paramLabel = "NAME", description = "User name.")
    String name;

    @Override
    public Integer call() throws Exception {
      return toggle(store, "disable", name, false);
    }
  }

  /** {@code caseflow users enable NAME}. */
  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = {
        "Enables a disabled account again.",
        "It signs in with the password it had; set a new one with caseflow users reset."
      })
  static final class Enable implements Callable<Integer> {
    @Mixin StoreOption store;

    @Parameters(paramLabel = "NAME", description = "User name.")
    String name;

    @Override
    public Integer call() throws Exception {
      return toggle(store, "enable", name, true);
    }
  }

  private static int toggle(StoreOption store, String command, String name, boolean on)
      throws Exception {
    try (Store s = Store.open(store.location())) {
      Users users = new Users(s, Clock.systemDefaultZone());
      if (on) {
        users.enable(name);
      } else {
        users.disable(name);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("caseflow users " + command + ": " + e.getMessage());
      return 2;
    }
    System.out.printf("%s %s.%n", on ? "Enabled" : "Disabled", name);
    return 0;
  }
}
