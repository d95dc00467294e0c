package org.caseflow.web;

import java.util.Locale;

/**
 * Strict HTML escaping and the page frame. Every value from the store or the request goes through
 * {@link #esc} (text and attribute values alike); markup is only ever written by this package.
 */
final class Html {
  private Html() {}

  /** Escapes text for an element's content or a quoted attribute value. */
  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '`' -> out.append("&#96;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A number for people: whole when it is whole, else one decimal place. */
  static String number(Double d) {
    if (d == null) {
      return "–";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.format(Locale.ROOT, "%,d", d.longValue());
    }
    return String.format(Locale.ROOT, "%,.1f", d);
  }

  /** The hidden field carrying the session's CSRF token. */
  static String csrf(Session s) {
    return "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(s.csrf()) + "\">";
  }

  /**
   * A whole page: skip link, banner with navigation for the role, main landmark, footer.
   *
   * @param title the page title (never a child identifier)
   * @param session the signed-in session, or null on the sign-in page
   * @param body the main content, already escaped
   */
  static String page(String title, Session session, String body) {
    StringBuilder s = new StringBuilder(body.length() + 2048);
    s.append("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        // htmx: no injected style element (the CSP allows none), and swap error pages too, so
        // an upload that is refused shows why.
        .append("<meta name=\"htmx-config\" content=\"{&quot;includeIndicatorStyles&quot;:false,")
        .append("&quot;responseHandling&quot;:[{&quot;code&quot;:&quot;204&quot;,")
        .append(
            "&quot;swap&quot;:false},{&quot;code&quot;:&quot;...&quot;,&quot;swap&quot;:true}]}\">")
        .append("<title>")
        .append(esc(title))
        .append(" – caseflow</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/caseflow.css\">")
        .append("<script src=\"/static/htmx.min.js\" defer></script>")
        .append("<script src=\"/static/caseflow.js\" defer></script></head>");
    if (session == null) {
      s.append("<body>");
    } else {
      s.append("<body hx-headers=\"{&quot;X-CSRF-Token&quot;:&quot;")
          .append(esc(session.csrf()))
          .append("&quot;}\">");
    }
    s.append("<a class=\"skip\" href=\"#main\">Skip to the main content</a>")
        .append("<header class=\"banner\"><p class=\"brand\">caseflow</p>");
    if (session != null) {
      Role r = session.role();
      s.append("<nav aria-label=\"Main\"><ul>")
          .append(link("/scorecard", "Scorecard"))
          .append(link("/exceptions", "Exception lists"));
      if (r.seesChildren()) {
        s.append(link("/actions", "Actions"));
      }
      if (r == Role.ADMIN || r == Role.ANALYST) {
        s.append(link("/imports", "Imports"));
      }
      if (r.seesChildren()) {
        s.append(link("/data-quality", "Data quality"));
      }
      s.append(link("/reports", "Reports"));
      if (r == Role.ADMIN) {
        s.append(link("/audit", "Audit log"));
      }
      s.append("</ul></nav><form class=\"signout\" method=\"post\" action=\"/logout\">")
          .append(csrf(session))
          .append("<span>Signed in as ")
          .append(esc(session.user()))
          .append(" (")
          .append(esc(r.word()))
          .append(")</span> <button type=\"submit\">Sign out</button></form>");
    }
    s.append("</header><main id=\"main\" tabindex=\"-1\">")
        .append(body)
        .append("</main><footer><p>caseflow: children's social care performance.")
        .append(" Child-level views are recorded in the audit log.</p></footer></body></html>");
    return s.toString();
  }

  private static String link(String href, String text) {
    return "<li><a href=\"" + href + "\">" + esc(text) + "</a></li>";
  }
}
