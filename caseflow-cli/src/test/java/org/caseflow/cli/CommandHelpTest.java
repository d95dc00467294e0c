package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command's --help is complete and wrapped at the width it is given. */
class CommandHelpTest {
  /** Every command and subcommand but picocli's own {@code help}, by its full name. */
  static Stream<String> commands() {
    List<String> names = new ArrayList<>();
    walk(Main.commandLine(), names);
    return names.stream();
  }

  private static void walk(CommandLine line, List<String> names) {
    for (CommandLine sub : line.getSubcommands().values()) {
      if (!sub.getCommandName().equals("help") && !names.contains(qualified(sub))) {
        names.add(qualified(sub));
        walk(sub, names);
      }
    }
  }

  private static String qualified(CommandLine line) {
    return line.getCommandSpec().qualifiedName(" ").replaceFirst("^caseflow ", "");
  }

  private static CommandLine find(CommandLine root, String name) {
    CommandLine line = root;
    for (String part : name.split(" ")) {
      line = line.getSubcommands().get(part);
    }
    return line;
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("commands")
  void helpPrintedByTheCommandFitsEightyColumnsWhenNoTerminalSaysOtherwise(String name) {
    List<String> args = new ArrayList<>(List.of(name.split(" ")));
    args.add("--help");
    PrintStream out = System.out;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      code = Main.run(args.toArray(String[]::new));
    } finally {
      System.setOut(out);
    }
    String help = o.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(help).startsWith("Usage: caseflow " + name);
    assertThat(help.lines()).allSatisfy(l -> assertThat(l).as(name).hasSizeLessThanOrEqualTo(80));
  }

  @ParameterizedTest(name = "width {0}")
  @ValueSource(ints = {80, 100, 120})
  void everyHelpLineFitsTheWidthItIsWrappedAt(int width) {
    CommandLine root = Main.commandLine().setUsageHelpAutoWidth(false).setUsageHelpWidth(width);
    assertThat(root.getUsageMessage().lines())
        .allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(width));
    for (String name : commands().toList()) {
      assertThat(find(root, name).getUsageMessage().lines())
          .allSatisfy(l -> assertThat(l).as(name).hasSizeLessThanOrEqualTo(width));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void everyDescriptionIsWholeSentencesAndItsFirstIsTheSummary(String name) {
    CommandSpec spec = find(Main.commandLine(), name).getCommandSpec();
    String[] description = spec.usageMessage().description();
    assertThat(description).as(name).isNotEmpty();
    // Each element is a paragraph, wrapped by picocli: never a line broken by hand mid-sentence.
    assertThat(description).allSatisfy(p -> assertThat(p).as(name).endsWith("."));
    for (OptionSpec o : spec.options()) {
      assertThat(o.description()).as(name + " " + o.longestName()).hasSize(1);
      assertThat(o.description()[0]).as(name + " " + o.longestName()).endsWith(".");
    }
  }

  @ParameterizedTest(name = "width {0}")
  @ValueSource(ints = {80, 120})
  void theCommandListGivesEachCommandsWholeSummary(int width) {
    CommandLine root = Main.commandLine().setUsageHelpAutoWidth(false).setUsageHelpWidth(width);
    for (CommandLine parent : List.of(root, root.getSubcommands().get("users"))) {
      List<String> entries = commandList(parent.getUsageMessage());
      assertThat(entries).hasSize(parent.getSubcommands().size());
      for (String entry : entries) {
        String command = entry.substring(0, entry.indexOf(' '));
        String summary = entry.substring(command.length()).strip();
        var usage = parent.getSubcommands().get(command).getCommandSpec().usageMessage();
        // picocli lists a command by its header when it has one (its own help command does).
        String first = usage.header().length > 0 ? usage.header()[0] : usage.description()[0];
        assertThat(summary).as(command).isEqualTo(first).endsWith(".");
      }
    }
  }

  @Test
  void theTopLevelHelpNamesEveryCommand() {
    String help = Main.commandLine().getUsageMessage();
    for (String name : commands().filter(n -> !n.contains(" ")).toList()) {
      assertThat(help).containsPattern("(?m)^  " + name + " ");
    }
  }

  /** The entries under "Commands:", each with its wrapped lines joined by single spaces. */
  private static List<String> commandList(String usage) {
    List<String> entries = new ArrayList<>();
    boolean in = false;
    for (String line : usage.lines().toList()) {
      if (line.equals("Commands:")) {
        in = true;
      } else if (in && line.startsWith("  ") && !line.startsWith("   ")) {
        entries.add(line.strip().replaceAll(" +", " "));
      } else if (in && line.startsWith("   ")) {
        int last = entries.size() - 1;
        entries.set(last, entries.get(last) + " " + line.strip());
      } else if (in) {
        in = false;
      }
    }
    return entries;
  }
}
