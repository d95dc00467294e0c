package org.caseflow.cli;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * The exception of a log line, as its types and first frames, cause by cause, without their
 * messages: a library that logs an exception (a database's, a parser's) may have a message quoting
 * a value from a row, such as a child's identifier. Used by {@code logback.xml} as {@code %safeEx}.
 */
public final class LogThrowables extends ThrowableHandlingConverter {
  private static final int FRAMES = 5;

  @Override
  public String convert(ILoggingEvent event) {
    IThrowableProxy t = event.getThrowableProxy();
    if (t == null) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    int depth = 0;
    for (; t != null && depth < 10; t = t.getCause(), depth++) {
      s.append(depth == 0 ? "" : "caused by ").append(t.getClassName()).append('\n');
      StackTraceElementProxy[] at = t.getStackTraceElementProxyArray();
      for (int k = 0; at != null && k < Math.min(FRAMES, at.length); k++) {
        s.append("\tat ").append(at[k].getStackTraceElement()).append('\n');
      }
    }
    return s.toString();
  }
}
