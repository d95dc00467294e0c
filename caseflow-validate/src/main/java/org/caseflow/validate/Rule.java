package org.caseflow.validate;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caseflow.domain.schema.ReturnKind;

/**
 * One DfE validation rule: its code, severity, the return's tables and fields it reports and the
 * DfE's message, declared beside its logic, a query over the return's views (see {@link
 * ReturnViews}). The query returns one row per failure: the child (null for a rule about the whole
 * return), the row number of the failing row in the rule's first table (null when it is about the
 * child or the return), and then one value per field, in the order of {@link #fields()}.
 *
 * @param code the DfE's code, as written in the specification ({@code 8500}, {@code 8525Q})
 * @param kind the return
 * @param since the first collection year (ending year, 2025 is 2024-25) of the rule set that holds
 *     this version of the rule
 * @param severity error or query
 * @param tables the return's tables the rule reads, as the DfE names them; the first locates a row
 * @param fields the fields the rule reports, as the DfE names them
 * @param message the DfE's message
 * @param after stage-1 rules this stage-2 rule depends on: it reports no child that they flag
 * @param reading how caseflow reads the rule where the message leaves the logic open, or empty
 * @param sql the query
 * @param views the views the query reads ({@code v_cla_episode}, {@code last_cla_episode}, ...)
 */
public record Rule(
    String code,
    ReturnKind kind,
    int since,
    Severity severity,
    List<String> tables,
    List<String> fields,
    String message,
    Set<String> after,
    String reading,
    String sql,
    Set<String> views) {
  public Rule {
    Objects.requireNonNull(code, "code");
    tables = List.copyOf(tables);
    fields = List.copyOf(fields);
    after = Set.copyOf(after);
    views = Set.copyOf(views);
  }

  /**
   * Whether this is one of caseflow's own checks (code {@code CF-...}, in {@code
   * rules/<return>/caseflow/}) rather than a DfE rule: a problem the reader found in the files,
   * read from {@code v_import_finding}. Its query's second column is the finding's location as text
   * ({@code episodes.csv line 4}) instead of a row number.
   */
  public boolean isCaseflowCheck() {
    return code.startsWith("CF-");
  }

  /** The table a failing row is located in. */
  public String primaryTable() {
    return tables.isEmpty() ? "Header" : tables.get(0);
  }
}
