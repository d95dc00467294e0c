package org.caseflow.domain.schema;

/** The returns and lists caseflow reads, each a source of canonical tables. */
public enum ReturnKind {
  /** The DfE Children in Need census (XML), collected each year for 1 April to 31 March. */
  CIN_CENSUS("CIN census"),
  /** The SSDA903 children looked after return (CSV tables or XML), 1 April to 31 March. */
  SSDA903("SSDA903"),
  /** Ofsted's Annex A lists 1 to 11 (xlsx), prepared for an inspection. */
  ANNEX_A("Annex A");

  private final String label;

  ReturnKind(String label) {
    this.label = label;
  }

  /** The name councils use for the return. */
  public String label() {
    return label;
  }
}
