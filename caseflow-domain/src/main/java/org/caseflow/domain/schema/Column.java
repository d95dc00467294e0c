package org.caseflow.domain.schema;

import java.util.Objects;

/**
 * One column of a canonical table.
 *
 * @param name the column name in the store, lower_snake_case
 * @param type what it holds
 * @param source the field of the statutory return it comes from, e.g. {@code CINreferralDate}
 * @param description what it means, in the council's words
 */
public record Column(String name, ColumnType type, String source, String description) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(description, "description");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("column names are lower_snake_case: " + name);
    }
  }
}
