package org.caseflow.ingest.annexa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet's header row, recognised as one Annex A list.
 *
 * @param list the list the headers belong to
 * @param rowNumber the row's number in the sheet, from 1
 * @param columns for each sheet column read, the canonical column's index in the list's table
 * @param headers for each sheet column read, its header as written
 * @param ignored columns not read: header as written, and why
 * @param missing required canonical columns with no header
 */
record HeaderRow(
    AnnexAList list,
    int rowNumber,
    Map<Integer, Integer> columns,
    Map<Integer, String> headers,
    Map<String, String> ignored,
    List<String> missing) {

  /** The rows above the header that are searched for it (title rows, notes). */
  static final int SEARCHED_ROWS = 30;

  /**
   * Recognises a row as the header of one of the lists, or returns null. The row names a list when
   * at least one of its headers is specific to that list (not one of the columns all lists share);
   * the list with most specific headers wins, then the one whose required columns are all there,
   * then the lower-numbered list.
   */
  static HeaderRow recognise(List<String> cells, int rowNumber) {
    HeaderRow best = null;
    int bestScore = 0;
    for (AnnexAList list : AnnexAList.values()) {
      HeaderRow candidate = match(list, cells, rowNumber);
      int score = candidate.specificCount();
      if (score == 0) {
        continue;
      }
      if (best == null
          || score > bestScore
          || (score == bestScore && best.missing().size() > candidate.missing().size())) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static HeaderRow match(AnnexAList list, List<String> cells, int rowNumber) {
    Map<Integer, Integer> columns = new LinkedHashMap<>();
    Map<Integer, String> headers = new LinkedHashMap<>();
    Map<String, String> ignored = new LinkedHashMap<>();
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String header = cells.get(i);
      String norm = AnnexAList.normalise(header);
      if (norm.isEmpty() || AnnexAList.isDerived(norm)) {
        continue;
      }
      String column = list.column(norm);
      if (column == null) {
        ignored.putIfAbsent(
            shown(header, i), "not a column of Annex A " + list.label() + " that caseflow reads");
        continue;
      }
      int index = list.table().indexOf(column);
      if (seen.contains(index)) {
        ignored.putIfAbsent(
            shown(header, i),
            "a second column for '"
                + list.header(column)
                + "' in "
                + list.label()
                + "; only the first is read");
        continue;
      }
      seen.add(index);
      columns.put(i, index);
      headers.put(i, header);
    }
    List<String> missing = new ArrayList<>();
    for (String required : list.required()) {
      if (!seen.contains(list.table().indexOf(required))) {
        missing.add(required);
      }
    }
    return new HeaderRow(list, rowNumber, columns, headers, ignored, missing);
  }

  /** The header, as written, of the sheet column read into the canonical column. */
  String headerOf(int canonicalIndex) {
    for (Map.Entry<Integer, Integer> e : columns.entrySet()) {
      if (e.getValue() == canonicalIndex) {
        return headers.get(e.getKey());
      }
    }
    return list.header(list.table().columns().get(canonicalIndex).name());
  }

  private int specificCount() {
    int n = 0;
    for (int index : columns.values()) {
      if (list.isSpecific(list.table().columns().get(index).name())) {
        n++;
      }
    }
    return n;
  }

  /**
   * A header as a finding may name it: as written when it reads like a heading (no run of three or
   * more digits, at most 80 characters), else by its position, since a header row with data pasted
   * on it (a child's id) must not be repeated.
   */
  static String shown(String header, int index) {
    return header.length() <= 80 && !header.matches(".*[0-9]{3,}.*")
        ? header
        : "column " + (index + 1);
  }
}
