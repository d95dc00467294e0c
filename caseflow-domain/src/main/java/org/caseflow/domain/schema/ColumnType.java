package org.caseflow.domain.schema;

/** The value types a canonical column can hold, with the Java type a reader supplies. */
public enum ColumnType {
  /** Free text or a code; supplied as {@link String}. */
  TEXT(String.class),
  /** A calendar date; supplied as {@link java.time.LocalDate}. */
  DATE(java.time.LocalDate.class),
  /** A whole number; supplied as {@link Integer}. */
  INTEGER(Integer.class),
  /** A yes/no flag; supplied as {@link Boolean}. */
  BOOLEAN(Boolean.class),
  /** A decimal number such as an FTE; supplied as {@link Double}. */
  DECIMAL(Double.class);

  private final Class<?> javaType;

  ColumnType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The Java class a reader must supply for a non-null value of this type. */
  public Class<?> javaType() {
    return javaType;
  }
}
