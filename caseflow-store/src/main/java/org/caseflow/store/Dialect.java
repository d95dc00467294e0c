package org.caseflow.store;

import org.caseflow.domain.schema.ColumnType;

/** The database engines caseflow stores into, and what differs between them. */
public enum Dialect {
  /** DuckDB embedded in the process, one file: the default. */
  DUCKDB,
  /** PostgreSQL, for a shared server. */
  POSTGRESQL;

  /** The SQL type for a canonical column type. */
  String sqlType(ColumnType type) {
    return switch (type) {
      case TEXT -> "VARCHAR";
      case DATE -> "DATE";
      case INTEGER -> "INTEGER";
      case BOOLEAN -> "BOOLEAN";
      case DECIMAL -> "DOUBLE PRECISION";
    };
  }
}
