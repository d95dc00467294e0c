package org.caseflow.ingest;

/**
 * A file that cannot be read at all. The import stops and nothing from it is stored. The message
 * names the file, the line or element, the field and what was expected, and never carries a child's
 * identifier or personal details.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String location;
  private final String field;
  private final String expected;
  private final String problem;

  /**
   * @param file the file's name
   * @param location the line or element, e.g. {@code line 3} or {@code element <Child> 12}
   * @param field the field, column or element, or {@code -} for the file as a whole
   * @param problem what is wrong, e.g. {@code '2024-13-01' is not a date}
   * @param expected what was expected, e.g. {@code a date as yyyy-mm-dd}
   */
  public InputException(
      String file, String location, String field, String problem, String expected) {
    super(compose(file, location, field, problem, expected));
    this.problem = problem;
    this.file = file;
    this.location = location;
    this.field = field;
    this.expected = expected;
  }

  /** As {@link #InputException(String, String, String, String, String)}, keeping the cause. */
  public InputException(
      String file,
      String location,
      String field,
      String problem,
      String expected,
      Throwable cause) {
    super(compose(file, location, field, problem, expected), cause);
    this.problem = problem;
    this.file = file;
    this.location = location;
    this.field = field;
    this.expected = expected;
  }

  private static String compose(
      String file, String location, String field, String problem, String expected) {
    StringBuilder s = new StringBuilder(file).append(": ").append(location);
    if (!"-".equals(field)) {
      s.append(", ").append(field);
    }
    return s.append(": ").append(problem).append("; expected ").append(expected).toString();
  }

  /** The file's name. */
  public String file() {
    return file;
  }

  /** The line or element. */
  public String location() {
    return location;
  }

  /** The field, column or element. */
  public String field() {
    return field;
  }

  /** What is wrong, without the file's name or location. */
  public String problem() {
    return problem;
  }

  /** What was expected. */
  public String expected() {
    return expected;
  }
}
