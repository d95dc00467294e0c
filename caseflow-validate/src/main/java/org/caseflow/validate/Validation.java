package org.caseflow.validate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;

/**
 * The outcome of validating one return: every finding, the rules skipped and why.
 *
 * @param batchId the import batch validated
 * @param la the council
 * @param kind the return
 * @param year its collection year
 * @param ruleSet the rule set applied, e.g. {@code CIN census 2025-26}
 * @param rulesRun how many rules ran
 * @param findings every failure, in rule order
 * @param skipped rules that could not run, with why
 * @param millis how long the rules took
 * @param history the council's years of the return that the rules comparing with earlier years read
 *     (this one's and each earlier one loaded), earliest first
 */
public record Validation(
    long batchId,
    String la,
    ReturnKind kind,
    CollectionYear year,
    String ruleSet,
    int rulesRun,
    List<ValidationFinding> findings,
    List<Skipped> skipped,
    long millis,
    List<CollectionYear> history) {
  public Validation {
    findings = List.copyOf(findings);
    skipped = List.copyOf(skipped);
    history = List.copyOf(history);
  }

  /** A rule that could not run. */
  public record Skipped(String rule, String reason) {}

  /** How many failures and children one rule has. */
  public record RuleCount(
      String rule, Severity severity, String table, String message, int rows, int children) {}

  /** The number of findings that are errors. */
  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /** The number of findings that are queries. */
  public long queries() {
    return findings.stream().filter(f -> f.severity() == Severity.QUERY).count();
  }

  /** The number of different children with a finding. */
  public long children() {
    return findings.stream()
        .map(ValidationFinding::childId)
        .filter(c -> c != null)
        .distinct()
        .count();
  }

  /** Each failed rule with its counts of rows and children, in rule order. */
  public List<RuleCount> byRule() {
    Map<String, List<ValidationFinding>> by = new TreeMap<>(RuleSet::compareCodes);
    for (ValidationFinding f : findings) {
      by.computeIfAbsent(f.rule(), k -> new java.util.ArrayList<>()).add(f);
    }
    return by.values().stream()
        .map(
            l ->
                new RuleCount(
                    l.get(0).rule(),
                    l.get(0).severity(),
                    l.get(0).table(),
                    l.get(0).message(),
                    l.size(),
                    (int)
                        l.stream()
                            .map(ValidationFinding::childId)
                            .filter(c -> c != null)
                            .distinct()
                            .count()))
        .toList();
  }
}
