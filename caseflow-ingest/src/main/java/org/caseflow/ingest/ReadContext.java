package org.caseflow.ingest;

import org.caseflow.domain.period.CollectionYear;

/**
 * What the person importing said about the files, for formats that do not say it themselves
 * (SSDA903 CSV files name neither the council nor the year).
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
