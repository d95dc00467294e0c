package org.caseflow.report;

import java.util.List;

/**
 * A whole report as content blocks, ready for any format.
 *
 * @param title the title
 * @param blocks the content, in order
 */
public record Document(String title, List<Block> blocks) {
  public Document {
    blocks = List.copyOf(blocks);
  }
}
