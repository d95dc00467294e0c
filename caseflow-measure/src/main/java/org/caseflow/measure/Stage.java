package org.caseflow.measure;

/** The stage of the process model a committee report groups indicators by. */
public enum Stage {
  /** Demand at the front door: contacts, referrals, early help. */
  INPUTS,
  /** Timeliness and quality of statutory work. */
  PROCESSES,
  /** Children in need, child protection, children looked after, care leavers, adoption. */
  OUTPUTS,
  /** The social work workforce: staff in post, agency, vacancies, turnover, caseloads. */
  WORKFORCE,
  /** Budget monitoring: variance, projected outturn, unit costs. */
  FINANCE,
  /** Local cohorts the returns do not carry: NRPF families, children at risk of exploitation. */
  LOCAL
}
