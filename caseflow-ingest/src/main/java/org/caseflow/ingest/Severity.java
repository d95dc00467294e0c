package org.caseflow.ingest;

/** How much a finding matters. */
public enum Severity {
  /** The return breaks a rule of its specification; the figures it touches may be wrong. */
  ERROR,
  /** Something unusual that an analyst should check; figures are probably right. */
  WARNING,
  /** For information: nothing is wrong. */
  INFO
}
