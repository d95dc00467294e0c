package org.caseflow.web;

import java.util.Locale;
import org.caseflow.compare.Formats;

/**
 * The largest upload the dashboard accepts, all its files together: a larger one is answered 413
 * with a plain message naming the limit, whether its declared length says so before it is read or
 * Jetty finds it while reading the form.
 *
 * @param bytes the limit
 */
public record UploadLimit(long bytes) {
  /** The refusal, naming the limit and how to raise it. */
  public Halt refusal() {
    return Halt.status(
        413,
        "The upload is larger than the dashboard accepts: at most "
            + Formats.count((double) (bytes / (1024 * 1024)))
            + " MB in one upload (caseflow serve --max-upload-mb). Upload fewer files at a time,"
            + " or ask whoever runs the dashboard to raise the limit. Nothing was imported.");
  }

  /** Whether a request's declared length is over the limit. */
  public boolean over(long declaredLength) {
    return declaredLength > bytes;
  }

  /** Whether Jetty refused a form for its size (past its multipart limits, set to this one). */
  public static boolean refusedBySize(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.startsWith("max file size exceeded") || m.startsWith("max length exceeded")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether Jetty could not read a form at all: a part's headers hold a byte HTTP does not allow (a
   * file name with a NUL or another control character) or are malformed.
   */
  public static boolean unreadableForm(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().startsWith("org.eclipse.jetty.http.")) {
        return true;
      }
    }
    return false;
  }

  /** The answer to a form Jetty could not read. */
  public static Halt unreadable() {
    return Halt.status(
        400,
        "The upload could not be read: a file's name or a part of the form holds a character"
            + " that is not allowed (such as NUL or another control character). Rename the file"
            + " and upload it again. Nothing was imported.");
  }
}
