package org.caseflow.validate;

import java.util.List;
import java.util.Objects;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;

/**
 * One failure of one rule: the child and row it concerns, the fields and their values, and the
 * DfE's message. It names a child, so it is shown only to roles that may see children.
 *
 * @param kind the return
 * @param year its collection year
 * @param rule the DfE code
 * @param severity error or query
 * @param childId the child (LAchildID or CHILD), or null for a rule about the whole return
 * @param table the return's table the row is in, as the DfE names it
 * @param location the row within the return ({@code Episodes row 12}), or the table alone
 * @param fields the fields reported
 * @param values their values, in the same order, null where empty
 * @param message the DfE's message
 */
public record ValidationFinding(
    ReturnKind kind,
    CollectionYear year,
    String rule,
    Severity severity,
    String childId,
    String table,
    String location,
    List<String> fields,
    List<String> values,
    String message) {
  public ValidationFinding {
    Objects.requireNonNull(rule, "rule");
    fields = List.copyOf(fields);
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }
}
