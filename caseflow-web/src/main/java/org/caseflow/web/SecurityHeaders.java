package org.caseflow.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers every response carries, Jetty's own included (a request line it cannot read,
 * headers too large, an error before the dashboard's handlers run), and the same-origin check of
 * state-changing requests.
 */
final class SecurityHeaders {
  /**
   * The headers, in the order they are sent. The referrer policy is {@code same-origin}, not {@code
   * no-referrer}: under {@code no-referrer} a browser sends {@code Origin: null} with every POST
   * (the Fetch standard), which the same-origin check must refuse; {@code same-origin} still sends
   * nothing to another site.
   */
  static final Map<String, String> HEADERS =
      orderedMap(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
          "X-Frame-Options",
          "DENY",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "same-origin",
          "Cross-Origin-Opener-Policy",
          "same-origin",
          "Permissions-Policy",
          "camera=(), microphone=(), geolocation=()");

  private SecurityHeaders() {}

  private static Map<String, String> orderedMap(String... kv) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) {
      m.put(kv[k], kv[k + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Puts the headers, and no-store, on a response Jetty is writing. */
  static void put(HttpFields.Mutable fields) {
    HEADERS.forEach(fields::put);
    fields.put("Cache-Control", "no-store");
  }

  /** Puts the headers on every request's response before any handler runs. */
  static HttpConfiguration.Customizer customizer() {
    return (request, responseHeaders) -> {
      put(responseHeaders);
      return request;
    };
  }

  /** Jetty's error pages with the headers (and no stack traces or causes). */
  static org.eclipse.jetty.ee10.servlet.ErrorHandler errorHandler() {
    org.eclipse.jetty.ee10.servlet.ErrorHandler h =
        new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            put(response.getHeaders());
            return super.handle(request, response, callback);
          }

          @Override
          public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            put(fields);
            return super.badMessageError(status, reason, fields);
          }
        };
    h.setShowStacks(false);
    h.setShowCauses(false);
    h.setShowMessageInTitle(false);
    return h;
  }

  /**
   * Whether a state-changing request came from a page of this site: its Origin, or failing that its
   * Referer, names the host (and port) the request was sent to. Neither sent is refused too:
   * browsers send Origin with every POST from a form or a script.
   */
  static boolean sameOrigin(String origin, String referer, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String from = origin != null ? origin : referer;
    if (from == null || from.equals("null")) {
      return false;
    }
    try {
      URI u = new URI(from);
      if (u.getHost() == null || u.getScheme() == null) {
        return false;
      }
      String scheme = u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return false;
      }
      int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
      String authority = u.getHost().toLowerCase(Locale.ROOT);
      String h = host.strip().toLowerCase(Locale.ROOT);
      // The Host header names the port only when it is not the scheme's own.
      return h.equals(authority + ":" + port)
          || (h.equals(authority) && (port == 80 || port == 443));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
