package org.caseflow.measure;

import java.util.List;
import java.util.Objects;

/**
 * One indicator, defined once as data: what it means in plain English, how it is counted, and the
 * SQL over the canonical schema that lists its members.
 *
 * <p>The SQL returns one row per counted unit (a referral, a plan, a child) with the columns {@code
 * child_id}, {@code event_date}, {@code in_numerator} (1 or 0), {@code in_denominator} (1 or 0),
 * {@code measure} (a number for means and medians, else null) and {@code category} (for breakdowns,
 * else null). It may use {@code :la}, {@code :start} and {@code :end}, and the shims {@code
 * working_days}, {@code age_years} and {@code add_months}.
 *
 * @param id the catalogue id, e.g. {@code IN07}
 * @param name the short name committees use
 * @param stage inputs, processes or outputs
 * @param definition what it means, in plain English
 * @param numerator what is counted above the line
 * @param denominator what is counted below it ({@code -} if none)
 * @param unit what the value is
 * @param polarity which direction is better
 * @param periodType how it relates to the period
 * @param source the return it comes from
 * @param laitCode the LAIT measure it matches, or {@code -}
 * @param requires the canonical tables it needs, by store name
 * @param sql the member query
 * @param shared period-independent common table expressions (without {@code WITH}) that the member
 *     query may read, computed once however many periods are measured; empty if none
 * @param unsupported why no loaded return can feed this indicator, said in place of a value; empty
 *     for every indicator that is measured
 * @param subject what one member row is: what the indicator counts
 * @param breakdown what the categories of the breakdown are ({@code breakdown:}), e.g. {@code
 *     referral source}; empty if the indicator has no breakdown
 * @param breaksDown the indicator whose numerator this breakdown divides into categories ({@code
 *     breaks-down:}); empty if none
 * @param weight what a member row counts for ({@link Weight#NONE}: one)
 * @param kind how the figure is presented ({@code kind:}, by default {@link Kind#BREAKDOWN} with a
 *     {@code breakdown:} and {@link Kind#VALUE} without)
 * @param requiresAnyOf the tables it needs, as groups of which at least one table each must hold
 *     data ({@code requires: sw_worker or caseload}); {@link #requires()} is every table named
 */
public record Indicator(
    String id,
    String name,
    Stage stage,
    String definition,
    String numerator,
    String denominator,
    Unit unit,
    Polarity polarity,
    PeriodType periodType,
    String source,
    String laitCode,
    List<String> requires,
    String sql,
    String shared,
    String unsupported,
    Subject subject,
    String breakdown,
    String breaksDown,
    Weight weight,
    Kind kind,
    List<List<String>> requiresAnyOf) {
  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sql, "sql");
    requires = List.copyOf(requires);
    Objects.requireNonNull(shared, "shared");
    Objects.requireNonNull(unsupported, "unsupported");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(breaksDown, "breaksDown");
    Objects.requireNonNull(weight, "weight");
    if (kind == null) {
      kind = breakdown.isBlank() ? Kind.VALUE : Kind.BREAKDOWN;
    }
    if (kind.hasBreakdown() == breakdown.isBlank()) {
      throw new IllegalArgumentException(
          id + ": a kind with a breakdown needs a breakdown, and a value alone has none");
    }
    requiresAnyOf =
        requiresAnyOf == null
            ? requires.stream().map(List::of).toList()
            : requiresAnyOf.stream().map(List::copyOf).toList();
  }

  /** Whether a loaded return can feed the indicator at all. */
  public boolean isSupported() {
    return unsupported.isBlank();
  }

  /**
   * The canonical tables the indicator declares it reads ({@link #requires()}): the tables whose
   * data-quality problems may affect its figures.
   */
  public java.util.Set<org.caseflow.domain.schema.Table> tables() {
    java.util.Set<org.caseflow.domain.schema.Table> out =
        java.util.EnumSet.noneOf(org.caseflow.domain.schema.Table.class);
    for (org.caseflow.domain.schema.Table t : org.caseflow.domain.schema.Table.values()) {
      if (requires.contains(t.sqlName())) {
        out.add(t);
      }
    }
    return out;
  }

  /** The {@code WITH} clause of the shared part, or nothing. */
  public String withClause() {
    return shared.isBlank() ? "" : "WITH " + shared + " ";
  }

  /** Whether the member query returns a {@code category} column (the file declares a breakdown). */
  public boolean hasBreakdown() {
    return kind().hasBreakdown();
  }

  /** Whether the indicator's value has a denominator of counted members. */
  public boolean hasMemberDenominator() {
    return unit == Unit.PERCENT;
  }
}
