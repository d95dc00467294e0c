package org.caseflow.ingest;

import org.caseflow.domain.period.CollectionYear;

/**
 * What the person importing said about the files, for formats that do not say it themselves
 * (SSDA903 CSV files name neither the council nor the year). The importer files a return that names
 * no council under the one another file of the same import names (a CIN census's LEA), so the
 * council need be given only when no file names it.
 *
 * @param la the council's 3-digit DfE code given on the command line, or null
 * @param year the collection year given on the command line, or null
 */
public record ReadContext(String la, CollectionYear year) {
  /** Nothing given: everything comes from the files. */
  public static ReadContext none() {
    return new ReadContext(null, null);
  }
}
