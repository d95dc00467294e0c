package org.caseflow.ingest.annexa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caseflow.domain.schema.Table;

/**
 * The eleven Annex A lists: which canonical table each fills, which headers name each column (with
 * the variants councils export), and which columns a list cannot do without.
 */
enum AnnexAList {
  CONTACTS(
      1,
      "contacts",
      Table.AA_CONTACT,
      List.of("child_id", "contact_date"),
      Map.of(
          "contact_date", List.of("Date of Contact", "Contact Date", "Date Contact Received"),
          "contact_source", List.of("Contact Source", "Source of Contact"))),
  EARLY_HELP(
      2,
      "early help assessments",
      Table.AA_EARLY_HELP,
      List.of("child_id", "start_date"),
      Map.of(
          "start_date",
          List.of(
              "Assessment start date",
              "Early Help Assessment Start Date",
              "EH Assessment Start Date"),
          "completion_date",
          List.of(
              "Assessment completion date",
              "Early Help Assessment Completion Date",
              "EH Assessment Completion Date",
              "Assessment end date"),
          "organisation",
          List.of(
              "Organisation completing assessment",
              "Organisation completing the assessment",
              "Organization completing assessment",
              "Organisation"))),
  REFERRALS(
      3,
      "referrals",
      Table.AA_REFERRAL,
      List.of("child_id", "referral_date"),
      Map.of(
          "referral_date",
          List.of("Date of referral", "Referral date"),
          "referral_source",
          List.of("Referral Source", "Source of referral"),
          "referral_nfa",
          List.of("Referral NFA?", "Referral NFA", "Referral no further action", "NFA"),
          "referrals_last_12_months",
          List.of(
              "Number of Referrals in Last 12 Months",
              "Number of Referrals in the Last 12 Months",
              "Number of previous referrals in last 12 months",
              "Referrals in last 12 months"))),
  ASSESSMENTS(
      4,
      "assessments",
      Table.AA_ASSESSMENT,
      List.of("child_id", "start_date"),
      Map.of(
          "start_date",
          List.of(
              "Continuous Assessment Start Date",
              "Single Assessment Start Date",
              "Assessment start date"),
          "child_seen",
          List.of(
              "Child Seen During Continuous Assessment",
              "Child seen during assessment",
              "Was the child seen during the assessment"),
          "authorisation_date",
          List.of(
              "Continuous Assessment Date of Authorisation",
              "Single Assessment Date of Authorisation",
              "Assessment authorisation date",
              "Date of authorisation"),
          "requires_support",
          List.of(
              "Was the child assessed as requiring LA children's social care support?",
              "Assessed as requiring LA children's social care support",
              "Was the child assessed as requiring children's social care support?",
              "Requires LA children's social care support"))),
  SECTION47(
      5,
      "Section 47 enquiries and ICPCs",
      Table.AA_SECTION47,
      List.of("child_id", "start_date"),
      Map.of(
          "start_date",
          List.of(
              "Strategy discussion initiating Section 47 Enquiry Start Date",
              "Section 47 Enquiry Start Date",
              "S47 Enquiry Start Date",
              "S47 start date"),
          "icpc_not_required",
          List.of(
              "Was an ICPC deemed unnecessary?",
              "Was an Initial Child Protection Conference deemed unnecessary?"),
          "icpc_date",
          List.of("Date of ICPC", "Date of Initial Child Protection Conference", "ICPC date"),
          "icpc_led_to_plan",
          List.of(
              "Did the ICPC result in a CP plan",
              "Did the ICPC result in a Child Protection Plan",
              "Did the Initial Child Protection Conference Result in a Child Protection Plan"),
          "s47_last_12_months",
          List.of(
              "Number of S47 enquiries in last 12 months",
              "Number of Section 47 Enquiries in the last 12 months",
              "Number of Section 47 Enquiries in last 12 months"),
          "icpc_last_12_months",
          List.of(
              "Number of ICPCs in last 12 months",
              "Number of ICPCs in the last 12 months",
              "Number of Initial Child Protection Conferences in the last 12 months"))),
  CHILDREN_IN_NEED(
      6,
      "children in need",
      Table.AA_CHILD_IN_NEED,
      List.of("child_id", "start_date"),
      Map.of(
          "start_date",
          List.of("CIN Start Date", "Child in Need Start Date"),
          "primary_need",
          List.of("Primary Need Code", "Primary Need"),
          "last_seen_date",
          List.of("Date Child Was Last Seen", "Date child last seen"),
          "closure_date",
          List.of("CIN Closure Date", "Child in Need Closure Date"),
          "reason_for_closure",
          List.of("Reason for Closure", "CIN Closure Reason", "Closure reason"),
          "case_status",
          List.of("Case Status"))),
  CHILD_PROTECTION(
      7,
      "child protection plans",
      Table.AA_CHILD_PROTECTION,
      List.of("child_id", "start_date"),
      Map.ofEntries(
          Map.entry(
              "start_date",
              List.of("CPP Start Date", "Child Protection Plan Start Date", "CP Plan Start Date")),
          Map.entry("initial_category", List.of("Initial Category of Abuse", "Initial Category")),
          Map.entry("latest_category", List.of("Latest Category of Abuse", "Latest Category")),
          Map.entry(
              "last_visit_date",
              List.of("Date of the Last Statutory Visit", "Date of Last Statutory Visit")),
          Map.entry("seen_alone", List.of("Was the Child Seen Alone?", "Child Seen Alone")),
          Map.entry(
              "latest_review_date",
              List.of(
                  "Date of latest review conference",
                  "Date of last review conference",
                  "Latest review conference date")),
          Map.entry(
              "end_date",
              List.of("CPP End Date", "Child Protection Plan End Date", "CP Plan End Date")),
          Map.entry(
              "emergency_protection",
              List.of(
                  "Subject to EPO / police protection",
                  "Subject to EPO / police protection in last 6 months",
                  "Subject to Emergency Protection Order or Protected Under Police Powers in"
                      + " Last Six Months",
                  "Subject to an Emergency Protection Order or police protection in the last 6"
                      + " months")),
          Map.entry(
              "previous_plans",
              List.of(
                  "Number of Previous CP Plans",
                  "Number of Previous Child Protection Plans",
                  "Previous CP Plans")))),
  CHILDREN_IN_CARE(
      8,
      "children in care",
      Table.AA_CHILD_IN_CARE,
      List.of("child_id", "start_date"),
      Map.ofEntries(
          Map.entry(
              "uasc",
              List.of(
                  "UASC in last 12 months",
                  "UASC",
                  "Unaccompanied Asylum Seeking Child",
                  "Has the child been UASC in the last 12 months")),
          Map.entry(
              "start_date",
              List.of(
                  "Date Started to be Looked After",
                  "Date became looked after",
                  "Looked after start date",
                  "Date started to be in care")),
          Map.entry("category_of_need", List.of("Category of Need", "Child's Category of Need")),
          Map.entry(
              "second_period_12_months",
              List.of(
                  "Second or subsequent period of care",
                  "Second or subsequent period of care within 12 months",
                  "Subsequent period of Care Within Twelve Months of the end of Previous Period"
                      + " of Care",
                  "Subsequent period of care within 12 months")),
          Map.entry(
              "legal_status_start_date",
              List.of(
                  "Start date of current legal status",
                  "Date of current legal status",
                  "Legal status start date")),
          Map.entry(
              "legal_status",
              List.of(
                  "Legal Status",
                  "Child's Legal Status",
                  "Most recent legal status",
                  "Current legal status")),
          Map.entry(
              "latest_review_date",
              List.of("Date of Latest Statutory Review", "Date of last statutory review")),
          Map.entry(
              "last_visit_date",
              List.of("Date of Last Social Work Visit", "Date of last social worker visit")),
          Map.entry("permanence_plan", List.of("Permanence plan")),
          Map.entry(
              "last_iro_contact_date",
              List.of(
                  "Date of last IRO visit/contact",
                  "Date of Last IRO Visit / Contact to the Child",
                  "Date of last IRO visit",
                  "Date of last IRO contact")),
          Map.entry(
              "last_health_assessment_date",
              List.of("Date of Last Health Assessment", "Last health assessment date")),
          Map.entry(
              "last_dental_check_date",
              List.of("Date of Last Dental Check", "Last dental check date")),
          Map.entry(
              "placements_last_12_months",
              List.of(
                  "Number of Placements in last 12 months",
                  "Number of Placements in the last 12 months")),
          Map.entry(
              "ceased_date",
              List.of("Date Ceased to be Looked After", "Date ceased to be in care")),
          Map.entry(
              "reason_ceased",
              List.of(
                  "Reason Ceased",
                  "Reason Ceased to be Looked After",
                  "Reason for ceasing to be looked after")),
          Map.entry(
              "placement_start_date",
              List.of(
                  "Start Date of Most Recent Placement",
                  "Date of Most Recent Placement",
                  "Start date of current placement")),
          Map.entry("placement_type", List.of("Placement Type")),
          Map.entry("placement_provider", List.of("Placement Provider")),
          Map.entry("placement_postcode", List.of("Placement postcode", "Placement post code")),
          Map.entry(
              "placement_urn",
              List.of(
                  "URN of Placement",
                  "Placement URN",
                  "Placement Unique Reference Number (URN)",
                  "Placement Unique Reference Number")),
          Map.entry(
              "placement_location",
              List.of("Placement Location", "Placement Location (In/Out)", "Placement In/Out")),
          Map.entry(
              "placement_la",
              List.of("LA of Placement", "Placement LA", "Placement Local Authority")),
          Map.entry(
              "missing_last_12_months",
              List.of(
                  "Number of 'Missing' episodes in last 12 months",
                  "Child's number of 'Missing' episodes in the last 12 months",
                  "Number of missing episodes in the last 12 months")),
          Map.entry(
              "absent_last_12_months",
              List.of(
                  "Number of 'Absent' episodes in last 12 months",
                  "Child's number of 'Absences' in the last 12 months",
                  "Number of absences in the last 12 months",
                  "Number of absent episodes in the last 12 months")),
          Map.entry(
              "return_interview_offered",
              List.of(
                  "Return interview offered",
                  "Return home interview offered",
                  "Child offered Return Interview after last missing episode")),
          Map.entry(
              "return_interview_accepted",
              List.of(
                  "Return interview accepted",
                  "Return home interview accepted",
                  "Child accepted Return Interview after last missing episode")))),
  CARE_LEAVERS(
      9,
      "care leavers",
      Table.AA_CARE_LEAVER,
      List.of("child_id"),
      Map.of(
          "uasc",
          List.of("UASC or former UASC", "Former UASC", "UASC"),
          "personal_adviser",
          List.of(
              "Allocated Personal Advisor",
              "Allocated Personal Adviser",
              "Personal Advisor",
              "Personal Adviser"),
          "eligibility",
          List.of("Eligibility Category", "Eligibility"),
          "pathway_plan_review_date",
          List.of(
              "Latest Pathway Plan Review Date",
              "Date of Latest Pathway Plan Review",
              "Pathway Plan Review Date"),
          "in_touch",
          List.of("LA in Touch", "In touch", "Is the LA in touch"),
          "latest_contact_date",
          List.of("Latest Date of Contact", "Date of latest contact", "Latest contact date"),
          "accommodation",
          List.of("Type of Accommodation", "Accommodation type"),
          "accommodation_suitable",
          List.of("Suitability of Accommodation", "Accommodation suitability", "Suitability"),
          "activity",
          List.of("Activity Status", "Main activity"))),
  ADOPTION(
      10,
      "adoption",
      Table.AA_ADOPTION,
      List.of("child_id", "decision_date"),
      Map.of(
          "entered_care_date",
          List.of("Date the Child Entered Care", "Date child entered care"),
          "decision_date",
          List.of(
              "Date of ADM decision",
              "Date of ADM decision that child should be placed for adoption",
              "Date of Decision that Child Should be Placed for Adoption",
              "Date of decision child should be placed for adoption"),
          "placement_order_date",
          List.of("Date of Placement Order"),
          "match_date",
          List.of(
              "Date of Matching",
              "Date of Matching Child and Prospective Adopters",
              "Date matched"),
          "placed_date",
          List.of("Date Placed for Adoption"),
          "adoption_order_date",
          List.of("Date of Adoption Order"),
          "decision_reversed_date",
          List.of(
              "Date of decision child should no longer be placed",
              "Date of Decision that Child Should No Longer be Placed for Adoption",
              "Date of decision child should no longer be placed for adoption"),
          "reason_reversed",
          List.of(
              "Reason no longer placed",
              "Reason Why Child No Longer Placed for Adoption",
              "Reason child no longer placed for adoption"),
          "ffa_placed_date",
          List.of(
              "Date placed in FFA/concurrent planning placement",
              "Date the child was placed for fostering in FFA or concurrent planning placement",
              "Date placed in FFA or concurrent planning placement"))),
  ADOPTERS(
      11,
      "adopters",
      Table.AA_ADOPTER,
      List.of("adopter_id", "enquiry_date"),
      Map.ofEntries(
          Map.entry(
              "adopter_id",
              List.of("Individual adopter identifier", "Adopter identifier", "Adopter ID")),
          Map.entry(
              "fostering_for_adoption",
              List.of(
                  "Fostering for adoption?",
                  "Is the (prospective) adopter fostering for adoption?",
                  "Is the adopter fostering for adoption?")),
          Map.entry("enquiry_date", List.of("Date enquiry received", "Enquiry date")),
          Map.entry("stage1_start_date", List.of("Stage 1 start", "Date Stage 1 started")),
          Map.entry("stage1_end_date", List.of("Stage 1 end", "Date Stage 1 ended")),
          Map.entry("stage2_start_date", List.of("Stage 2 start", "Date Stage 2 started")),
          Map.entry("stage2_end_date", List.of("Stage 2 end", "Date Stage 2 ended")),
          Map.entry(
              "application_date", List.of("Application submitted", "Date application submitted")),
          Map.entry("approval_date", List.of("Application approved", "Date application approved")),
          Map.entry(
              "match_date",
              List.of("Matched", "Date adopter matched with child(ren)", "Date matched")),
          Map.entry(
              "placed_date",
              List.of(
                  "Child(ren) placed",
                  "Date child/children placed with adopter(s)",
                  "Date children placed")),
          Map.entry(
              "children_placed", List.of("No. of children placed", "Number of children placed")),
          Map.entry(
              "adoption_order_date", List.of("Adoption order date", "Date of Adoption Order")),
          Map.entry(
              "left_process_date",
              List.of("Date left process", "Date of leaving adoption process")),
          Map.entry("reason_left", List.of("Reason left", "Reason for leaving adoption process"))));

  /** Columns most lists share; they say nothing about which list a sheet is. */
  private static final class Common {
    static final Map<String, List<String>> HEADERS =
        Map.of(
            "child_id",
            List.of(
                "Child Unique ID",
                "Child ID",
                "Child Unique Identifier",
                "Child Identifier",
                "LA Child ID",
                "LAchildID",
                "ChildID",
                "Unique Child ID",
                "Person ID"),
            "sex",
            List.of("Gender", "Sex", "Gender Current", "Legal Sex"),
            "ethnicity",
            List.of("Ethnicity", "Ethnic Group", "Ethnic Origin", "Ethnicity Code"),
            "birth_date",
            List.of("Date of Birth", "DOB", "Birth Date", "D.O.B."),
            "has_disability",
            List.of(
                "Does the Child have a Disability",
                "Does the Child have a Disability?",
                "Disability",
                "Disabled",
                "Child has a disability",
                "Does the adopter have a disability"),
            "allocated_team",
            List.of("Allocated Team", "Team"),
            "allocated_worker",
            List.of("Allocated Worker", "Allocated Social Worker", "Social Worker", "Worker"),
            "family_id",
            List.of("Family identifier", "Family ID", "Family Unique ID"));

    private Common() {}
  }

  /** Headers that are known Annex A columns but carry nothing caseflow stores. */
  private static final Set<String> DERIVED =
      Set.of(
          normalise("Age of Child (Years)"),
          normalise("Age of Child"),
          normalise("Age"),
          normalise("Age (Years)"));

  private static final Pattern CHILD_ID = Pattern.compile("(^| )child( unique)? (id|identifier)$");

  private final int number;
  private final String title;
  private final Table table;

  @SuppressWarnings("ImmutableEnumChecker") // List.of, Map.copyOf and Set.copyOf are immutable
  private final List<String> required;

  @SuppressWarnings("ImmutableEnumChecker") // List.of, Map.copyOf and Set.copyOf are immutable
  private final Map<String, String> byHeader;

  @SuppressWarnings("ImmutableEnumChecker") // List.of, Map.copyOf and Set.copyOf are immutable
  private final Set<String> specific;

  AnnexAList(
      int number,
      String title,
      Table table,
      List<String> required,
      Map<String, List<String>> columns) {
    this.number = number;
    this.title = title;
    this.table = table;
    this.required = required;
    Map<String, String> headers = new LinkedHashMap<>();
    columns.forEach(
        (column, aliases) -> {
          table.indexOf(column); // fails fast on a typo
          aliases.forEach(a -> headers.put(normalise(a), column));
          headers.put(normalise(table.columns().get(table.indexOf(column)).source()), column);
        });
    this.specific = Set.copyOf(headers.values());
    for (Map.Entry<String, List<String>> e : Common.HEADERS.entrySet()) {
      if (table.column(e.getKey()).isPresent()) {
        for (String alias : e.getValue()) {
          headers.putIfAbsent(normalise(alias), e.getKey());
        }
      }
    }
    this.byHeader = Map.copyOf(headers);
  }

  /** The list's number, 1 to 11. */
  int number() {
    return number;
  }

  /** The canonical table the list fills. */
  Table table() {
    return table;
  }

  /** {@code list 1 (contacts)}. */
  String label() {
    return "list " + number + " (" + title + ")";
  }

  /** The canonical columns without which a sheet of this list cannot be read. */
  List<String> required() {
    return required;
  }

  /**
   * The canonical column a header names in this list, or null.
   *
   * @param header the header, already {@link #normalise normalised}
   */
  String column(String header) {
    String column = byHeader.get(header);
    if (column == null && table.column("child_id").isPresent() && CHILD_ID.matcher(header).find()) {
      return "child_id";
    }
    return column;
  }

  /** Whether the canonical column is one that distinguishes this list from the others. */
  boolean isSpecific(String column) {
    return specific.contains(column);
  }

  /** Whether the header is a known Annex A column that caseflow does not store (the age). */
  static boolean isDerived(String header) {
    return DERIVED.contains(header);
  }

  /** The first-choice header of a canonical column, for messages. */
  String header(String column) {
    for (Map.Entry<String, List<String>> e : Common.HEADERS.entrySet()) {
      if (e.getKey().equals(column)) {
        return e.getValue().get(0);
      }
    }
    return table.columns().get(table.indexOf(column)).source();
  }

  /**
   * A header reduced to lower-case words: case, spacing, punctuation, apostrophes, a trailing
   * {@code (Y/N)} and {@code &} for "and" do not matter.
   */
  static String normalise(String header) {
    String s =
        header
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("['\u2018\u2019`]", "")
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    if (s.endsWith(" y n")) {
      s = s.substring(0, s.length() - 4);
    }
    return s;
  }
}
