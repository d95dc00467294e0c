package org.caseflow.ingest.ssda903;

import static org.caseflow.ingest.ssda903.Field.code;
import static org.caseflow.ingest.ssda903.Field.date;
import static org.caseflow.ingest.ssda903.Field.event;
import static org.caseflow.ingest.ssda903.Field.flag;
import static org.caseflow.ingest.ssda903.Field.id;
import static org.caseflow.ingest.ssda903.Field.integer;
import static org.caseflow.ingest.ssda903.Field.optionalFlag;
import static org.caseflow.ingest.ssda903.Field.requiredCode;
import static org.caseflow.ingest.ssda903.Field.requiredEvent;
import static org.caseflow.ingest.ssda903.Field.sex;
import static org.caseflow.ingest.ssda903.Field.text;
import static org.caseflow.ingest.ssda903.Field.unused;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.domain.schema.Table;

/** The tables of the SSDA903 return: their columns and the canonical table each fills. */
enum Layout {
  HEADER(
      "Header",
      Table.CHILD,
      true,
      null,
      null,
      id(),
      sex("sex"),
      date("DOB", "birth_date"),
      code("ETHNIC", "ethnicity"),
      text("UPN", "upn"),
      flag("MOTHER", "is_mother"),
      date("MC_DOB", "mother_child_birth_date"),
      optionalFlag("UASC", "is_uasc")),
  EPISODES(
      "Episodes",
      Table.CLA_EPISODE,
      false,
      "DECOM",
      "DEC",
      id(),
      requiredEvent("DECOM", "start_date"),
      requiredCode("RNE", "reason_new_episode"),
      requiredCode("LS", "legal_status"),
      requiredCode("CIN", "category_of_need"),
      requiredCode("PLACE", "placement_type"),
      code("PLACE_PROVIDER", "placement_provider"),
      event("DEC", "end_date"),
      code("REC", "reason_ceased"),
      code("REASON_PLACE_CHANGE", "reason_place_change"),
      text("HOME_POST", "home_postcode"),
      text("PL_POST", "placement_postcode"),
      text("URN", "urn")),
  REVIEWS(
      "Reviews",
      Table.CLA_REVIEW,
      false,
      null,
      null,
      id(),
      unused("DOB"),
      requiredEvent("REVIEW", "review_date"),
      code("REVIEW_CODE", "participation")),
  UASC(
      "UASC",
      Table.UASC,
      true,
      null,
      null,
      id(),
      unused("SEX"),
      unused("DOB"),
      date("DUC", "uasc_ceased_date")),
  OC2(
      "OC2",
      Table.HEALTH_OUTCOME,
      true,
      null,
      null,
      id(),
      unused("DOB"),
      integer("SDQ_SCORE", "sdq_score"),
      code("SDQ_REASON", "sdq_reason"),
      flag("CONVICTED", "convicted"),
      flag("HEALTH_CHECK", "health_check"),
      flag("IMMUNISATIONS", "immunisations"),
      flag("TEETH_CHECK", "teeth_check"),
      flag("HEALTH_ASSESSMENT", "health_assessment"),
      flag("SUBSTANCE_MISUSE", "substance_misuse"),
      flag("INTERVENTION_RECEIVED", "intervention_received"),
      flag("INTERVENTION_OFFERED", "intervention_offered")),
  OC3(
      "OC3",
      Table.CARE_LEAVER,
      true,
      null,
      null,
      id(),
      unused("DOB"),
      code("IN_TOUCH", "in_touch"),
      code("ACTIV", "activity"),
      code("ACCOM", "accommodation")),
  AD1(
      "AD1",
      Table.ADOPTION,
      true,
      null,
      null,
      id(),
      unused("DOB"),
      event("DATE_INT", "decision_date"),
      event("DATE_MATCH", "match_date"),
      flag("FOSTER_CARE", "by_foster_carer"),
      integer("NB_ADOPTR", "number_of_adopters"),
      code("SEX_ADOPTR", "adopter_sex"),
      code("LS_ADOPTR", "adopter_legal_status")),
  PLACED_ADOPTION(
      "PlacedAdoption",
      Table.PLACED_FOR_ADOPTION,
      false,
      "DATE_PLACED",
      "DATE_PLACED_CEASED",
      id(),
      unused("DOB"),
      requiredEvent("DATE_PLACED", "decision_date"),
      event("DATE_PLACED_CEASED", "decision_ceased_date"),
      code("REASON_PLACED_CEASED", "reason_ceased")),
  PREV_PERM(
      "PrevPerm",
      Table.PREVIOUS_PERMANENCE,
      false,
      null,
      null,
      id(),
      unused("DOB"),
      code("PREV_PERM", "previous_permanence"),
      text("LA_PERM", "permanence_la"),
      text("DATE_PERM", "permanence_date")),
  MISSING(
      "Missing",
      Table.MISSING_EPISODE,
      false,
      "MIS_START",
      "MIS_END",
      id(),
      unused("DOB"),
      requiredCode("MISSING", "missing_type"),
      requiredEvent("MIS_START", "start_date"),
      event("MIS_END", "end_date")),
  SW_EPISODES(
      "SWEpisodes",
      Table.SOCIAL_WORKER_EPISODE,
      false,
      "SW_DECOM",
      "SW_DEC",
      id(),
      unused("DOB"),
      text("SW_ID", "social_worker_id"),
      requiredEvent("SW_DECOM", "start_date"),
      event("SW_DEC", "end_date"),
      code("SW_REASON", "reason")),
  DOLO(
      "DoLo",
      Table.DEPRIVATION_OF_LIBERTY,
      false,
      "DOLO_START",
      "DOLO_END",
      id(),
      unused("DOB"),
      requiredEvent("DOLO_START", "start_date"),
      event("DOLO_END", "end_date"));

  /** Columns found in several tables, which do not tell one table from another. */
  static final Set<String> COMMON = Set.of("CHILD", "DOB", "SEX");

  private final String label;
  private final Table table;
  private final boolean onePerChild;
  private final String startField;
  private final String endField;
  private final List<Field> fields;
  private final int[] target;
  private final int start;
  private final int end;

  Layout(
      String label,
      Table table,
      boolean onePerChild,
      String startField,
      String endField,
      Field... fields) {
    this.label = label;
    this.table = table;
    this.onePerChild = onePerChild;
    this.startField = startField;
    this.endField = endField;
    this.fields = List.of(fields);
    this.target = new int[fields.length];
    for (int i = 0; i < fields.length; i++) {
      target[i] = fields[i].column() == null ? -1 : table.indexOf(fields[i].column());
    }
    this.start = startField == null ? -1 : indexOf(startField);
    this.end = endField == null ? -1 : indexOf(endField);
  }

  /** The table's name in the 903 specification, e.g. {@code Episodes}. */
  String label() {
    return label;
  }

  Table table() {
    return table;
  }

  /** Whether a child may appear only once. */
  boolean onePerChild() {
    return onePerChild;
  }

  List<Field> fields() {
    return fields;
  }

  /** The position in the canonical row of field {@code i}, or -1 if it is not kept. */
  int target(int i) {
    return target[i];
  }

  /** The field holding the start date of a span, or -1. */
  int startIndex() {
    return start;
  }

  /** The field holding the end date of a span, or -1. */
  int endIndex() {
    return end;
  }

  String startField() {
    return startField;
  }

  String endField() {
    return endField;
  }

  /** The position of the named field, or -1. */
  int indexOf(String source) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).source().equals(source)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The column names a CSV file must have, comma-separated, as the specification orders them
   * (without the columns only the XML form must carry).
   */
  String columnList() {
    return fields.stream()
        .filter(f -> !f.optional())
        .map(Field::source)
        .collect(Collectors.joining(", "));
  }
}
