package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that fails unexpectedly says so without the exception's message. */
class CommandFailureTest {
  @Command(name = "leaky")
  static final class Leaky implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException(
          "wrapped",
          new SQLException("Conversion Error: could not convert 'SECRET-CHILD-7' to DATE"));
    }
  }

  @Test
  void anUnexpectedFailurePrintsTheExceptionTypesButNoMessageThatCouldQuoteAChild() {
    StringWriter err = new StringWriter();
    CommandLine line = Main.withSafeFailures(new CommandLine(new Leaky()));
    line.setErr(new PrintWriter(err, true));

    int code = line.execute();

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("leaky: failed, a fault in caseflow or its store; please report this with:")
        .contains("java.lang.IllegalStateException")
        .contains("caused by java.sql.SQLException")
        .doesNotContain("SECRET-CHILD-7")
        .doesNotContain("wrapped");
  }
}
