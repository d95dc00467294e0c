package org.caseflow.domain.schema;

import static org.caseflow.domain.schema.ColumnType.BOOLEAN;
import static org.caseflow.domain.schema.ColumnType.DATE;
import static org.caseflow.domain.schema.ColumnType.DECIMAL;
import static org.caseflow.domain.schema.ColumnType.INTEGER;
import static org.caseflow.domain.schema.ColumnType.TEXT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The canonical tables. Every reader writes rows into these; every indicator reads from them.
 *
 * <p>Besides the columns listed here, the store adds to every row the council's code ({@code la}),
 * the import batch it came from ({@code batch_id}), the collection year of that batch ({@code
 * collection_year}) and whether the row is the current version ({@code is_current}; see {@link
 * Supersede}). Readers supply values in the order of {@link #columns()}, typed as {@link
 * ColumnType#javaType()}.
 */
public enum Table {
  // ---------------------------------------------------------------- children (all returns)
  CHILD(
      ReturnKind.CIN_CENSUS,
      "Children as each return describes them: identifiers and characteristics.",
      Supersede.perChild(),
      col("source", TEXT, "-", "The return that described the child: CIN_CENSUS, SSDA903, ANNEX_A"),
      childId(),
      col("upn", TEXT, "UPN", "Unique pupil number"),
      col("former_upn", TEXT, "FormerUPN", "Former unique pupil number"),
      col("upn_unknown", TEXT, "UPNunknown", "Reason the UPN is unknown, UN1 to UN7"),
      col("birth_date", DATE, "PersonBirthDate / DOB", "Date of birth"),
      col(
          "expected_birth_date",
          DATE,
          "ExpectedPersonBirthDate",
          "Expected date of birth (unborn)"),
      col("sex", TEXT, "GenderCurrent / Sex / SEX", "Sex, normalised to M, F or U"),
      col("death_date", DATE, "PersonDeathDate", "Date of death"),
      col("ethnicity", TEXT, "Ethnicity / ETHNIC", "Ethnic group code, e.g. WBRI"),
      col("is_mother", BOOLEAN, "MOTHER", "The child is a mother (SSDA903)"),
      col("mother_child_birth_date", DATE, "MC_DOB", "Date of birth of the mother's child"),
      col(
          "is_uasc",
          BOOLEAN,
          "UASC",
          "The child is an unaccompanied asylum-seeking child, as the SSDA903 header says"
              + " (XML returns; a CSV Header has it only as an extra column)"),
      col(
          "sex_given",
          TEXT,
          "SEX",
          "The SSDA903 Header's SEX as the file gave it, before 1 and 2 became M and F")),
  CHILD_DISABILITY(
      ReturnKind.CIN_CENSUS,
      "Disabilities recorded for a child in the CIN census, one row each.",
      Supersede.perChild(),
      childId(),
      col("disability", TEXT, "Disability", "Disability code, e.g. MOB, LD, AUT, NONE")),

  // ---------------------------------------------------------------- CIN census
  CIN_EPISODE(
      ReturnKind.CIN_CENSUS,
      "Episodes of need: one per referral (CINdetails).",
      Supersede.span("closure_date"),
      childId(),
      episodeNo(),
      col("referral_date", DATE, "CINreferralDate", "Date of referral"),
      col(
          "referral_source",
          TEXT,
          "ReferralSource",
          "Source of referral, e.g. 6 police, 2A schools"),
      col("primary_need", TEXT, "PrimaryNeedCode", "Primary need, N0 to N9"),
      col("closure_date", DATE, "CINclosureDate", "Date the episode closed"),
      col("reason_for_closure", TEXT, "ReasonForClosure", "Reason for closure, RC1 to RC9"),
      col("referral_nfa", BOOLEAN, "ReferralNFA", "Referral resulted in no further action"),
      col(
          "icpc_date",
          DATE,
          "DateOfInitialCPC (CINdetails)",
          "ICPC not linked to a Section 47 in this episode, e.g. a transfer-in")),
  ASSESSMENT(
      ReturnKind.CIN_CENSUS,
      "Continuous (single) assessments within an episode.",
      Supersede.cinEpisode(),
      childId(),
      episodeNo(),
      col("assessment_no", INTEGER, "-", "Number of the assessment within the episode, from 1"),
      col("start_date", DATE, "AssessmentActualStartDate", "Date the assessment started"),
      col("internal_review_date", DATE, "AssessmentInternalReviewDate", "Internal review date"),
      col("authorisation_date", DATE, "AssessmentAuthorisationDate", "Date it was authorised")),
  ASSESSMENT_FACTOR(
      ReturnKind.CIN_CENSUS,
      "Factors identified at the end of an assessment, one row each.",
      Supersede.cinEpisode(),
      childId(),
      episodeNo(),
      col("assessment_no", INTEGER, "-", "The assessment within the episode"),
      col("factor", TEXT, "AssessmentFactors", "Factor code, e.g. 3B domestic abuse (parent)")),
  CIN_PLAN(
      ReturnKind.CIN_CENSUS,
      "Child in need plans (CINPlanDates, from 2021-22).",
      Supersede.cinEpisode(),
      childId(),
      episodeNo(),
      col("start_date", DATE, "CINPlanStartDate", "Date the CIN plan started"),
      col("end_date", DATE, "CINPlanEndDate", "Date the CIN plan ended")),
  SECTION47(
      ReturnKind.CIN_CENSUS,
      "Section 47 enquiries and the initial child protection conferences that followed.",
      Supersede.cinEpisode(),
      childId(),
      episodeNo(),
      col("start_date", DATE, "S47ActualStartDate", "Date the Section 47 enquiry started"),
      col("icpc_target_date", DATE, "InitialCPCtarget", "Date the ICPC was due"),
      col("icpc_date", DATE, "DateOfInitialCPC", "Date of the initial CP conference"),
      col("icpc_not_required", BOOLEAN, "ICPCnotRequired", "An ICPC was judged not required")),
  CP_PLAN(
      ReturnKind.CIN_CENSUS,
      "Child protection plans.",
      Supersede.cinEpisode(),
      childId(),
      episodeNo(),
      col("plan_no", INTEGER, "-", "Number of the plan within the episode, from 1"),
      col("start_date", DATE, "CPPstartDate", "Date the CP plan started"),
      col("end_date", DATE, "CPPendDate", "Date the CP plan ended"),
      col("initial_category", TEXT, "InitialCategoryOfAbuse", "NEG, PHY, SAB, EMO or MUL"),
      col("latest_category", TEXT, "LatestCategoryOfAbuse", "NEG, PHY, SAB, EMO or MUL"),
      col("previous_plans", INTEGER, "NumberOfPreviousCPP", "Number of earlier CP plans")),
  CP_REVIEW(
      ReturnKind.CIN_CENSUS,
      "Reviews of child protection plans.",
      Supersede.cinEpisode(),
      childId(),
      episodeNo(),
      col("plan_no", INTEGER, "-", "The plan within the episode"),
      col("review_date", DATE, "CPPreviewDate", "Date of the review conference")),
  PRE_PROCEEDINGS(
      ReturnKind.CIN_CENSUS,
      "Pre-proceedings and family group decision making (2026-27 census).",
      Supersede.cinEpisode(),
      childId(),
      episodeNo(),
      col("start_date", DATE, "PPStartDate", "Date pre-proceedings started"),
      col("letter_before_proceedings_date", DATE, "LBPSentDate", "Letter before proceedings sent"),
      col("fgdm_offered", TEXT, "FGDMMeetingOffer", "Family group decision meeting offered"),
      col("fgdm_held", TEXT, "FGDMMeetingFac", "Family group decision meeting facilitated"),
      col("initial_meeting_date", DATE, "InitialPPMeetingDate", "Initial pre-proceedings meeting"),
      col("review_meetings", INTEGER, "ReviewMeetingsCount", "Number of review meetings"),
      col("step_decision_date", DATE, "StepDecisionDate", "Date of the step-up/down decision"),
      col("outcome", TEXT, "PPOutcome", "Outcome of pre-proceedings"),
      col("court_application_date", DATE, "CourtAppDate", "Date of application to court"),
      col(
          "letter_initiating_cp_date",
          DATE,
          "LetterInitCPDate",
          "Letter initiating care proceedings")),

  // ---------------------------------------------------------------- SSDA903
  CLA_EPISODE(
      ReturnKind.SSDA903,
      "Looked-after episodes: a new one on any change of legal status or placement.",
      Supersede.span("end_date"),
      childId(),
      col("start_date", DATE, "DECOM", "Date the episode started"),
      col("reason_new_episode", TEXT, "RNE", "Reason for new episode: S, L, P, T, B, U"),
      col("legal_status", TEXT, "LS", "Legal status, e.g. C2, E1, V2, V3, V4"),
      col("category_of_need", TEXT, "CIN", "Category of need, N1 to N8"),
      col("placement_type", TEXT, "PLACE", "Placement type, e.g. U4, K2, K3, Z11"),
      col("placement_provider", TEXT, "PLACE_PROVIDER", "Placement provider, PR0 to PR5"),
      col("end_date", DATE, "DEC", "Date the episode ceased"),
      col("reason_ceased", TEXT, "REC", "Reason the episode ceased, e.g. X1, E11, E4A"),
      col("reason_place_change", TEXT, "REASON_PLACE_CHANGE", "Reason for placement change"),
      col(
          "home_postcode",
          TEXT,
          "HOME_POST",
          "Postcode of the home address the child was placed from"),
      col("placement_postcode", TEXT, "PL_POST", "Postcode of the placement"),
      col("urn", TEXT, "URN", "Ofsted unique reference number of the placement"),
      col(
          "placement_la",
          TEXT,
          "PL_LA",
          "Council of the placement (3-digit DfE code; WAL, SCO, NIR, NUK outside England),"
              + " derived at import from PL_POST"),
      col(
          "placement_location",
          TEXT,
          "PL_LOCATION",
          "IN or OUT of the council's area, derived at import from PL_LA"),
      col(
          "placement_distance",
          DECIMAL,
          "PL_DISTANCE",
          "Miles from HOME_POST to PL_POST (centroids, 1 dp), derived at import")),
  CLA_REVIEW(
      ReturnKind.SSDA903,
      "Reviews of looked-after children.",
      Supersede.span("review_date"),
      childId(),
      col("review_date", DATE, "REVIEW", "Date of the review"),
      col("participation", TEXT, "REVIEW_CODE", "How the child took part, PN0 to PN7")),
  UASC(
      ReturnKind.SSDA903,
      "Unaccompanied asylum-seeking children.",
      Supersede.perChild(),
      childId(),
      col("uasc_ceased_date", DATE, "DUC", "Date UASC status ceased")),
  HEALTH_OUTCOME(
      ReturnKind.SSDA903,
      "OC2: outcomes for children looked after continuously for 12 months at 31 March.",
      Supersede.year(),
      childId(),
      col("sdq_score", INTEGER, "SDQ_SCORE", "Strengths and difficulties score, 0 to 40"),
      col("sdq_reason", TEXT, "SDQ_REASON", "Reason no SDQ score, SDQ1 to SDQ5"),
      col("convicted", BOOLEAN, "CONVICTED", "Convicted or cautioned during the year"),
      col("health_check", BOOLEAN, "HEALTH_CHECK", "Development assessment up to date (under 5)"),
      col("immunisations", BOOLEAN, "IMMUNISATIONS", "Immunisations up to date"),
      col("teeth_check", BOOLEAN, "TEETH_CHECK", "Dental check"),
      col("health_assessment", BOOLEAN, "HEALTH_ASSESSMENT", "Annual health assessment"),
      col("substance_misuse", BOOLEAN, "SUBSTANCE_MISUSE", "Substance misuse identified"),
      col("intervention_received", BOOLEAN, "INTERVENTION_RECEIVED", "Intervention received"),
      col("intervention_offered", BOOLEAN, "INTERVENTION_OFFERED", "Intervention offered")),
  CARE_LEAVER(
      ReturnKind.SSDA903,
      "OC3: care leavers whose 17th to 21st birthday fell in the year.",
      Supersede.year(),
      childId(),
      col("in_touch", TEXT, "IN_TOUCH", "Council in touch: YES, NO, DIED, REFU, NREQ, RHOM"),
      col("activity", TEXT, "ACTIV", "Main activity, e.g. F1, P2, G5"),
      col("accommodation", TEXT, "ACCOM", "Accommodation type and suitability, e.g. U1, W2")),
  ADOPTION(
      ReturnKind.SSDA903,
      "AD1: children adopted during the year.",
      Supersede.year(),
      childId(),
      col("decision_date", DATE, "DATE_INT", "Decision that the child should be placed"),
      col("match_date", DATE, "DATE_MATCH", "Date matched with adopters"),
      col("by_foster_carer", BOOLEAN, "FOSTER_CARE", "Adopted by former foster carer(s)"),
      col("number_of_adopters", INTEGER, "NB_ADOPTR", "One or two adopters"),
      col("adopter_sex", TEXT, "SEX_ADOPTR", "M1, F1, MM, FF, MF"),
      col("adopter_legal_status", TEXT, "LS_ADOPTR", "L0, L11, L12, L2, L3, L4")),
  PLACED_FOR_ADOPTION(
      ReturnKind.SSDA903,
      "Decisions that a child should be placed for adoption, and their reversal.",
      Supersede.span("decision_ceased_date"),
      childId(),
      col("decision_date", DATE, "DATE_PLACED", "Date of the should-be-placed decision"),
      col("decision_ceased_date", DATE, "DATE_PLACED_CEASED", "Date the decision was reversed"),
      col("reason_ceased", TEXT, "REASON_PLACED_CEASED", "Reason reversed, RD1 to RD4")),
  PREVIOUS_PERMANENCE(
      ReturnKind.SSDA903,
      "Previous permanence of children starting to be looked after.",
      Supersede.year(),
      childId(),
      col("previous_permanence", TEXT, "PREV_PERM", "P1 adoption, P2 SGO, P3 CAO, P4, Z1"),
      col("permanence_la", TEXT, "LA_PERM", "Council that made the previous order"),
      col("permanence_date", TEXT, "DATE_PERM", "Date of the order as returned (may be partial)")),
  MISSING_EPISODE(
      ReturnKind.SSDA903,
      "Episodes of a looked-after child missing or away from placement without authorisation.",
      Supersede.span("end_date"),
      childId(),
      col("missing_type", TEXT, "MISSING", "M missing, A away without authorisation"),
      col("start_date", DATE, "MIS_START", "Date the episode started"),
      col("end_date", DATE, "MIS_END", "Date the episode ended")),
  SOCIAL_WORKER_EPISODE(
      ReturnKind.SSDA903,
      "Social worker allocations (SWEpisodes, from 2023-24).",
      Supersede.span("end_date"),
      childId(),
      col("social_worker_id", TEXT, "SW_ID", "Social worker identifier"),
      col("start_date", DATE, "SW_DECOM", "Date the allocation started"),
      col("end_date", DATE, "SW_DEC", "Date the allocation ended"),
      col("reason", TEXT, "SW_REASON", "Reason for change of social worker")),
  DEPRIVATION_OF_LIBERTY(
      ReturnKind.SSDA903,
      "Deprivation of liberty orders (DoLo, from 2026-27).",
      Supersede.span("end_date"),
      childId(),
      col("start_date", DATE, "DOLO_START", "Date the order started"),
      col("end_date", DATE, "DOLO_END", "Date the order ended")),

  // ---------------------------------------------------------------- Ofsted Annex A
  AA_CONTACT(
      ReturnKind.ANNEX_A,
      "Annex A list 1: contacts.",
      Supersede.span("contact_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      col("contact_date", DATE, "Date of Contact", "Date of the contact"),
      col("contact_source", TEXT, "Contact Source", "Source, in referral-source categories")),
  AA_EARLY_HELP(
      ReturnKind.ANNEX_A,
      "Annex A list 2: early help assessments.",
      Supersede.span("completion_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      col("start_date", DATE, "Assessment start date", "Date the early help assessment started"),
      col("completion_date", DATE, "Assessment completion date", "Date it was completed"),
      col("organisation", TEXT, "Organisation completing assessment", "Completing agency")),
  AA_REFERRAL(
      ReturnKind.ANNEX_A,
      "Annex A list 3: referrals.",
      Supersede.span("referral_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      col("referral_date", DATE, "Date of referral", "Date of the referral"),
      col("referral_source", TEXT, "Referral Source", "Source of referral"),
      col("referral_nfa", BOOLEAN, "Referral NFA?", "Referral resulted in no further action"),
      col("referrals_last_12_months", INTEGER, "Number of Referrals in Last 12 Months", "Count"),
      team(),
      worker()),
  AA_ASSESSMENT(
      ReturnKind.ANNEX_A,
      "Annex A list 4: assessments.",
      Supersede.span("authorisation_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      disability(),
      col("start_date", DATE, "Continuous Assessment Start Date", "Date started"),
      col("child_seen", BOOLEAN, "Child Seen During Continuous Assessment", "Child was seen"),
      col("authorisation_date", DATE, "Continuous Assessment Date of Authorisation", "Authorised"),
      col(
          "requires_support",
          BOOLEAN,
          "Was the child assessed as requiring LA children's social care support?",
          "Assessed as needing children's social care support"),
      team(),
      worker()),
  AA_SECTION47(
      ReturnKind.ANNEX_A,
      "Annex A list 5: Section 47 enquiries and ICPCs.",
      Supersede.span("start_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      disability(),
      col("start_date", DATE, "Strategy discussion initiating Section 47 Enquiry Start Date", "-"),
      col("icpc_not_required", BOOLEAN, "Was an ICPC deemed unnecessary?", "ICPC not required"),
      col("icpc_date", DATE, "Date of ICPC", "Date of the initial CP conference"),
      col("icpc_led_to_plan", BOOLEAN, "Did the ICPC result in a CP plan", "ICPC led to a plan"),
      col("s47_last_12_months", INTEGER, "Number of S47 enquiries in last 12 months", "Count"),
      col("icpc_last_12_months", INTEGER, "Number of ICPCs in last 12 months", "Count"),
      team(),
      worker()),
  AA_CHILD_IN_NEED(
      ReturnKind.ANNEX_A,
      "Annex A list 6: children in need.",
      Supersede.span("closure_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      disability(),
      col("start_date", DATE, "CIN Start Date", "Date the episode of need started"),
      col("primary_need", TEXT, "Primary Need Code", "Primary need, N0 to N9"),
      col("last_seen_date", DATE, "Date Child Was Last Seen", "Date the child was last seen"),
      col("closure_date", DATE, "CIN Closure Date", "Date the episode closed"),
      col("reason_for_closure", TEXT, "Reason for Closure", "RC1 to RC9"),
      col("case_status", TEXT, "Case Status", "Looked after, CP plan, CIN plan, open assessment"),
      team(),
      worker()),
  AA_CHILD_PROTECTION(
      ReturnKind.ANNEX_A,
      "Annex A list 7: children on child protection plans.",
      Supersede.span("end_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      disability(),
      col("start_date", DATE, "CPP Start Date", "Date the plan started"),
      col("initial_category", TEXT, "Initial Category of Abuse", "NEG, PHY, SAB, EMO, MUL"),
      col("latest_category", TEXT, "Latest Category of Abuse", "NEG, PHY, SAB, EMO, MUL"),
      col("last_visit_date", DATE, "Date of the Last Statutory Visit", "Last statutory visit"),
      col("seen_alone", BOOLEAN, "Was the Child Seen Alone?", "Seen alone at the last visit"),
      col("latest_review_date", DATE, "Date of latest review conference", "Latest review"),
      col("end_date", DATE, "CPP End Date", "Date the plan ended"),
      col("emergency_protection", BOOLEAN, "Subject to EPO / police protection", "Last 6 months"),
      col("previous_plans", INTEGER, "Number of Previous CP Plans", "Earlier plans"),
      team(),
      worker()),
  AA_CHILD_IN_CARE(
      ReturnKind.ANNEX_A,
      "Annex A list 8: children in care.",
      Supersede.span("ceased_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      disability(),
      col("uasc", BOOLEAN, "UASC in last 12 months", "Unaccompanied asylum-seeking child"),
      col("start_date", DATE, "Date Started to be Looked After", "Date became looked after"),
      col("category_of_need", TEXT, "Category of Need", "N1 to N8"),
      col("second_period_12_months", BOOLEAN, "Second or subsequent period of care", "Within 12m"),
      col("legal_status_start_date", DATE, "Start date of current legal status", "-"),
      col("legal_status", TEXT, "Legal Status", "Current legal status"),
      col("latest_review_date", DATE, "Date of Latest Statutory Review", "Latest review"),
      col("last_visit_date", DATE, "Date of Last Social Work Visit", "Last social work visit"),
      col("permanence_plan", TEXT, "Permanence plan", "Permanence plan"),
      col("last_iro_contact_date", DATE, "Date of last IRO visit/contact", "Last IRO contact"),
      col("last_health_assessment_date", DATE, "Date of Last Health Assessment", "-"),
      col("last_dental_check_date", DATE, "Date of Last Dental Check", "-"),
      col("placements_last_12_months", INTEGER, "Number of Placements in last 12 months", "-"),
      col("ceased_date", DATE, "Date Ceased to be Looked After", "Date ceased"),
      col("reason_ceased", TEXT, "Reason Ceased", "Reason ceased"),
      col("placement_start_date", DATE, "Start Date of Most Recent Placement", "-"),
      col("placement_type", TEXT, "Placement Type", "Placement type"),
      col("placement_provider", TEXT, "Placement Provider", "Placement provider"),
      col("placement_postcode", TEXT, "Placement postcode", "Placement postcode"),
      col("placement_urn", TEXT, "URN of Placement", "Ofsted URN"),
      col("placement_location", TEXT, "Placement Location", "IN or OUT of the council's area"),
      col("placement_la", TEXT, "LA of Placement", "Council where the child is placed"),
      col("missing_last_12_months", INTEGER, "Number of 'Missing' episodes in last 12 months", "-"),
      col("absent_last_12_months", INTEGER, "Number of 'Absent' episodes in last 12 months", "-"),
      col("return_interview_offered", BOOLEAN, "Return interview offered", "-"),
      col("return_interview_accepted", BOOLEAN, "Return interview accepted", "-"),
      team(),
      worker()),
  AA_CARE_LEAVER(
      ReturnKind.ANNEX_A,
      "Annex A list 9: care leavers.",
      Supersede.span("latest_contact_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      disability(),
      col("uasc", BOOLEAN, "UASC or former UASC", "Unaccompanied asylum-seeking child"),
      team(),
      worker(),
      col("personal_adviser", TEXT, "Allocated Personal Advisor", "Personal adviser"),
      col("eligibility", TEXT, "Eligibility Category", "Relevant, former relevant, qualifying"),
      col("pathway_plan_review_date", DATE, "Latest Pathway Plan Review Date", "-"),
      col("in_touch", TEXT, "LA in Touch", "Council in touch"),
      col("latest_contact_date", DATE, "Latest Date of Contact", "-"),
      col("accommodation", TEXT, "Type of Accommodation", "Type of accommodation"),
      col("accommodation_suitable", BOOLEAN, "Suitability of Accommodation", "Suitable"),
      col("activity", TEXT, "Activity Status", "Main activity")),
  AA_ADOPTION(
      ReturnKind.ANNEX_A,
      "Annex A list 10: children with an adoption decision.",
      Supersede.span("adoption_order_date"),
      childId(),
      sex(),
      ethnicity(),
      birthDate(),
      disability(),
      col("family_id", TEXT, "Family identifier", "Family identifier"),
      col("entered_care_date", DATE, "Date the Child Entered Care", "-"),
      col("decision_date", DATE, "Date of ADM decision", "Should be placed for adoption"),
      col("placement_order_date", DATE, "Date of Placement Order", "-"),
      col("match_date", DATE, "Date of Matching", "-"),
      col("placed_date", DATE, "Date Placed for Adoption", "-"),
      col("adoption_order_date", DATE, "Date of Adoption Order", "-"),
      col("decision_reversed_date", DATE, "Date of decision child should no longer be placed", "-"),
      col("reason_reversed", TEXT, "Reason no longer placed", "RD1 to RD4"),
      col("ffa_placed_date", DATE, "Date placed in FFA/concurrent planning placement", "-")),
  AA_ADOPTER(
      ReturnKind.ANNEX_A,
      "Annex A list 11: adopters.",
      Supersede.span("left_process_date"),
      col("adopter_id", TEXT, "Individual adopter identifier", "Adopter identifier"),
      col("family_id", TEXT, "Family identifier", "Family identifier"),
      sex(),
      ethnicity(),
      disability(),
      col("fostering_for_adoption", BOOLEAN, "Fostering for adoption?", "-"),
      col("enquiry_date", DATE, "Date enquiry received", "-"),
      col("stage1_start_date", DATE, "Stage 1 start", "-"),
      col("stage1_end_date", DATE, "Stage 1 end", "-"),
      col("stage2_start_date", DATE, "Stage 2 start", "-"),
      col("stage2_end_date", DATE, "Stage 2 end", "-"),
      col("application_date", DATE, "Application submitted", "-"),
      col("approval_date", DATE, "Application approved", "-"),
      col("match_date", DATE, "Matched", "-"),
      col("placed_date", DATE, "Child(ren) placed", "-"),
      col("children_placed", INTEGER, "No. of children placed", "-"),
      col("adoption_order_date", DATE, "Adoption order date", "-"),
      col("left_process_date", DATE, "Date left process", "-"),
      col("reason_left", TEXT, "Reason left", "Withdrew, on hold, refused")),

  // ---------------------------------------------------------------- CSWW census
  SW_WORKER(
      ReturnKind.CSWW,
      "Children and family social workers in the workforce census: those in post at 30"
          + " September (employed or agency) and those who started or left in the year to it.",
      Supersede.year(),
      workerId(),
      col("reference_date", DATE, "ReferenceDate", "The census date, 30 September"),
      col("agency", BOOLEAN, "AgencyWorker", "An agency worker (not employed by the council)"),
      col("fte", DECIMAL, "FTE", "Full-time equivalent of the worker's contract"),
      col("sex", TEXT, "GenderCurrent / Sex", "Sex, normalised to M, F or U"),
      col("ethnicity", TEXT, "Ethnicity", "Ethnic group code"),
      col("org_role", INTEGER, "OrgRole", "1 senior manager to 5 case holder, 6 without cases"),
      col("role_start_date", DATE, "RoleStartDate", "Date started in the role"),
      col("start_origin", TEXT, "StartOrigin", "Where a starter came from, 1 to 10"),
      col("role_end_date", DATE, "RoleEndDate", "Date left the role"),
      col("reason_leave", TEXT, "ReasonLeave", "Reason for leaving, 1 to 10"),
      col("fte_at_census", DECIMAL, "FTE30", "FTE at 30 September (in post only)"),
      col("cases_at_census", INTEGER, "Cases30", "Cases held at 30 September"),
      col("working_days_lost", DECIMAL, "WorkingDaysLost", "Working days lost to sickness"),
      col("contract_weeks", DECIMAL, "ContractWeeks", "Weeks under contract in the year"),
      col("absent_at_census", BOOLEAN, "Absat30Sept", "Absent on 30 September"),
      col("reason_absence", TEXT, "ReasonAbsence", "MAT, OTH, PUB, SIC, TRN, UNA or UNP")),
  SW_VACANCY(
      ReturnKind.CSWW,
      "Vacancies at 30 September, and the agency workers covering them (LALevelVacancies).",
      Supersede.year(),
      col("reference_date", DATE, "ReferenceDate", "The census date, 30 September"),
      col("vacancies_fte", DECIMAL, "NumberOfVacancies", "FTE vacancies"),
      col("agency_cover_fte", DECIMAL, "NoAgencyFTE", "FTE of agency workers covering vacancies"),
      col("agency_cover_headcount", INTEGER, "NoAgencyHeadcount", "Agency workers covering them")),

  // ---------------------------------------------------------------- caseload extract
  CASELOAD(
      ReturnKind.CASELOAD,
      "The council's monthly caseload extract: open allocated cases per worker.",
      Supersede.perKey("month"),
      col("month", DATE, "month", "The month, as its first day"),
      workerId(),
      col("team", TEXT, "team", "The worker's team"),
      col("fte", DECIMAL, "fte", "Full-time equivalent, above 0 up to 1.5"),
      col("agency", BOOLEAN, "agency", "An agency worker (not employed by the council)"),
      col("open_cases", INTEGER, "open_cases", "Open cases allocated to the worker")),

  // ---------------------------------------------------------------- local templates
  BUDGET_LINE(
      ReturnKind.BUDGET,
      "Budget monitoring: each budget line's position at a month of the financial year.",
      Supersede.perKey("period"),
      col("period", DATE, "period", "The month reported on, as its first day"),
      col("budget_line", TEXT, "budget_line", "The budget line, as the council names it"),
      col(
          "category",
          TEXT,
          "category",
          "ifa, in_house_fostering, childrens_homes, staffing or other"),
      col("annual_budget", DECIMAL, "annual_budget", "Budget for the financial year, pounds"),
      col("spend_to_date", DECIMAL, "spend_to_date", "Spend from 1 April to the month, pounds"),
      col("projected_outturn", DECIMAL, "projected_outturn", "Projected spend for the year")),
  NRPF_CASE(
      ReturnKind.NRPF,
      "Families with no recourse to public funds supported by children's services.",
      Supersede.perKey("case_id"),
      col("case_id", TEXT, "case_id", "The council's case reference for the family"),
      col("referral_date", DATE, "referral_date", "Date the family was referred"),
      col("family_size", INTEGER, "family_size", "People in the family"),
      col("children", INTEGER, "children", "Children in the family"),
      col("allocated_date", DATE, "allocated_date", "Date the case was allocated to a worker"),
      col("closure_date", DATE, "closure_date", "Date the case closed"),
      col("outcome", TEXT, "outcome", "Outcome at closure, in the council's words")),
  EXPLOITATION_RISK(
      ReturnKind.EXPLOITATION,
      "Children considered under exploitation (VEMT, CSE, CCE) arrangements.",
      Supersede.perKey("child_id"),
      childId(),
      col("date_considered", DATE, "date_considered", "Date the child was considered"),
      col("exploitation_type", TEXT, "exploitation_type", "CSE, CCE or other"),
      col("risk_level", TEXT, "risk_level", "high, medium or low"),
      col("sex", TEXT, "sex", "M, F or U"),
      col("age", INTEGER, "age", "Age in years when considered"),
      col("disclosure", BOOLEAN, "disclosure", "The child made a disclosure"),
      col("missing_episodes", INTEGER, "missing_episodes", "Missing episodes in the last year")),
  EARLY_HELP_TARGET(
      ReturnKind.EARLY_HELP_TARGETS,
      "Targets for early help assessments completed in a financial year, per organisation.",
      Supersede.perKey("year_start"),
      col("year_start", DATE, "year", "The financial year, as its 1 April"),
      col("organisation", TEXT, "organisation", "Completing organisation, as in Annex A list 2"),
      col("target", INTEGER, "target", "Assessments the organisation should complete"),
      col("stretch_target", INTEGER, "stretch_target", "The stretched target")),
  HEALTH_ASSESSMENT(
      ReturnKind.HEALTH_ASSESSMENTS,
      "Health assessments of looked-after children: the initial one and each review.",
      Supersede.perKey("child_id"),
      childId(),
      col("looked_after_date", DATE, "looked_after_date", "Date the child became looked after"),
      col("assessment", TEXT, "assessment", "initial or review"),
      col("requested_date", DATE, "requested_date", "Date the council asked for it (initial)"),
      col("due_date", DATE, "due_date", "Date the review assessment was due (review)"),
      col("completed_date", DATE, "completed_date", "Date the assessment was completed")),
  FOSTER_HOUSEHOLD(
      ReturnKind.FOSTER_CARERS,
      "Prospective foster carer households, from the first enquiry to approval or withdrawal.",
      Supersede.perKey("household_id"),
      col("household_id", TEXT, "household_id", "The council's reference for the household"),
      col("enquiry_date", DATE, "enquiry_date", "Date of the first enquiry"),
      col("assessment_start", DATE, "assessment_start", "Date the assessment started"),
      col("approval_date", DATE, "approval_date", "Date the household was approved"),
      col("withdrawal_date", DATE, "withdrawal_date", "Date the household withdrew or was ended"),
      col("carer_type", TEXT, "type", "mainstream or connected_person")),
  FOSTERING_TARGET(
      ReturnKind.FOSTERING_TARGETS,
      "The council's target for foster carer household approvals in a financial year.",
      Supersede.perKey("year_start"),
      col("year_start", DATE, "year", "The financial year, as its 1 April"),
      col("approvals_target", INTEGER, "approvals_target", "Households to approve in the year")),

  // ---------------------------------------------------------------- Ofsted provider lists
  OFSTED_PROVIDER(
      ReturnKind.OFSTED_PROVIDERS,
      "Children's social care providers on an Ofsted provider list, one row per provider (URN)"
          + " per list. A list is its date and scope (children's homes, or other providers): a"
          + " later import of a list of the same date and scope replaces it; lists of other dates"
          + " or scopes stay.",
      Supersede.perKey("list_key"),
      col("list_date", DATE, "as at (title)", "The date the list describes, from its title"),
      col(
          "list_scope",
          TEXT,
          "-",
          "childrens_homes (every provider on the sheet a children's home) or"
              + " social_care_providers"),
      col(
          "list_key",
          TEXT,
          "-",
          "The list's date and scope, e.g. 2025-03-31 childrens_homes: what a later list replaces"),
      col(
          "list_layout",
          TEXT,
          "-",
          "separate (Ofsted's children's homes list or list of other providers) or combined (the"
              + " management information layout, 2023 to 2026)"),
      col("urn", TEXT, "URN", "Ofsted's unique reference number of the provider"),
      col("provider_name", TEXT, "Provider name / Setting name", "The provider's name"),
      col(
          "provider_type",
          TEXT,
          "Provider type",
          "e.g. Children's home, Independent fostering agency, as written"),
      col("provider_subtype", TEXT, "Provider subtype", "e.g. Short break only, as written"),
      col(
          "ownership",
          TEXT,
          "Ownership / Sector",
          "Local authority, Private, Voluntary or Health authority, as written"),
      col(
          "owner_name",
          TEXT,
          "Organisation which owns the provider",
          "The organisation that owns the provider"),
      col("registration_status", TEXT, "Provider status / Registration status", "e.g. Active"),
      col("registration_date", DATE, "Registration date", "Date the provider was registered"),
      col("closure_date", DATE, "Date closed", "Date the registration ended"),
      col("places", INTEGER, "Places", "Registered places"),
      col("local_authority", TEXT, "Local authority", "The council area the provider is in"),
      col(
          "la_code",
          TEXT,
          "-",
          "The 3-digit DfE code of that council, from its name (null when not recognised)"),
      col("region", TEXT, "Region / Ofsted region", "Region"),
      col("postcode", TEXT, "Postcode", "Postcode, upper-case as written"));

  private final ReturnKind kind;
  private final String description;
  private final Supersede supersede;
  private final List<Column> columns;

  Table(ReturnKind kind, String description, Supersede supersede, Column... columns) {
    this.kind = kind;
    this.description = description;
    this.supersede = supersede;
    this.columns = List.of(columns);
  }

  /** The name of the table in the store, lower_snake_case. */
  public String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The return that supplies this table ({@link #CHILD} is supplied by all of them). */
  public ReturnKind kind() {
    return kind;
  }

  /** What the table holds. */
  public String description() {
    return description;
  }

  /** How rows of an earlier return give way to a later one. */
  public Supersede supersede() {
    return supersede;
  }

  /** The columns readers supply, in order. */
  public List<Column> columns() {
    return columns;
  }

  /** The position of the named column in {@link #columns()}. */
  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(sqlName() + " has no column " + column);
  }

  /** The named column, if present. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static Column col(String name, ColumnType type, String source, String description) {
    return new Column(name, type, source, description);
  }

  private static Column childId() {
    return col("child_id", TEXT, "LAchildID / CHILD / Child Unique ID", "The council's child id");
  }

  private static Column episodeNo() {
    return col("episode_no", INTEGER, "-", "Number of the CIN episode within the child, from 1");
  }

  private static Column sex() {
    return col("sex", TEXT, "Gender", "Sex, normalised to M, F or U");
  }

  private static Column ethnicity() {
    return col("ethnicity", TEXT, "Ethnicity", "Ethnic group code");
  }

  private static Column birthDate() {
    return col("birth_date", DATE, "Date of Birth", "Date of birth");
  }

  private static Column disability() {
    return col("has_disability", BOOLEAN, "Does the Child have a Disability", "Has a disability");
  }

  private static Column workerId() {
    return col("worker_id", TEXT, "SWENo / worker", "The worker's registration number or id");
  }

  private static Column team() {
    return col("allocated_team", TEXT, "Allocated Team", "Allocated team");
  }

  private static Column worker() {
    return col("allocated_worker", TEXT, "Allocated Worker", "Allocated worker");
  }
}
