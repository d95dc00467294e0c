package org.caseflow.web;

import java.util.List;

/**
 * What the page frame shows around a page's content: the title, and for a signed-in person the
 * navigation their role allows ({@link Area#navigation}) and the sign-out form.
 *
 * @param title the page title (never a child identifier)
 * @param session the signed-in session, or null on the sign-in page
 */
public record Frame(String title, Session session) {
  /** The links of the main navigation, for the session's role. */
  public List<Area> navigation() {
    return session == null ? List.of() : Area.navigation(session.role());
  }

  /** The headers htmx adds to its requests (the CSRF token), as JSON; null when signed out. */
  public String htmxHeaders() {
    return session == null ? null : "{\"X-CSRF-Token\":\"" + session.csrf() + "\"}";
  }
}
