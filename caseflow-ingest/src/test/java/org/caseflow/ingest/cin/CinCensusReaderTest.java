package org.caseflow.ingest.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.FormatDetector;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CinCensusReaderTest {
  @TempDir Path dir;
  private final CollectingSink sink = new CollectingSink();
  private final Findings findings = new Findings();

  /**
   * A census with the given year and children: line 1 the declaration, line 2 the header, line 3
   * {@code <Children>}, then each child on its own line with its episodes on the next.
   */
  private Path census(String name, int year, String children) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(
        f,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails>"
            + "<Collection>CIN</Collection><Year>"
            + year
            + "</Year><ReferenceDate>"
            + year
            + "-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel>"
            + "<LEA>808</LEA></Source></Header>\n<Children>\n"
            + children
            + "</Children></Message>",
        StandardCharsets.UTF_8);
    return f;
  }

  private ReadResult read(Path f) throws Exception {
    return new CinCensusReader().read(f, ReadContext.none(), sink, findings);
  }

  private static final String CHILD_2017 =
      "<Child><ChildIdentifiers><LAchildID>A1</LAchildID><UPN>A123456789012</UPN>"
          + "<PersonBirthDate>2010-05-04</PersonBirthDate><GenderCurrent>2</GenderCurrent>"
          + "</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities>"
          + "<Disability>LD</Disability><Disability>AUT</Disability></Disabilities>"
          + "</ChildCharacteristics>\n<CINdetails><CINreferralDate>2016-06-01</CINreferralDate>"
          + "<ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>"
          + "<CINclosureDate>2017-02-01</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>"
          + "<ReferralNFA>0</ReferralNFA><Assessments><AssessmentActualStartDate>2016-06-02"
          + "</AssessmentActualStartDate><AssessmentAuthorisationDate>2016-07-01"
          + "</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>18A"
          + "</AssessmentFactors><AssessmentFactors>3B</AssessmentFactors>"
          + "</FactorsIdentifiedAtAssessment></Assessments><Section47><S47ActualStartDate>"
          + "2016-06-03</S47ActualStartDate><InitialCPCtarget>2016-06-24</InitialCPCtarget>"
          + "<DateOfInitialCPC>2016-06-20</DateOfInitialCPC><ICPCnotRequired>false"
          + "</ICPCnotRequired></Section47><ChildProtectionPlans><CPPstartDate>2016-06-20"
          + "</CPPstartDate><CPPendDate>2017-01-10</CPPendDate><InitialCategoryOfAbuse>NEG"
          + "</InitialCategoryOfAbuse><LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>"
          + "<NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>2016-09-15"
          + "</CPPreviewDate></Reviews></ChildProtectionPlans></CINdetails>\n</Child>\n";

  @Test
  void readsA2017CensusWithGenderCurrentAndEveryBlock() throws Exception {
    ReadResult r = read(census("cin2017.xml", 2017, CHILD_2017));
    assertThat(r.la()).isEqualTo("808");
    assertThat(r.year().endYear()).isEqualTo(2017);
    assertThat(sink.rows(Table.CHILD))
        .containsExactly(
            row(
                Table.CHILD,
                "source",
                "CIN_CENSUS",
                "child_id",
                "A1",
                "upn",
                "A123456789012",
                "birth_date",
                LocalDate.of(2010, 5, 4),
                "sex",
                "F",
                "ethnicity",
                "WBRI"));
    assertThat(sink.rows(Table.CHILD_DISABILITY))
        .extracting(m -> m.get("disability"))
        .containsExactly("LD", "AUT");
    assertThat(sink.rows(Table.CIN_EPISODE))
        .containsExactly(
            row(
                Table.CIN_EPISODE,
                "child_id",
                "A1",
                "episode_no",
                1,
                "referral_date",
                LocalDate.of(2016, 6, 1),
                "referral_source",
                "6",
                "primary_need",
                "N1",
                "closure_date",
                LocalDate.of(2017, 2, 1),
                "reason_for_closure",
                "RC7",
                "referral_nfa",
                false));
    assertThat(sink.rows(Table.ASSESSMENT_FACTOR))
        .extracting(m -> m.get("factor"))
        .containsExactly("18A", "3B");
    assertThat(sink.rows(Table.SECTION47).get(0).get("icpc_date"))
        .isEqualTo(LocalDate.of(2016, 6, 20));
    assertThat(sink.rows(Table.CP_PLAN).get(0))
        .containsEntry("initial_category", "NEG")
        .containsEntry("latest_category", "EMO")
        .containsEntry("previous_plans", 0)
        .containsEntry("plan_no", 1);
    assertThat(sink.rows(Table.CP_REVIEW))
        .extracting(m -> m.get("review_date"))
        .containsExactly(LocalDate.of(2016, 9, 15));
    assertThat(findings.total()).isZero();
    assertThat(r.rows()).containsEntry(Table.CHILD, 1).containsEntry(Table.CP_REVIEW, 1);
  }

  @Test
  void factor18AIsUnknownFrom2021WhenItWasSplitInto18BAnd18C() throws Exception {
    read(
        census(
            "cin2021.xml", 2021, CHILD_2017.replace("2016-", "2020-").replace("2017-", "2021-")));
    assertThat(findings.count(FindingType.UNKNOWN_CODE)).isEqualTo(1);
    assertThat(findings.kept().get(0).describe())
        .isEqualTo(
            "cin2021.xml: line 5, AssessmentFactors '18A': not in the AssessmentFactors code"
                + " list for 2020-21 [unknown_code]");
  }

  @Test
  void earlyHelpSourceAndClosureCodesAreValidOnlyFrom2023() throws Exception {
    String child =
        CHILD_2017.replace("<ReferralSource>6<", "<ReferralSource>5D<").replace("RC7", "RC9");
    read(
        census(
            "cin2022.xml",
            2022,
            child.replace("2016-", "2021-").replace("2017-", "2022-").replace("18A", "18C")));
    assertThat(findings.count(FindingType.UNKNOWN_CODE)).isEqualTo(2);
    Findings later = new Findings();
    new CinCensusReader()
        .read(
            census(
                "cin2023.xml",
                2023,
                child.replace("2016-", "2022-").replace("2017-", "2023-").replace("18A", "18C")),
            ReadContext.none(),
            new CollectingSink(),
            later);
    assertThat(later.total()).isZero();
  }

  @Test
  void readsSexFrom2025AndThePreProceedingsBlockOf2027() throws Exception {
    String child =
        "<Child><ChildIdentifiers><LAchildID>B2</LAchildID><Sex>M</Sex></ChildIdentifiers>"
            + "<CINdetails><CINreferralDate>2026-05-01</CINreferralDate><ReferralNFA>true"
            + "</ReferralNFA><PreProceedingsandFGDM><PPStartDate>2026-06-01</PPStartDate>"
            + "<ReviewMeetingsCount>2</ReviewMeetingsCount><PPOutcome>PPO1</PPOutcome>"
            + "</PreProceedingsandFGDM></CINdetails></Child>\n";
    read(census("cin2027.xml", 2027, child));
    assertThat(sink.rows(Table.CHILD).get(0)).containsEntry("sex", "M");
    assertThat(sink.rows(Table.CIN_EPISODE).get(0)).containsEntry("referral_nfa", true);
    assertThat(sink.rows(Table.PRE_PROCEEDINGS).get(0))
        .containsEntry("start_date", LocalDate.of(2026, 6, 1))
        .containsEntry("review_meetings", 2)
        .containsEntry("outcome", "PPO1");
  }

  @Test
  void aDateAfterTheReferenceDateAndAClosureBeforeTheReferralAreFindings() throws Exception {
    String child =
        "<Child><ChildIdentifiers><LAchildID>C3</LAchildID></ChildIdentifiers><CINdetails>"
            + "<CINreferralDate>2025-02-01</CINreferralDate><CINclosureDate>2025-01-01"
            + "</CINclosureDate></CINdetails><CINdetails><CINreferralDate>2025-04-02"
            + "</CINreferralDate></CINdetails></Child>\n";
    read(census("cin2025.xml", 2025, child));
    assertThat(findings.count(FindingType.END_BEFORE_START)).isEqualTo(1);
    assertThat(findings.count(FindingType.DATE_AFTER_REFERENCE_DATE)).isEqualTo(1);
    assertThat(sink.rows(Table.CIN_EPISODE))
        .extracting(m -> m.get("episode_no"))
        .containsExactly(1, 2);
  }

  @Test
  void anUnknownBlockBesideTheHeaderIsSkippedWithoutLosingTheChildrenAfterIt() throws Exception {
    Path f = census("extra.xml", 2017, CHILD_2017);
    String xml =
        Files.readString(f).replace("</Header>", "</Header><Extra><A>1</A><B>2</B></Extra>");
    Files.writeString(f, xml);
    read(f);
    assertThat(sink.count(Table.CHILD)).isEqualTo(1);
    assertThat(findings.count(FindingType.IGNORED_FIELD)).isEqualTo(1);
    assertThat(findings.kept().get(0).field()).isEqualTo("Extra");
  }

  @Test
  void aBadDateIsRefusedNamingTheLineAndElement() throws Exception {
    Path f = census("bad.xml", 2025, CHILD_2017.replace("2016-06-01", "01/06/2016"));
    assertThatThrownBy(() -> read(f))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "bad.xml: line 5, CINreferralDate: '01/06/2016' is not a date; expected a date"
                + " as yyyy-mm-dd");
  }

  @Test
  void aBadDateOfBirthIsRefusedWithoutShowingIt() throws Exception {
    Path f = census("dob.xml", 2025, CHILD_2017.replace("2010-05-04", "04/05/2010"));
    assertThatThrownBy(() -> read(f))
        .hasMessage(
            "dob.xml: line 4, PersonBirthDate: the value is not a date; expected a date as"
                + " yyyy-mm-dd")
        .hasMessageNotContaining("04/05/2010");
  }

  @Test
  void aChildWithoutAnIdIsRefusedAndTheMessageCarriesNoIdentifier() throws Exception {
    Path f = census("noid.xml", 2025, CHILD_2017.replace("<LAchildID>A1</LAchildID>", ""));
    assertThatThrownBy(() -> read(f))
        .hasMessage(
            "noid.xml: line 4, LAchildID: a <Child> has no LAchildID; expected every Child"
                + " to carry its LAchildID");
  }

  @Test
  void aCensusForAnotherCouncilThanTheOneGivenIsRefused() throws Exception {
    Path f = census("other.xml", 2025, "");
    assertThatThrownBy(
            () -> new CinCensusReader().read(f, new ReadContext("807", null), sink, findings))
        .hasMessage(
            "other.xml: line 2, LEA: the file is for council 808 but 807 was given; expected"
                + " the council given with --la");
  }

  @Test
  void aByteOrderMarkIsAcceptedAndTheFormatIsRecognisedFromTheContent() throws Exception {
    Path f = census("bom.xml", 2017, CHILD_2017);
    byte[] body = Files.readAllBytes(f);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path renamed = dir.resolve("renamed.dat");
    Files.write(renamed, withBom);
    assertThat(FormatDetector.detect(renamed)).isEqualTo(Format.CIN_CENSUS_XML);
    read(renamed);
    assertThat(sink.count(Table.CHILD)).isEqualTo(1);
  }

  private static Map<String, Object> row(Table t, Object... kv) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (var c : t.columns()) {
      m.put(c.name(), null);
    }
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
