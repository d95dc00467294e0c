package org.caseflow.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The role table: each part of the dashboard, the roles that may use it and its place in the
 * navigation. Route checks ({@link Routes}) and the navigation (the page frame) both read it, so a
 * link is shown exactly when the page behind it may be opened.
 */
public enum Area {
  /** The scorecard: aggregates, suppressed for councillors. */
  SCORECARD("Scorecard", "/scorecard", Role.values()),
  /** The exception lists' counts (the children behind them are {@link #CHILDREN}). */
  EXCEPTIONS("Exception lists", "/exceptions", Role.values()),
  /** An indicator's page: aggregates, suppressed for councillors. */
  INDICATOR(null, null, Role.values()),
  /**
   * Signal or noise: statistical process control charts and their summary: aggregates, suppressed
   * for councillors.
   */
  SPC("Signal or noise", "/spc", Role.values()),
  /** Lists of children: never for councillors, and every view audited. */
  CHILDREN(null, null, Role.ADMIN, Role.ANALYST, Role.MANAGER),
  /** Actions are free text staff write about cases: they may name a child. */
  ACTIONS("Actions", "/actions", Role.ADMIN, Role.ANALYST, Role.MANAGER),
  /** Uploading returns, and what the store holds. */
  IMPORTS("Imports", "/imports", Role.ADMIN, Role.ANALYST),
  /** Validation rules failed, and the rows (children) behind one. */
  DATA_QUALITY("Data quality", "/data-quality", Role.ADMIN, Role.ANALYST, Role.MANAGER),
  /** The committee report: a councillor always gets the public version. */
  REPORTS("Reports", "/reports", Role.values()),
  /** The audit log. */
  AUDIT("Audit log", "/audit", Role.ADMIN),
  /** Local accounts: add, reset, disable, enable. */
  ACCOUNTS("Accounts", "/users", Role.ADMIN);

  private final String label;
  private final String href;
  private final Set<Role> roles;

  Area(String label, String href, Role... roles) {
    this.label = label;
    this.href = href;
    this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
  }

  /** Whether the role may use this part. */
  public boolean allows(Role role) {
    return roles.contains(role);
  }

  /** The link's words in the navigation, or null when the part has no link of its own. */
  public String label() {
    return label;
  }

  /** Where the link goes, or null. */
  public String href() {
    return href;
  }

  /** The navigation for a role: the parts with a link that the role may use, in order. */
  public static List<Area> navigation(Role role) {
    return java.util.Arrays.stream(values()).filter(a -> a.href != null && a.allows(role)).toList();
  }
}
