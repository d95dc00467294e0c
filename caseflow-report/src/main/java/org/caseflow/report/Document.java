package org.caseflow.report;

import java.util.List;
import java.util.Objects;

/**
 * A whole report as content blocks, ready for any format.
 *
 * @param title the title
 * @param blocks the content, in order
 * @param running what every printed page repeats, for each format to place as it can
 */
public record Document(String title, List<Block> blocks, Running running) {
  public Document {
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(running, "running");
  }

  /** A document whose pages repeat only its title. */
  public Document(String title, List<Block> blocks) {
    this(title, blocks, new Running("", title));
  }

  /**
   * What every printed page repeats: the council's name and the paper's title in the header, and
   * "Page N of M" in the footer ({@link #PAGE} the page number {@link #OF} the number of pages).
   *
   * @param council the council's name, or empty
   * @param title the paper's title
   */
  public record Running(String council, String title) {
    /** The footer's words before the page number. */
    public static final String PAGE = "Page ";

    /** The footer's words between the page number and the number of pages. */
    public static final String OF = " of ";

    public Running {
      Objects.requireNonNull(council, "council");
      Objects.requireNonNull(title, "title");
    }

    /** The footer for a page, "Page 3 of 24", as a format that numbers pages itself writes it. */
    public String footer(int page, int pages) {
      return PAGE + page + OF + pages;
    }
  }
}
