package org.caseflow.cli;

import com.sun.security.auth.module.NTSystem;
import com.sun.security.auth.module.UnixSystem;

/**
 * The operating-system account running caseflow, for the audit log of what the command line shows.
 *
 * <p>It is asked of the operating system, not read from the {@code user.name} property, which
 * anyone can set on the command line ({@code -Duser.name=}) or in {@code JAVA_TOOL_OPTIONS}: on
 * Unix the JDK's {@code UnixSystem} looks up the process's real user id with {@code getpwuid}
 * (through the system's name service, so directory accounts are named too); on Windows {@code
 * NTSystem} gives the process token's domain and account. Where neither answers, the account is
 * recorded as {@code unknown}, never as a name the caller chose.
 *
 * <p>The limits, honestly: this names whoever the process runs as. A shared service account records
 * the service account, {@code sudo -u} records the account switched to, and anyone who can write
 * the store's file can write any row into its audit log; the log records what caseflow was asked to
 * show, under the account that asked, and no more.
 */
final class OsAccount {
  private OsAccount() {}

  /** The account's name, as the operating system gives it. */
  static String current() {
    try {
      UnixSystem unix = new UnixSystem();
      String name = unix.getUsername();
      return name == null || name.isBlank() ? "uid " + unix.getUid() : name;
    } catch (LinkageError | RuntimeException notUnix) {
      // not a Unix system, or the JDK lacks the module: try Windows
    }
    try {
      NTSystem nt = new NTSystem();
      String name = nt.getName();
      if (name != null && !name.isBlank()) {
        return nt.getDomain() == null ? name : nt.getDomain() + "\\" + name;
      }
    } catch (LinkageError | RuntimeException notWindows) {
      // neither: say so
    }
    return "unknown";
  }
}
