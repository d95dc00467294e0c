package org.caseflow.compare;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A point from which an indicator's control limits are worked out afresh (a statistical process
 * control chart), recorded by the council beside its targets with the reason: a new front door, a
 * changed definition. caseflow never rebases on its own.
 *
 * @param from the first month of the new limits
 * @param reason why the process changed, in the council's words
 */
public record Rebase(YearMonth from, String reason) {
  public Rebase {
    Objects.requireNonNull(from, "from");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a rebase needs a reason");
    }
  }
}
