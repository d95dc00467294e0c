package org.caseflow.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in (or not) HTTP client against a real started dashboard; redirects not followed. */
public final class Client {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  public final HttpClient http;
  public final CookieManager cookies = new CookieManager();
  private final String base;
  public String csrf;

  public Client(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Signs in and keeps the session's CSRF token. */
  public static Client signedIn(String base, String user) throws Exception {
    Client c = new Client(base);
    HttpResponse<String> r = c.signIn(user, WebFixture.PASSWORD);
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode());
    }
    c.csrf = token(c.get("/scorecard").body());
    return c;
  }

  public HttpResponse<String> signIn(String user, String password) throws Exception {
    HttpResponse<String> page = get("/login");
    String pre = token(page.body());
    // Sent by hand: the JDK's cookie store keeps a Secure cookie off plain http.
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(v -> v.startsWith("cf_login="))
            .findFirst()
            .orElseThrow()
            .split(";")[0];
    String body =
        "_csrf="
            + URLEncoder.encode(pre, StandardCharsets.UTF_8)
            + "&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base)
            .header("Cookie", cookie)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public static String token(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the page");
    }
    return m.group(1);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A form post with the session's CSRF token added. */
  public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf);
    return post(path, all);
  }

  public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    StringBuilder body = new StringBuilder();
    for (var e : fields.entrySet()) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
