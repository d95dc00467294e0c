package org.caseflow.web;

import java.time.Instant;

/**
 * A signed-in session, kept on the server; the browser holds only an opaque token.
 *
 * @param token the cookie's value
 * @param user the user's name
 * @param role the user's role
 * @param csrf the token every state-changing request must carry
 * @param lastSeen when the session was last used
 * @param opened when it was opened (it ends a fixed time after, however busy)
 */
public record Session(
    String token, String user, Role role, String csrf, Instant lastSeen, Instant opened) {}
