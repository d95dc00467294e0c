package org.caseflow.web.signin;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseflow.web.Dashboard;
import org.caseflow.web.Frame;
import org.caseflow.web.Halt;
import org.caseflow.web.Role;
import org.caseflow.web.Routes;
import org.caseflow.web.Session;
import org.caseflow.web.Sessions;
import org.caseflow.web.Users;
import org.caseflow.web.Views;
import org.caseflow.web.Web;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sign-in form, signing in (with failed attempts limited) and signing out. */
public final class SignIn {
  private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

  /** The cookie carrying the sign-in form's token before there is a session. */
  static final String LOGIN_COOKIE = "cf_login";

  /**
   * The sign-in page.
   *
   * @param frame the frame
   * @param token the form's token
   * @param error what went wrong with the last attempt, or null
   */
  record Page(Frame frame, String token, String error) {}

  /**
   * The only messages the sign-in page shows from its address ({@code /login?error=CODE}): chosen
   * by a code, so no text a link carries reaches the page.
   */
  static final Map<String, String> MESSAGES =
      Map.of("ended", "Your session has ended. Sign in again.");

  private final Web web;
  private final Sessions sessions;
  private final LoginLimiter limiter;
  private final Set<String> trustedProxies;

  private SignIn(Web web, Sessions sessions, Set<String> trustedProxies) {
    this.web = web;
    this.sessions = sessions;
    this.limiter = new LoginLimiter(web.clock());
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  /**
   * Adds the sign-in routes.
   *
   * @param trustedProxies the addresses of proxies whose X-Forwarded-For names the client
   */
  public static void routes(Routes r, Web web, Sessions sessions, Set<String> trustedProxies) {
    SignIn s = new SignIn(web, sessions, trustedProxies);
    r.openGet("/login", s::form);
    r.openPost("/login", s::signIn);
    r.openPost("/logout", s::signOut);
  }

  private void form(Context ctx) {
    // Keep the token a browser already holds: a second load (another tab, a favicon redirect)
    // must not invalidate the form on the first.
    String held = ctx.cookie(LOGIN_COOKIE);
    String pre = held != null && held.matches("[A-Za-z0-9_-]{43}") ? held : Sessions.token();
    ctx.header("Set-Cookie", web.cookie(LOGIN_COOKIE, pre, "/login", -1));
    Views.page(
        ctx,
        "signin/page.jte",
        new Page(new Frame("Sign in", null), pre, MESSAGES.get(codeOf(ctx.queryParam("error")))));
  }

  private void signIn(Context ctx) throws SQLException {
    String pre = ctx.cookie(LOGIN_COOKIE);
    String sent = ctx.formParam("_csrf");
    if (pre == null || sent == null || !MessageDigest.isEqual(bytes(pre), bytes(sent))) {
      throw Halt.status(403, "The sign-in form has expired. Reload the page and retry.");
    }
    String user = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String ip =
        client(
            ctx.req().getRemoteAddr(),
            java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")),
            trustedProxies);
    // Reserved before the slow password check, so a burst of guesses cannot all be checked.
    if (!limiter.reserve(ip, user)) {
      LOG.warn("sign-in refused: too many failures");
      throw Halt.status(
          429,
          "Too many failed sign-ins for this account or from this address. Wait a few minutes and"
              + " try again.");
    }
    // Read the account on a pooled connection; check the password (bcrypt, slow) without it.
    Optional<Role> role =
        Users.check(
            web.db().with(st -> new Users(st, web.clock()).row(user)), password.toCharArray());
    if (role.isEmpty()) {
      limiter.failed(ip, user);
      ctx.status(401);
      String fresh = Sessions.token();
      ctx.header("Set-Cookie", web.cookie(LOGIN_COOKIE, fresh, "/login", -1));
      Views.page(
          ctx,
          "signin/page.jte",
          new Page(new Frame("Sign in", null), fresh, "The user name or password is not right."));
      return;
    }
    limiter.succeeded(ip, user);
    Session s = sessions.open(user, role.get());
    ctx.res().addHeader("Set-Cookie", web.cookie(Dashboard.SESSION_COOKIE, s.token(), "/", -1));
    ctx.res().addHeader("Set-Cookie", web.cookie(LOGIN_COOKIE, "", "/login", 0));
    ctx.status(303);
    ctx.header("Location", "/scorecard");
  }

  private void signOut(Context ctx) {
    sessions.close(ctx.cookie(Dashboard.SESSION_COOKIE));
    ctx.header("Set-Cookie", web.cookie(Dashboard.SESSION_COOKIE, "", "/", 0));
    ctx.status(303);
    ctx.header("Location", "/login");
  }

  private static String codeOf(String error) {
    return error == null ? "" : error;
  }

  /**
   * The client's address to limit sign-ins by, or null when there is none to limit. The peer's
   * address, unless the peer is a trusted proxy: then the last address in X-Forwarded-For that is
   * not itself a trusted proxy (what the nearest trusted proxy saw; anything before it the client
   * may have written). With no proxy named, a request carrying X-Forwarded-For came through a proxy
   * the server was not told of: its peer is everyone's, so null (see {@link LoginLimiter}). With
   * proxies named, any other peer is a client, whatever header it sends.
   */
  static String client(String peer, List<String> forwarded, Set<String> trustedProxies) {
    boolean hasForwarded = forwarded != null && !forwarded.isEmpty();
    if (!trustedProxies.contains(peer)) {
      // With proxies named, a peer that is not one of them is a client: its header is its own.
      return hasForwarded && trustedProxies.isEmpty() ? null : peer;
    }
    if (!hasForwarded) {
      return peer;
    }
    List<String> hops =
        forwarded.stream()
            .flatMap(v -> java.util.Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
    for (int k = hops.size() - 1; k >= 0; k--) {
      if (!trustedProxies.contains(hops.get(k))) {
        return hops.get(k);
      }
    }
    return peer;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
