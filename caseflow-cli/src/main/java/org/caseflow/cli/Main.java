package org.caseflow.cli;

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
      IndicatorsCommand.class,
      ExplainCommand.class,
      ChildrenCommand.class,
      CompareCommand.class,
      ReportCommand.class,
      NeighboursCommand.class,
      BenchmarksCommand.class,
      BenchCommand.class,
      TemplatesCommand.class,
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
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
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
