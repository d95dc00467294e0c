package org.caseflow.domain.schema;

/** The returns and lists caseflow reads, each a source of canonical tables. */
public enum ReturnKind {
  /** The DfE Children in Need census (XML), collected each year for 1 April to 31 March. */
  CIN_CENSUS("CIN census"),
  /** The SSDA903 children looked after return (CSV tables or XML), 1 April to 31 March. */
  SSDA903("SSDA903"),
  /** Ofsted's Annex A lists 1 to 11 (xlsx), prepared for an inspection. */
  ANNEX_A("Annex A"),
  /**
   * The Children's Social Work Workforce census (XML), a snapshot at 30 September; filed under the
   * collection year containing that date (30 September 2024 is 2024-25).
   */
  CSWW("CSWW census"),
  /** The council's monthly caseload extract (CSV template): one row per worker per month. */
  CASELOAD("caseload extract"),
  /** The council's budget monitoring (CSV template): one row per budget line per month. */
  BUDGET("budget monitoring"),
  /** The council's register of families with no recourse to public funds (CSV template). */
  NRPF("NRPF register"),
  /** The council's exploitation risk (VEMT, CSE, CCE) register (CSV template). */
  EXPLOITATION("exploitation register"),
  /** The council's early help assessment targets per completing organisation (CSV template). */
  EARLY_HELP_TARGETS("early help targets"),
  /** The council's health assessments of looked-after children (CSV template). */
  HEALTH_ASSESSMENTS("health assessments"),
  /** The council's foster carer households from enquiry to approval (CSV template). */
  FOSTER_CARERS("foster carer recruitment"),
  /** The council's annual target for foster carer approvals (CSV template). */
  FOSTERING_TARGETS("fostering targets"),
  /**
   * Ofsted's published lists of children's social care providers (xlsx): the children's homes list,
   * the list of other social care providers, and the combined management information layout. The
   * lists are national; each is filed under the council that imports it and keeps its own date.
   */
  OFSTED_PROVIDERS("Ofsted provider list");

  private final String label;

  ReturnKind(String label) {
    this.label = label;
  }

  /** The name councils use for the return. */
  public String label() {
    return label;
  }
}
