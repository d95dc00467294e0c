package org.caseflow.cli;

import org.caseflow.store.StoreFault;
import org.caseflow.store.StoreInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code caseflow} command. */
@Command(
    name = "caseflow",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Children's social care performance from the statutory returns.",
    subcommands = {
      DemoCommand.class,
      SynthCommand.class,
      ImportCommand.class,
      ValidateCommand.class,
      IndicatorsCommand.class,
      ExplainCommand.class,
      ChildrenCommand.class,
      CompareCommand.class,
      SpcCommand.class,
      ReportCommand.class,
      NeighboursCommand.class,
      BenchmarksCommand.class,
      BenchCommand.class,
      TemplatesCommand.class,
      ServeCommand.class,
      UsersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The command line with every command: help wrapped at the terminal's width (80 columns when it
   * cannot be told, as under a test or a pipe), safe failure messages.
   */
  static CommandLine commandLine() {
    return withSafeFailures(new CommandLine(new Main()))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(true);
  }

  /**
   * Makes a command that fails with an unexpected exception print what failed and where, but no
   * exception message: a database's or a parser's message may quote a child's identifier or date of
   * birth, and picocli's default prints the whole stack trace with every message.
   */
  static CommandLine withSafeFailures(CommandLine line) {
    return line.setExecutionExceptionHandler(
        (e, failed, parsed) -> {
          String name = failed.getCommandSpec().qualifiedName();
          StoreFault fault = StoreFault.of(e);
          if (fault != null) {
            // A fault a person can put right: say what it is and what to do, plainly.
            StoreInUseException held = inUse(e);
            failed
                .getErr()
                .println(name + ": " + (held != null ? held.getMessage() : fault.advice()));
            failed.getErr().flush();
            return fault == StoreFault.IN_USE ? 2 : 1;
          }
          failed
              .getErr()
              .println(
                  name
                      + ": failed, a fault in caseflow or its store; please report this with: "
                      + withoutMessages(e));
          failed.getErr().flush();
          return 1;
        });
  }

  private static StoreInUseException inUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof StoreInUseException held) {
        return held;
      }
    }
    return null;
  }

  /** The exception's types and first frames, cause by cause, without their messages. */
  static String withoutMessages(Throwable e) {
    StringBuilder s = new StringBuilder();
    int depth = 0;
    for (Throwable t = e; t != null && depth < 10; t = t.getCause() == t ? null : t.getCause()) {
      depth++;
      s.append(s.length() == 0 ? "" : "\n  caused by ").append(t.getClass().getName());
      StackTraceElement[] at = t.getStackTrace();
      for (int k = 0; k < Math.min(3, at.length); k++) {
        s.append("\n\tat ").append(at[k]);
      }
    }
    return s.toString();
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"caseflow " + (v == null ? "development build" : v)};
    }
  }
}
