package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A logged exception shows its types and frames, not its messages. */
class LogThrowablesTest {
  @Test
  void aLoggedExceptionShowsItsTypesButNotTheMessagesThatCouldQuoteAChild() {
    LoggerContext context = new LoggerContext();
    Exception e =
        new IllegalStateException(
            "row C0012345", new SQLException("Duplicate key child_id: C0012345"));
    LoggingEvent event =
        new LoggingEvent(
            LogThrowablesTest.class.getName(),
            context.getLogger("org.eclipse.jetty"),
            Level.WARN,
            "request failed",
            e,
            null);
    String shown = new LogThrowables().convert(event);
    assertThat(shown)
        .startsWith("java.lang.IllegalStateException\n\tat org.caseflow.cli.LogThrowablesTest")
        .contains("caused by java.sql.SQLException")
        .doesNotContain("C0012345");
  }

  @Test
  void theLogPatternUsesItInPlaceOfLogbacksOwnExceptionOutput() throws Exception {
    try (InputStream in = LogThrowablesTest.class.getResourceAsStream("/logback.xml")) {
      String config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(config)
          .contains("class=\"org.caseflow.cli.LogThrowables\"")
          .contains("%msg%n%safeEx</pattern>");
    }
    // Logback reads it without complaint.
    LoggerContext loaded = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    assertThat(loaded.getStatusManager().getCopyOfStatusList())
        .noneMatch(st -> st.getLevel() >= ch.qos.logback.core.status.Status.WARN);
  }
}
