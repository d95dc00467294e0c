package org.caseflow.ingest.annexa;

import java.util.List;

/** Whether a row of a sheet is the header row of an Annex A list, for telling workbooks apart. */
public final class AnnexAHeaders {
  /** The rows of a sheet searched for its header row. */
  public static final int SEARCHED_ROWS = HeaderRow.SEARCHED_ROWS;

  private AnnexAHeaders() {}

  /**
   * The number of the row's cells read as columns of the Annex A list the row is the header of, or
   * 0 when it is the header of no list.
   */
  public static int columnsRecognised(List<String> cells) {
    HeaderRow h = HeaderRow.recognise(cells, 1);
    return h == null ? 0 : h.columns().size();
  }
}
