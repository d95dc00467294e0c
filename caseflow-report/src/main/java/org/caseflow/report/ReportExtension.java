package org.caseflow.report;

import java.sql.SQLException;
import java.util.List;

/**
 * A further section of the report, for data other than the statutory returns (workforce, finance).
 * An extension returns no blocks when its data is not loaded, and the report then has no such
 * section. Its blocks go after the breakdowns, before data quality; a public report asks it for
 * aggregates with counts from 1 to 5 already suppressed.
 */
public interface ReportExtension {
  /**
   * The section's blocks, starting with a level-2 heading; empty when the data is not loaded.
   *
   * @param spec what the report is for
   */
  List<Block> blocks(ReportSpec spec) throws SQLException;
}
