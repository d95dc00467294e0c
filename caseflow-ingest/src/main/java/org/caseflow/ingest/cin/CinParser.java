package org.caseflow.ingest.cin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.RowSink;

/**
 * The walk over one CIN census file: header first, then one child at a time. A child's rows are
 * held until its end tag, because every row carries the child's LAchildID, and are then written
 * together. Not thread-safe: one per file.
 */
final class CinParser {
  /** The tables a CIN census file delivers, even where it has no rows for them. */
  static final Set<Table> TABLES =
      Set.of(
          Table.CHILD,
          Table.CHILD_DISABILITY,
          Table.CIN_EPISODE,
          Table.ASSESSMENT,
          Table.ASSESSMENT_FACTOR,
          Table.CIN_PLAN,
          Table.SECTION47,
          Table.CP_PLAN,
          Table.CP_REVIEW,
          Table.PRE_PROCEEDINGS);

  private static final String SOURCE = "CIN_CENSUS";
  private static final String DATE_EXPECTED = "a date as yyyy-mm-dd";

  // Column positions, looked up once.
  private static final int AF_ASSESSMENT_NO = Table.ASSESSMENT_FACTOR.indexOf("assessment_no");
  private static final int AF_FACTOR = Table.ASSESSMENT_FACTOR.indexOf("factor");
  private static final int AS_ASSESSMENT_NO = Table.ASSESSMENT.indexOf("assessment_no");
  private static final int AS_AUTHORISATION_DATE = Table.ASSESSMENT.indexOf("authorisation_date");
  private static final int AS_INTERNAL_REVIEW_DATE =
      Table.ASSESSMENT.indexOf("internal_review_date");
  private static final int AS_START_DATE = Table.ASSESSMENT.indexOf("start_date");
  private static final int CH_BIRTH_DATE = Table.CHILD.indexOf("birth_date");
  private static final int CH_CHILD_ID = Table.CHILD.indexOf("child_id");
  private static final int CH_DEATH_DATE = Table.CHILD.indexOf("death_date");
  private static final int CH_ETHNICITY = Table.CHILD.indexOf("ethnicity");
  private static final int CH_EXPECTED_BIRTH_DATE = Table.CHILD.indexOf("expected_birth_date");
  private static final int CH_FORMER_UPN = Table.CHILD.indexOf("former_upn");
  private static final int CH_SEX = Table.CHILD.indexOf("sex");
  private static final int CH_SOURCE = Table.CHILD.indexOf("source");
  private static final int CH_UPN = Table.CHILD.indexOf("upn");
  private static final int CH_UPN_UNKNOWN = Table.CHILD.indexOf("upn_unknown");
  private static final int CPP_END_DATE = Table.CP_PLAN.indexOf("end_date");
  private static final int CPP_INITIAL_CATEGORY = Table.CP_PLAN.indexOf("initial_category");
  private static final int CPP_LATEST_CATEGORY = Table.CP_PLAN.indexOf("latest_category");
  private static final int CPP_PLAN_NO = Table.CP_PLAN.indexOf("plan_no");
  private static final int CPP_PREVIOUS_PLANS = Table.CP_PLAN.indexOf("previous_plans");
  private static final int CPP_START_DATE = Table.CP_PLAN.indexOf("start_date");
  private static final int DIS_DISABILITY = Table.CHILD_DISABILITY.indexOf("disability");
  private static final int EPISODE_NO = Table.CIN_EPISODE.indexOf("episode_no");
  private static final int EP_CLOSURE_DATE = Table.CIN_EPISODE.indexOf("closure_date");
  private static final int EP_ICPC_DATE = Table.CIN_EPISODE.indexOf("icpc_date");
  private static final int EP_PRIMARY_NEED = Table.CIN_EPISODE.indexOf("primary_need");
  private static final int EP_REASON_FOR_CLOSURE = Table.CIN_EPISODE.indexOf("reason_for_closure");
  private static final int EP_REFERRAL_DATE = Table.CIN_EPISODE.indexOf("referral_date");
  private static final int EP_REFERRAL_NFA = Table.CIN_EPISODE.indexOf("referral_nfa");
  private static final int EP_REFERRAL_SOURCE = Table.CIN_EPISODE.indexOf("referral_source");
  private static final int PLAN_END_DATE = Table.CIN_PLAN.indexOf("end_date");
  private static final int PLAN_START_DATE = Table.CIN_PLAN.indexOf("start_date");
  private static final int PP_COURT_APPLICATION_DATE =
      Table.PRE_PROCEEDINGS.indexOf("court_application_date");
  private static final int PP_FGDM_HELD = Table.PRE_PROCEEDINGS.indexOf("fgdm_held");
  private static final int PP_FGDM_OFFERED = Table.PRE_PROCEEDINGS.indexOf("fgdm_offered");
  private static final int PP_INITIAL_MEETING_DATE =
      Table.PRE_PROCEEDINGS.indexOf("initial_meeting_date");
  private static final int PP_LETTER_BEFORE_PROCEEDINGS_DATE =
      Table.PRE_PROCEEDINGS.indexOf("letter_before_proceedings_date");
  private static final int PP_LETTER_INITIATING_CP_DATE =
      Table.PRE_PROCEEDINGS.indexOf("letter_initiating_cp_date");
  private static final int PP_OUTCOME = Table.PRE_PROCEEDINGS.indexOf("outcome");
  private static final int PP_REVIEW_MEETINGS = Table.PRE_PROCEEDINGS.indexOf("review_meetings");
  private static final int PP_START_DATE = Table.PRE_PROCEEDINGS.indexOf("start_date");
  private static final int PP_STEP_DECISION_DATE =
      Table.PRE_PROCEEDINGS.indexOf("step_decision_date");
  private static final int REV_PLAN_NO = Table.CP_REVIEW.indexOf("plan_no");
  private static final int REV_REVIEW_DATE = Table.CP_REVIEW.indexOf("review_date");
  private static final int S47_ICPC_DATE = Table.SECTION47.indexOf("icpc_date");
  private static final int S47_ICPC_NOT_REQUIRED = Table.SECTION47.indexOf("icpc_not_required");
  private static final int S47_ICPC_TARGET_DATE = Table.SECTION47.indexOf("icpc_target_date");
  private static final int S47_START_DATE = Table.SECTION47.indexOf("start_date");

  /** Header elements that are read elsewhere or carry nothing caseflow keeps. */
  private static final Set<String> QUIET =
      Set.of("SourceLevel", "SoftwareCode", "Release", "SerialNo", "DateTime");

  private final XmlCursor xml;
  private final String file;
  private final ReadContext context;
  private final RowSink sink;
  private final Findings findings;

  private LocalDate referenceDate;
  private int referenceDateLine;
  private CollectionYear headerYear;
  private CollectionYear year;

  /**
   * The last day whose events the census describes: its ReferenceDate, or the end of its collection
   * year when the ReferenceDate is later.
   */
  private LocalDate countedTo;

  private String la;
  private LocalDate latest;
  private Set<String> referralSources;
  private Set<String> reasonsForClosure;
  private Set<String> factors;

  private final Map<Table, Integer> counts = new EnumMap<>(Table.class);
  private final Set<String> ignored = new HashSet<>();
  private final List<Table> pendingTables = new ArrayList<>();
  private final List<Object[]> pendingRows = new ArrayList<>();

  /** The fields of each pending row that the file held but that could not be read as their type. */
  private final IdentityHashMap<Object[], Set<String>> unreadable = new IdentityHashMap<>();

  private String childId;

  CinParser(XmlCursor xml, ReadContext context, RowSink sink, Findings findings) {
    this.xml = xml;
    this.file = xml.file();
    this.context = context;
    this.sink = sink;
    this.findings = findings;
    for (Table t : TABLES) {
      counts.put(t, 0);
    }
  }

  CollectionYear year() {
    return year;
  }

  String la() {
    return la;
  }

  LocalDate countedTo() {
    return countedTo;
  }

  LocalDate latest() {
    return latest;
  }

  Map<Table, Integer> counts() {
    return counts;
  }

  /** Reads the whole file. */
  void parse() throws InputException {
    String root = xml.root();
    if (!"Message".equals(root)) {
      throw new InputException(
          file,
          "line " + xml.line(),
          root,
          "the root element is <" + root + ">",
          "<Message>, the root of a CIN census XML file");
    }
    boolean children = false;
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "Header" -> header();
        case "Children" -> {
          requireHeader();
          children = true;
          children();
        }
        default -> ignore();
      }
    }
    xml.finish();
    if (!children) {
      requireHeader();
    }
  }

  // ------------------------------------------------------------------ header

  private void header() throws InputException {
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "CollectionDetails" -> collectionDetails();
        case "Source" -> source();
        default -> ignore();
      }
    }
  }

  private void collectionDetails() throws InputException {
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "Collection" -> {
          int line = xml.line();
          String collection = xml.text();
          if (!collection.isEmpty() && !"CIN".equalsIgnoreCase(collection)) {
            throw new InputException(
                file,
                "line " + line,
                "Collection",
                "the message is for collection '" + collection + "'",
                "CIN");
          }
        }
        case "Year" -> {
          int line = xml.line();
          headerYear = headerYear(xml.text(), line);
        }
        case "ReferenceDate" -> {
          referenceDateLine = xml.line();
          referenceDate = referenceDate(xml.text(), referenceDateLine);
        }
        default -> ignore();
      }
    }
    if (referenceDate != null && year == null) {
      collectionYear();
    }
  }

  /**
   * The collection year: the one the header's Year names (the year it ends, as the DfE writes it:
   * 2022 is 2021-22), else the one containing the ReferenceDate. A ReferenceDate other than 31
   * March of that year is recorded.
   */
  private void collectionYear() {
    year = headerYear != null ? headerYear : CollectionYear.containing(referenceDate);
    countedTo = referenceDate.isAfter(year.end()) ? year.end() : referenceDate;
    if (!referenceDate.equals(year.end())) {
      findings.add(
          new Finding(
              FindingType.REFERENCE_DATE_INCORRECT,
              file,
              "line " + referenceDateLine,
              "ReferenceDate",
              referenceDate.toString(),
              headerYear == null
                  ? "not 31 March; read as the collection year " + year.label()
                  : "not "
                      + year.end()
                      + ", the end of the collection year "
                      + year.label()
                      + " that the header's Year "
                      + year.endYear()
                      + " names; read as "
                      + year.label()));
    }
    referralSources = CinCodes.referralSources(year.endYear());
    reasonsForClosure = CinCodes.reasonsForClosure(year.endYear());
    factors = CinCodes.assessmentFactors(year.endYear());
  }

  /**
   * The header's Year: the year the collection ends (2022 for 2021-22). One that cannot be read is
   * recorded and the year is taken from the ReferenceDate.
   */
  private CollectionYear headerYear(String text, int line) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.matches("\\d{4}")) {
      int y = Integer.parseInt(text);
      if (y >= 1990 && y <= 2100) {
        return new CollectionYear(y);
      }
    }
    findings.add(
        new Finding(
            FindingType.UNREADABLE_VALUE,
            file,
            "line " + line,
            "Year",
            text,
            "expected the year the collection ends, e.g. 2025 for 2024-25; the year is read from"
                + " the ReferenceDate"));
    return null;
  }

  private void source() throws InputException {
    while (xml.nextChild()) {
      if ("LEA".equals(xml.name())) {
        int line = xml.line();
        String lea = xml.text();
        if (!lea.matches("\\d{3}")) {
          throw new InputException(
              file,
              "line " + line,
              "LEA",
              "'" + lea + "' is not a council code",
              "the council's 3-digit DfE code, e.g. 201");
        }
        if (context.la() != null && !context.la().equals(lea)) {
          throw new InputException(
              file,
              "line " + line,
              "LEA",
              "the file is for council " + lea + " but the import is for council " + context.la(),
              "LEA " + context.la());
        }
        if (la == null) {
          la = lea;
        }
      } else {
        ignore();
      }
    }
  }

  private void requireHeader() throws InputException {
    if (referenceDate == null) {
      throw new InputException(
          file,
          "line " + xml.line(),
          "ReferenceDate",
          "the header has no ReferenceDate",
          "Header/CollectionDetails/ReferenceDate before Children, e.g. 2025-03-31");
    }
    if (la == null) {
      throw new InputException(
          file,
          "line " + xml.line(),
          "LEA",
          "the header has no LEA",
          "Header/Source/LEA before Children: the council's 3-digit DfE code");
    }
  }

  // ------------------------------------------------------------------ children

  private void children() throws InputException {
    while (xml.nextChild()) {
      if ("Child".equals(xml.name())) {
        child();
      } else {
        ignore();
      }
    }
  }

  private void child() throws InputException {
    int line = xml.line();
    childId = null;
    pendingTables.clear();
    pendingRows.clear();
    unreadable.clear();
    Object[] child = pend(Table.CHILD);
    child[CH_SOURCE] = SOURCE;
    int episodes = 0;
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "ChildIdentifiers" -> identifiers(child);
        case "ChildCharacteristics" -> characteristics(child);
        case "CINdetails" -> cinDetails(++episodes);
        default -> ignore();
      }
    }
    if (childId == null) {
      // Every row is keyed by the child's id: without one the child's rows cannot be kept, and the
      // finding is what validation rule 8500 reports.
      findings.add(
          new Finding(
              FindingType.MISSING_REQUIRED_FIELD,
              file,
              "line " + line,
              "LAchildID",
              null,
              "the child has no LAchildID; none of its rows were kept"));
      return;
    }
    for (int i = 0; i < pendingRows.size(); i++) {
      Table table = pendingTables.get(i);
      Object[] row = pendingRows.get(i);
      row[table == Table.CHILD ? CH_CHILD_ID : table.indexOf("child_id")] = childId;
      sink.row(table, row, unreadable.getOrDefault(row, Set.of()));
      counts.merge(table, 1, Integer::sum);
    }
  }

  private void identifiers(Object[] child) throws InputException {
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "LAchildID" -> {
          String id = xml.text();
          childId = id.isEmpty() ? null : id;
        }
        case "UPN" -> child[CH_UPN] = nullIfEmpty(xml.text());
        case "FormerUPN" -> child[CH_FORMER_UPN] = nullIfEmpty(xml.text());
        case "UPNunknown" -> child[CH_UPN_UNKNOWN] = code(CinCodes.UPN_UNKNOWN);
        case "PersonBirthDate" -> child[CH_BIRTH_DATE] = personalDate(child, true);
        case "ExpectedPersonBirthDate" ->
            child[CH_EXPECTED_BIRTH_DATE] = personalDate(child, false);
        case "PersonDeathDate" -> child[CH_DEATH_DATE] = personalDate(child, true);
        case "GenderCurrent" -> child[CH_SEX] = genderCurrent();
        case "Sex" -> child[CH_SEX] = sex();
        default -> ignore();
      }
    }
  }

  private void characteristics(Object[] child) throws InputException {
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "Ethnicity" -> child[CH_ETHNICITY] = code(CinCodes.ETHNICITY);
        case "Disabilities" -> {
          while (xml.nextChild()) {
            if ("Disability".equals(xml.name())) {
              String disability = code(CinCodes.DISABILITY);
              if (disability != null) {
                pend(Table.CHILD_DISABILITY)[DIS_DISABILITY] = disability;
              }
            } else {
              ignore();
            }
          }
        }
        default -> ignore();
      }
    }
  }

  /** GenderCurrent: 1 male, 2 female, 0 not known, 9 not specified; normalised to M, F or U. */
  private String genderCurrent() throws InputException {
    int line = xml.line();
    String v = xml.text();
    String sex =
        switch (v) {
          case "1" -> "M";
          case "2" -> "F";
          case "0", "9" -> "U";
          default -> null;
        };
    if (sex != null || v.isEmpty()) {
      return sex;
    }
    String letter = sexLetter(v);
    if (letter != null) {
      normalised(line, "GenderCurrent", v, letter);
      return letter;
    }
    unknown(line, "GenderCurrent", v, "1 (male), 2 (female), 0 or 9 (not known)");
    return v;
  }

  /** Sex (from 2024-25): M, F or U. */
  private String sex() throws InputException {
    int line = xml.line();
    String v = xml.text();
    if (v.isEmpty()) {
      return null;
    }
    if (v.equals("M") || v.equals("F") || v.equals("U")) {
      return v;
    }
    String coded =
        switch (v) {
          case "1" -> "M";
          case "2" -> "F";
          case "0", "9" -> "U";
          default -> null;
        };
    if (coded != null) {
      normalised(line, "Sex", v, coded);
      return coded;
    }
    String letter = sexLetter(v);
    if (letter != null) {
      normalised(line, "Sex", v, letter);
      return letter;
    }
    unknown(line, "Sex", v, "M, F or U");
    return v;
  }

  private static String sexLetter(String v) {
    return switch (v) {
      case "M", "m" -> "M";
      case "F", "f" -> "F";
      case "U", "u" -> "U";
      default -> null;
    };
  }

  // ------------------------------------------------------------------ episodes

  private void cinDetails(int episode) throws InputException {
    Object[] row = pend(Table.CIN_EPISODE, episode);
    int assessments = 0;
    int plans = 0;
    LocalDate referral = null;
    LocalDate closure = null;
    int closureLine = 0;
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "CINreferralDate" -> {
          referral = eventDate(row);
          row[EP_REFERRAL_DATE] = referral;
        }
        case "ReferralSource" -> row[EP_REFERRAL_SOURCE] = code(referralSources);
        case "PrimaryNeedCode" -> row[EP_PRIMARY_NEED] = code(CinCodes.PRIMARY_NEED);
        case "CINclosureDate" -> {
          closureLine = xml.line();
          closure = eventDate(row);
          row[EP_CLOSURE_DATE] = closure;
        }
        case "ReasonForClosure" -> row[EP_REASON_FOR_CLOSURE] = code(reasonsForClosure);
        case "ReferralNFA" -> row[EP_REFERRAL_NFA] = bool(row);
        case "DateOfInitialCPC" -> row[EP_ICPC_DATE] = eventDate(row);
        case "Assessments" -> assessment(episode, ++assessments);
        case "CINPlanDates" -> cinPlan(episode);
        case "Section47" -> section47(episode);
        case "ChildProtectionPlans" -> protectionPlan(episode, ++plans);
        case "PreProceedingsandFGDM" -> preProceedings(episode);
        default -> ignore();
      }
    }
    endAfterStart(closureLine, "CINclosureDate", closure, "CINreferralDate", referral);
  }

  private void assessment(int episode, int number) throws InputException {
    Object[] row = pend(Table.ASSESSMENT, episode);
    row[AS_ASSESSMENT_NO] = number;
    LocalDate start = null;
    LocalDate authorised = null;
    int authorisedLine = 0;
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "AssessmentActualStartDate" -> {
          start = eventDate(row);
          row[AS_START_DATE] = start;
        }
        case "AssessmentInternalReviewDate" -> row[AS_INTERNAL_REVIEW_DATE] = eventDate(row);
        case "AssessmentAuthorisationDate" -> {
          authorisedLine = xml.line();
          authorised = eventDate(row);
          row[AS_AUTHORISATION_DATE] = authorised;
        }
        case "FactorsIdentifiedAtAssessment" -> {
          while (xml.nextChild()) {
            if ("AssessmentFactors".equals(xml.name())) {
              String factor = code(factors);
              if (factor != null) {
                Object[] f = pend(Table.ASSESSMENT_FACTOR, episode);
                f[AF_ASSESSMENT_NO] = number;
                f[AF_FACTOR] = factor;
              }
            } else {
              ignore();
            }
          }
        }
        default -> ignore();
      }
    }
    endAfterStart(
        authorisedLine,
        "AssessmentAuthorisationDate",
        authorised,
        "AssessmentActualStartDate",
        start);
  }

  private void cinPlan(int episode) throws InputException {
    Object[] row = pend(Table.CIN_PLAN, episode);
    LocalDate start = null;
    LocalDate end = null;
    int endLine = 0;
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "CINPlanStartDate" -> {
          start = eventDate(row);
          row[PLAN_START_DATE] = start;
        }
        case "CINPlanEndDate" -> {
          endLine = xml.line();
          end = eventDate(row);
          row[PLAN_END_DATE] = end;
        }
        default -> ignore();
      }
    }
    endAfterStart(endLine, "CINPlanEndDate", end, "CINPlanStartDate", start);
  }

  private void section47(int episode) throws InputException {
    Object[] row = pend(Table.SECTION47, episode);
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "S47ActualStartDate" -> row[S47_START_DATE] = eventDate(row);
        case "InitialCPCtarget" -> row[S47_ICPC_TARGET_DATE] = plainDate(row);
        case "DateOfInitialCPC" -> row[S47_ICPC_DATE] = eventDate(row);
        case "ICPCnotRequired" -> row[S47_ICPC_NOT_REQUIRED] = bool(row);
        default -> ignore();
      }
    }
  }

  private void protectionPlan(int episode, int number) throws InputException {
    Object[] row = pend(Table.CP_PLAN, episode);
    row[CPP_PLAN_NO] = number;
    LocalDate start = null;
    LocalDate end = null;
    int endLine = 0;
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "CPPstartDate" -> {
          start = eventDate(row);
          row[CPP_START_DATE] = start;
        }
        case "CPPendDate" -> {
          endLine = xml.line();
          end = eventDate(row);
          row[CPP_END_DATE] = end;
        }
        case "InitialCategoryOfAbuse" ->
            row[CPP_INITIAL_CATEGORY] = code(CinCodes.CATEGORY_OF_ABUSE);
        case "LatestCategoryOfAbuse" -> row[CPP_LATEST_CATEGORY] = code(CinCodes.CATEGORY_OF_ABUSE);
        case "NumberOfPreviousCPP" -> row[CPP_PREVIOUS_PLANS] = integer(row);
        case "Reviews" -> {
          while (xml.nextChild()) {
            if ("CPPreviewDate".equals(xml.name())) {
              Object[] r = pend(Table.CP_REVIEW, episode);
              r[REV_PLAN_NO] = number;
              // An empty CPPreviewDate is still a review, one with a missing date (rule 8842Q).
              r[REV_REVIEW_DATE] = eventDate(r);
            } else {
              ignore();
            }
          }
        }
        default -> ignore();
      }
    }
    endAfterStart(endLine, "CPPendDate", end, "CPPstartDate", start);
  }

  private void preProceedings(int episode) throws InputException {
    Object[] row = pend(Table.PRE_PROCEEDINGS, episode);
    while (xml.nextChild()) {
      switch (xml.name()) {
        case "PPStartDate" -> row[PP_START_DATE] = eventDate(row);
        case "LBPSentDate" -> row[PP_LETTER_BEFORE_PROCEEDINGS_DATE] = eventDate(row);
        case "FGDMMeetingOffer" -> row[PP_FGDM_OFFERED] = nullIfEmpty(xml.text());
        case "FGDMMeetingFac" -> row[PP_FGDM_HELD] = nullIfEmpty(xml.text());
        case "InitialPPMeetingDate" -> row[PP_INITIAL_MEETING_DATE] = eventDate(row);
        case "ReviewMeetingsCount" -> row[PP_REVIEW_MEETINGS] = integer(row);
        case "StepDecisionDate" -> row[PP_STEP_DECISION_DATE] = eventDate(row);
        case "PPOutcome" -> row[PP_OUTCOME] = nullIfEmpty(xml.text());
        case "CourtAppDate" -> row[PP_COURT_APPLICATION_DATE] = eventDate(row);
        case "LetterInitCPDate" -> row[PP_LETTER_INITIATING_CP_DATE] = eventDate(row);
        default -> ignore();
      }
    }
  }

  // ------------------------------------------------------------------ values

  private Object[] pend(Table table) {
    Object[] row = new Object[table.columns().size()];
    pendingTables.add(table);
    pendingRows.add(row);
    return row;
  }

  /** A row of a table that belongs to a CIN episode; every such table numbers it alike. */
  private Object[] pend(Table table, int episode) {
    Object[] row = pend(table);
    row[table == Table.CIN_EPISODE ? EPISODE_NO : table.indexOf("episode_no")] = episode;
    return row;
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  /** A code checked against its list for the collection year; kept as given if not in it. */
  private String code(Set<String> list) throws InputException {
    int line = xml.line();
    String element = xml.name();
    String v = xml.text();
    if (v.isEmpty()) {
      return null;
    }
    if (!list.contains(v)) {
      unknown(line, element, v, null);
    }
    return v;
  }

  private void unknown(int line, String element, String value, String expected) {
    findings.add(
        new Finding(
            FindingType.UNKNOWN_CODE,
            file,
            "line " + line,
            element,
            value,
            "not in the "
                + element
                + " code list for "
                + year.label()
                + (expected == null ? "" : "; expected " + expected)));
  }

  private void normalised(int line, String element, String value, String to) {
    findings.add(
        new Finding(
            FindingType.NORMALISED_VALUE,
            file,
            "line " + line,
            element,
            value,
            "read as " + to + " (expected M, F or U)"));
  }

  /** A date that records something that happened: counted for the latest date, checked. */
  private LocalDate eventDate(Object[] row) throws InputException {
    int line = xml.line();
    String element = xml.name();
    LocalDate d = date(row, xml.text(), element, line, false);
    if (d != null) {
      event(d, line, element, d.toString());
    }
    return d;
  }

  /** A date that may lie ahead (a target). */
  private LocalDate plainDate(Object[] row) throws InputException {
    int line = xml.line();
    String element = xml.name();
    return date(row, xml.text(), element, line, false);
  }

  /** A date of birth or death: never shown in a message. */
  private LocalDate personalDate(Object[] row, boolean event) throws InputException {
    int line = xml.line();
    String element = xml.name();
    LocalDate d = date(row, xml.text(), element, line, true);
    if (d != null && event) {
      event(d, line, element, null);
    }
    return d;
  }

  private void event(LocalDate d, int line, String element, String shown) {
    if (latest == null || d.isAfter(latest)) {
      latest = d;
    }
    if (d.isAfter(countedTo)) {
      findings.add(
          new Finding(
              FindingType.DATE_AFTER_REFERENCE_DATE,
              file,
              "line " + line,
              element,
              shown,
              countedTo.equals(referenceDate)
                  ? "after the ReferenceDate " + referenceDate
                  : "after " + countedTo + ", the end of the collection year " + year.label()));
    }
  }

  private void endAfterStart(
      int line, String endElement, LocalDate end, String startElement, LocalDate start) {
    if (end != null && start != null && end.isBefore(start)) {
      findings.add(
          new Finding(
              FindingType.END_BEFORE_START,
              file,
              "line " + line,
              endElement,
              end.toString(),
              "before " + startElement + " " + start));
    }
  }

  /**
   * The header's ReferenceDate: the collection year is read from it, so a file whose ReferenceDate
   * cannot be read is refused.
   */
  private LocalDate referenceDate(String text, int line) throws InputException {
    if (text.isEmpty()) {
      return null;
    }
    LocalDate d = isoDate(text);
    if (d == null) {
      throw new InputException(
          file, "line " + line, "ReferenceDate", "'" + text + "' is not a date", DATE_EXPECTED);
    }
    return d;
  }

  /**
   * A date of a row; one the file holds in another form is left empty, its field recorded as
   * unreadable for the validation rules, with a finding (showing the value unless it is personal).
   */
  private LocalDate date(Object[] row, String text, String element, int line, boolean personal) {
    if (text.isEmpty()) {
      return null;
    }
    LocalDate d = isoDate(text);
    if (d == null) {
      unreadable(row, element, line, personal ? null : text, DATE_EXPECTED);
    }
    return d;
  }

  private void unreadable(Object[] row, String element, int line, String shown, String expected) {
    unreadable.computeIfAbsent(row, r -> new java.util.TreeSet<>()).add(element);
    findings.add(
        new Finding(
            FindingType.UNREADABLE_VALUE,
            file,
            "line " + line,
            element,
            shown,
            "expected " + expected + "; left empty"));
  }

  /** yyyy-mm-dd, or null if the text is not a real date in that form. */
  static LocalDate isoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private Boolean bool(Object[] row) throws InputException {
    int line = xml.line();
    String element = xml.name();
    String v = xml.text();
    return switch (v) {
      case "true", "TRUE", "True", "1" -> Boolean.TRUE;
      case "false", "FALSE", "False", "0" -> Boolean.FALSE;
      case "" -> null;
      default -> {
        unreadable(row, element, line, v, "true, false, 1 or 0");
        yield null;
      }
    };
  }

  private Integer integer(Object[] row) throws InputException {
    int line = xml.line();
    String element = xml.name();
    String v = xml.text();
    if (v.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      unreadable(row, element, line, v, "a whole number");
      return null;
    }
  }

  /** Skips an element caseflow does not read, reporting each such element name once per file. */
  private void ignore() throws InputException {
    String element = xml.name();
    if (!QUIET.contains(element) && ignored.add(element)) {
      findings.add(
          new Finding(
              FindingType.IGNORED_FIELD,
              file,
              "line " + xml.line(),
              element,
              null,
              "caseflow does not read this element"));
    }
    xml.skip();
  }
}
