package org.caseflow.web;

/** Ends a request with a status and a page (or a redirect), from anywhere in a handler. */
public final class Halt extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String location;

  private Halt(int status, String message, String location) {
    super(message, null, false, false);
    this.status = status;
    this.location = location;
  }

  public static Halt status(int status, String message) {
    return new Halt(status, message, null);
  }

  public static Halt redirect(String location) {
    return new Halt(303, "See " + location, location);
  }

  public int status() {
    return status;
  }

  /** Where to go, for a redirect; else null. */
  public String location() {
    return location;
  }
}
