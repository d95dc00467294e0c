package org.caseflow.report;

import java.util.List;
import org.caseflow.compare.Rag;

/**
 * One piece of report content, built once and rendered to HTML (and so PDF) and Word alike. The
 * content is decided here, so the formats cannot say different things.
 */
public sealed interface Block {
  /**
   * A heading.
   *
   * @param level 1 for the title, 2 for a section, 3 for an indicator
   * @param text the words
   * @param anchor an id for links and bookmarks (letters, digits and dashes)
   */
  record Heading(int level, String text, String anchor) implements Block {}

  /**
   * A paragraph.
   *
   * @param text the words
   * @param style how it is set
   */
  record Paragraph(String text, Style style) implements Block {}

  /** How a paragraph is set. */
  enum Style {
    /** Body text. */
    NORMAL,
    /** A lead sentence, set larger. */
    LEAD,
    /** A note or caveat, set smaller. */
    NOTE
  }

  /**
   * A table whose first column holds row headers.
   *
   * @param caption what the table shows
   * @param header the column headers
   * @param rows the rows, each as long as the header
   */
  record Table(String caption, List<String> header, List<List<Cell>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  /**
   * A table cell.
   *
   * @param text the words or number shown
   * @param rag a status to shade the cell with (the text already says it), or null
   */
  record Cell(String text, Rag rag) {
    /** A plain cell. */
    public static Cell of(String text) {
      return new Cell(text, null);
    }
  }

  /**
   * A chart.
   *
   * @param chart what it shows
   */
  record ChartBlock(Chart chart) implements Block {}

  /**
   * A space for the officer's commentary on a section, editable in Word.
   *
   * @param section the section it belongs to
   */
  record Commentary(String section) implements Block {}

  /**
   * A space the officer fills in before the paper goes out (a recommendation, an implication),
   * editable in Word.
   *
   * @param label what it is, e.g. "Financial implications"
   * @param prompt what to write, in brackets, e.g. "[State any financial implications.]"
   */
  record Placeholder(String label, String prompt) implements Block {}

  /**
   * The contents: the sections (level 2 headings) after it, with their pages where the format
   * numbers pages (a field in Word, page numbers in the PDF, links in HTML).
   */
  record Contents() implements Block {}

  /** Starts a new page in print. */
  record PageBreak() implements Block {}
}
