package org.caseflow.store;

import java.util.List;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.postcode.Postcodes;

/**
 * Derives an SSDA903 episode's placement LA, location and distance from its postcodes, as the DfE
 * does on receiving the return: PL_LA is the council of PL_POST's district (or WAL, SCO, NIR, NUK
 * outside England), PL_LOCATION is IN when PL_LA is the returning council and OUT otherwise, and
 * PL_DISTANCE the straight-line distance in miles between the centroids of HOME_POST and PL_POST. A
 * postcode the bundled directory does not hold is an import finding (without the postcode, which
 * identifies where a child lives).
 */
final class PlacementGeography {
  private static final int HOME = Table.CLA_EPISODE.indexOf("home_postcode");
  private static final int PLACEMENT = Table.CLA_EPISODE.indexOf("placement_postcode");
  private static final int LA = Table.CLA_EPISODE.indexOf("placement_la");
  private static final int LOCATION = Table.CLA_EPISODE.indexOf("placement_location");
  private static final int DISTANCE = Table.CLA_EPISODE.indexOf("placement_distance");

  private PlacementGeography() {}

  /**
   * Fills the derived columns of the episodes read from one file.
   *
   * @param la the returning council's 3-digit code
   * @param firstRow the row number of the first of these rows in the return, less one
   */
  static void derive(
      List<Object[]> episodes, String la, String file, int firstRow, Findings findings) {
    if (episodes.isEmpty()) {
      return;
    }
    Postcodes postcodes = null;
    int row = firstRow;
    for (Object[] e : episodes) {
      row++;
      String home = (String) e[HOME];
      String placement = (String) e[PLACEMENT];
      if (home == null && placement == null) {
        continue;
      }
      if (postcodes == null) {
        postcodes = Postcodes.bundled();
      }
      Postcodes.Place from = find(postcodes, home, "HOME_POST", file, row, findings);
      Postcodes.Place to = find(postcodes, placement, "PL_POST", file, row, findings);
      if (to != null && to.council() != null) {
        e[LA] = to.council();
        e[LOCATION] = to.council().equals(la) ? "IN" : "OUT";
      }
      e[DISTANCE] = Postcodes.miles(from, to);
    }
  }

  private static Postcodes.Place find(
      Postcodes postcodes, String postcode, String field, String file, int row, Findings out) {
    if (postcode == null) {
      return null;
    }
    Postcodes.Place p = postcodes.find(postcode);
    if (p == null) {
      out.add(
          new Finding(
              FindingType.UNKNOWN_POSTCODE,
              file,
              "Episodes row " + row,
              field,
              null,
              Postcodes.normalise(postcode) == null
                  ? "a postcode such as AB1 2CD; the value is not shaped as one, so PL_LA,"
                      + " PL_LOCATION and PL_DISTANCE were not worked out from it"
                  : "a postcode in the ONS Postcode Directory (November 2025); this one is not"
                      + " in it, so PL_LA, PL_LOCATION and PL_DISTANCE were not worked out from"
                      + " it"));
    }
    return p;
  }
}
