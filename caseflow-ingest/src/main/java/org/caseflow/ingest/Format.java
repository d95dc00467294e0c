package org.caseflow.ingest;

import org.caseflow.domain.schema.ReturnKind;

/** The file formats caseflow reads, recognised by content, never by name. */
public enum Format {
  /** The CIN census XML ({@code Message} with {@code Collection} CIN), 2017 to 2027. */
  CIN_CENSUS_XML(ReturnKind.CIN_CENSUS, "CIN census XML"),
  /** One SSDA903 table as CSV (Header, Episodes, Reviews, …), recognised by its columns. */
  SSDA903_CSV(ReturnKind.SSDA903, "SSDA903 CSV"),
  /** The SSDA903 return as XML ({@code EXPSSDA903}). */
  SSDA903_XML(ReturnKind.SSDA903, "SSDA903 XML"),
  /** Ofsted's Annex A workbook (.xlsx), lists 1 to 11. */
  ANNEX_A_XLSX(ReturnKind.ANNEX_A, "Annex A workbook"),
  /** The Children's Social Work Workforce census XML ({@code Message} with Collection CSWW). */
  CSWW_XML(ReturnKind.CSWW, "CSWW census XML"),
  /** The council's monthly caseload extract (CSV template), recognised by its headings. */
  CASELOAD_CSV(ReturnKind.CASELOAD, "caseload extract CSV"),
  /** The council's budget monitoring (CSV template). */
  BUDGET_CSV(ReturnKind.BUDGET, "budget monitoring CSV"),
  /** The council's NRPF register (CSV template). */
  NRPF_CSV(ReturnKind.NRPF, "NRPF register CSV"),
  /** The council's exploitation risk register (CSV template). */
  EXPLOITATION_CSV(ReturnKind.EXPLOITATION, "exploitation register CSV"),
  /** The council's early help targets per organisation (CSV template). */
  EARLY_HELP_TARGETS_CSV(ReturnKind.EARLY_HELP_TARGETS, "early help targets CSV"),
  /** The council's health assessments of looked-after children (CSV template). */
  HEALTH_ASSESSMENTS_CSV(ReturnKind.HEALTH_ASSESSMENTS, "health assessments CSV"),
  /** The council's foster carer households (CSV template). */
  FOSTER_CARERS_CSV(ReturnKind.FOSTER_CARERS, "foster carer households CSV"),
  /** The council's annual foster carer approvals target (CSV template). */
  FOSTERING_TARGETS_CSV(ReturnKind.FOSTERING_TARGETS, "fostering targets CSV"),
  /**
   * An Ofsted list of children's social care providers (.xlsx): the children's homes list, the list
   * of other social care providers, or the combined management information layout; told from an
   * Annex A workbook by its header rows.
   */
  OFSTED_PROVIDERS_XLSX(ReturnKind.OFSTED_PROVIDERS, "Ofsted provider list");

  private final ReturnKind kind;
  private final String label;

  Format(ReturnKind kind, String label) {
    this.kind = kind;
    this.label = label;
  }

  /** The return the format carries. */
  public ReturnKind kind() {
    return kind;
  }

  /** A name for messages and provenance. */
  public String label() {
    return label;
  }
}
