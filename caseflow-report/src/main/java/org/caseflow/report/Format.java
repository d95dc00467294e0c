package org.caseflow.report;

import java.util.Locale;

/** The formats a report is written in. */
public enum Format {
  /** One self-contained XHTML file. */
  HTML,
  /** A4 PDF. */
  PDF,
  /** Word. */
  DOCX;

  /** The file extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
