package org.caseflow.web;

/** Ends a request with a status and a page (or a redirect), from anywhere in a handler. */
final class Halt extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String location;

  private Halt(int status, String message, String location) {
    super(message, null, false, false);
    this.status = status;
    this.location = location;
  }

  static Halt status(int status, String message) {
    return new Halt(status, message, null);
  }

  static Halt redirect(String location) {
    return new Halt(303, "See " + location, location);
  }

  int status() {
    return status;
  }

  /** Where to go, for a redirect; else null. */
  String location() {
    return location;
  }
}
