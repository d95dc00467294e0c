package org.caseflow.web.accounts;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseflow.compare.Formats;
import org.caseflow.web.Area;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Role;
import org.caseflow.web.Routes;
import org.caseflow.web.Session;
import org.caseflow.web.Sessions;
import org.caseflow.web.Users;
import org.caseflow.web.Views;
import org.caseflow.web.Web;

/**
 * The accounts page (admins only): every account with its role and state, and forms to add one, set
 * a new password (entered, or made and shown once), disable and enable. Each change is written to
 * the audit log; disabling or resetting an account ends its sessions.
 */
public final class AccountPages {
  /**
   * An account's row.
   *
   * @param name the user name
   * @param role the role, in words
   * @param created when it was added, as shown
   * @param disabled whether it is disabled
   * @param self whether it is the signed-in admin's own (which cannot be disabled here)
   */
  record Row(String name, String role, String created, boolean disabled, boolean self) {}

  /**
   * The page.
   *
   * @param frame the frame
   * @param rows the accounts
   * @param roles the roles, in words
   * @param done what the last change did, or null
   * @param password a password made for the last change, shown this once, or null
   */
  record Page(Frame frame, List<Row> rows, List<String> roles, String done, String password) {}

  private final Web web;
  private final Sessions sessions;

  private AccountPages(Web web, Sessions sessions) {
    this.web = web;
    this.sessions = sessions;
  }

  /** Adds the accounts routes. */
  public static void routes(Routes r, Web web, Sessions sessions) {
    AccountPages a = new AccountPages(web, sessions);
    r.get(Area.ACCOUNTS, "/users", ctx -> a.page(ctx, null, null));
    r.post(Area.ACCOUNTS, "/users", a::add);
    r.post(Area.ACCOUNTS, "/users/reset", a::reset);
    r.post(Area.ACCOUNTS, "/users/disable", a::disable);
    r.post(Area.ACCOUNTS, "/users/enable", a::enable);
  }

  private Users users(org.caseflow.store.Store st) {
    return new Users(st, web.clock());
  }

  private void page(Context ctx, String done, String password) throws SQLException {
    Session s = Web.session(ctx);
    List<Users.Account> accounts = web.db().with(st -> users(st).list());
    List<Row> rows =
        accounts.stream()
            .map(
                a ->
                    new Row(
                        a.name(),
                        a.role().word(),
                        Formats.date(a.created().toLocalDate()),
                        a.disabled(),
                        a.name().equals(s.user())))
            .toList();
    Views.page(
        ctx,
        "accounts/page.jte",
        new Page(
            Web.frame(ctx, "Accounts"),
            rows,
            Arrays.stream(Role.values()).map(Role::word).toList(),
            done,
            password));
  }

  private static String name(Context ctx) {
    return Web.field(ctx, "name", 64);
  }

  /** The password entered, or one made (returned second) when the field is left empty. */
  private static String[] password(Context ctx) {
    String p = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (p.isEmpty()) {
      String made = Users.generatePassword();
      return new String[] {made, made};
    }
    return new String[] {p, null};
  }

  private void add(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    String name = name(ctx);
    Role role = role(Web.field(ctx, "role", 20));
    String[] pw = password(ctx);
    change(
        s,
        "account added",
        name + " (" + role.word() + ")",
        st -> users(st).add(name, role, pw[0].toCharArray()));
    page(ctx, "Added " + name + " (" + role.word() + ").", pw[1]);
  }

  private void reset(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    String name = name(ctx);
    String[] pw = password(ctx);
    change(s, "password reset", name, st -> users(st).reset(name, pw[0].toCharArray()));
    sessions.closeUser(name);
    page(ctx, "Set a new password for " + name + "; their sessions have ended.", pw[1]);
  }

  private void disable(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    String name = name(ctx);
    if (name.equals(s.user())) {
      throw Halt.status(400, "You cannot disable your own account.");
    }
    change(s, "account disabled", name, st -> users(st).disable(name));
    sessions.closeUser(name);
    page(ctx, "Disabled " + name + "; they cannot sign in and their sessions have ended.", null);
  }

  private void enable(Context ctx) throws SQLException {
    Session s = Web.session(ctx);
    String name = name(ctx);
    change(s, "account enabled", name, st -> users(st).enable(name));
    page(ctx, "Enabled " + name + ".", null);
  }

  private static Role role(String word) {
    try {
      return Role.parse(word);
    } catch (IllegalArgumentException e) {
      throw Halt.status(400, "Choose a role: admin, analyst, manager or councillor.");
    }
  }

  private interface Change {
    void apply(org.caseflow.store.Store st) throws SQLException;
  }

  /** Applies the change and writes it to the audit log, in one hold of the store. */
  private void change(Session s, String action, String subject, Change c) throws SQLException {
    try {
      web.db()
          .with(
              st -> {
                c.apply(st);
                web.audit().record(s.user(), action, web.la(), subject, 0);
                return null;
              });
    } catch (IllegalArgumentException e) {
      throw Halt.status(400, "Not changed: " + e.getMessage() + ".");
    }
  }
}
