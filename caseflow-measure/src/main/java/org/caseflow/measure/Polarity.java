package org.caseflow.measure;

/** Which direction is better, as LAIT has it (or as proposed where LAIT has no such measure). */
public enum Polarity {
  /** Higher is better. */
  HIGH,
  /** Lower is better. */
  LOW,
  /** Contextual: no good or bad direction. */
  NONE
}
