package org.caseflow.ingest.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseflow.ingest.ssda903.Fixtures.fixture;
import static org.caseflow.ingest.ssda903.Fixtures.of;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
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

class Ssda903XmlReaderTest {
  private final Ssda903XmlReader reader = new Ssda903XmlReader();
  private final CollectingSink sink = new CollectingSink();
  private final Findings findings = new Findings();

  @TempDir Path tmp;

  private ReadResult read(Path file) throws Exception {
    return reader.read(file, ReadContext.none(), sink, findings);
  }

  @Test
  void aReturnFillsEveryTableItCovers() throws Exception {
    ReadResult result = read(fixture("fake_903.xml"));

    assertThat(result.format()).isEqualTo(Format.SSDA903_XML);
    assertThat(result.la()).isNull();
    assertThat(result.year()).isNull();
    assertThat(result.latestDate()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(result.tables())
        .containsExactlyInAnyOrder(
            Table.CHILD,
            Table.CLA_EPISODE,
            Table.CLA_REVIEW,
            Table.UASC,
            Table.HEALTH_OUTCOME,
            Table.CARE_LEAVER,
            Table.ADOPTION,
            Table.PLACED_FOR_ADOPTION,
            Table.PREVIOUS_PERMANENCE,
            Table.MISSING_EPISODE);
    assertThat(result.rows())
        .isEqualTo(
            Map.of(
                Table.CHILD, 2,
                Table.CLA_EPISODE, 3,
                Table.CLA_REVIEW, 2,
                Table.UASC, 1,
                Table.HEALTH_OUTCOME, 1,
                Table.CARE_LEAVER, 1,
                Table.ADOPTION, 1,
                Table.PLACED_FOR_ADOPTION, 1,
                Table.PREVIOUS_PERMANENCE, 1,
                Table.MISSING_EPISODE, 1));
  }

  @Test
  void theHeaderBecomesAChildWithSexNormalised() throws Exception {
    read(fixture("fake_903.xml"));

    assertThat(sink.rows(Table.CHILD))
        .extracting(
            r -> r.get("source"),
            r -> r.get("child_id"),
            r -> r.get("upn"),
            r -> r.get("sex"),
            r -> r.get("birth_date"),
            r -> r.get("ethnicity"),
            r -> r.get("is_mother"),
            r -> r.get("mother_child_birth_date"),
            r -> r.get("is_uasc"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "SSDA903",
                "947390",
                "E095867270650",
                "M",
                LocalDate.of(2013, 3, 2),
                "BOTH",
                null,
                null,
                null),
            org.assertj.core.groups.Tuple.tuple(
                "SSDA903",
                "97318",
                "Q055076133116",
                "F",
                LocalDate.of(2005, 12, 19),
                "APKN",
                true,
                LocalDate.of(2023, 2, 1),
                true));
  }

  @Test
  void episodesTakeTheChildFromTheHeaderAndPlAsThePlacementType() throws Exception {
    read(fixture("fake_903.xml"));

    assertThat(sink.rows(Table.CLA_EPISODE).get(0))
        .containsEntry("child_id", "947390")
        .containsEntry("start_date", LocalDate.of(2022, 11, 11))
        .containsEntry("placement_type", "U4")
        .containsEntry("placement_provider", "PR1")
        .containsEntry("end_date", LocalDate.of(2023, 4, 26))
        .containsEntry("reason_ceased", "X1")
        .containsEntry("reason_place_change", "CARPL")
        .containsEntry("home_postcode", "E22 4DI")
        .containsEntry("placement_postcode", "D4 8NF")
        .containsEntry("urn", "SC1594525");
    assertThat(sink.rows(Table.CLA_EPISODE))
        .extracting(r -> r.get("child_id"), r -> r.get("placement_type"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("947390", "U4"),
            org.assertj.core.groups.Tuple.tuple("947390", "H5"),
            org.assertj.core.groups.Tuple.tuple("97318", "K3"));
  }

  @Test
  void nestedRecordsGoToTheirTables() throws Exception {
    read(fixture("fake_903.xml"));

    assertThat(sink.rows(Table.CLA_REVIEW))
        .extracting(r -> r.get("review_date"), r -> r.get("participation"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 28), "PN3"),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 14), "PN1"));
    assertThat(sink.rows(Table.UASC))
        .containsExactly(
            Map.of("child_id", "97318", "uasc_ceased_date", LocalDate.of(2023, 12, 19)));
    assertThat(sink.rows(Table.HEALTH_OUTCOME).get(0))
        .containsEntry("child_id", "947390")
        .containsEntry("sdq_score", 18)
        .containsEntry("immunisations", true)
        .containsEntry("convicted", false);
    assertThat(sink.rows(Table.CARE_LEAVER).get(0))
        .containsEntry("child_id", "97318")
        .containsEntry("in_touch", "YES")
        .containsEntry("activity", "F2")
        .containsEntry("accommodation", "U1");
    assertThat(sink.rows(Table.ADOPTION).get(0))
        .containsEntry("decision_date", LocalDate.of(2023, 5, 1))
        .containsEntry("match_date", LocalDate.of(2023, 8, 1))
        .containsEntry("by_foster_carer", false)
        .containsEntry("number_of_adopters", 1)
        .containsEntry("adopter_sex", "F1")
        .containsEntry("adopter_legal_status", "L0");
    assertThat(sink.rows(Table.PLACED_FOR_ADOPTION).get(0))
        .containsEntry("decision_date", LocalDate.of(2023, 5, 1))
        .containsEntry("decision_ceased_date", LocalDate.of(2023, 9, 1))
        .containsEntry("reason_ceased", "RD4");
    assertThat(sink.rows(Table.PREVIOUS_PERMANENCE).get(0))
        .containsEntry("previous_permanence", "P2")
        .containsEntry("permanence_date", "zz/zz/2019");
    assertThat(sink.rows(Table.MISSING_EPISODE).get(0))
        .containsEntry("missing_type", "M")
        .containsEntry("start_date", LocalDate.of(2023, 11, 3))
        .containsEntry("end_date", LocalDate.of(2023, 11, 4));
  }

  @Test
  void codesAreCheckedForTheYearOfTheLatestDateAndUnknownElementsReported() throws Exception {
    read(fixture("fake_903.xml"));

    assertThat(of(findings, FindingType.UNKNOWN_CODE))
        .containsExactly("CHILD 2 / EPISODE 1 PLACE K3");
    assertThat(of(findings, FindingType.IGNORED_FIELD))
        .containsExactly("CHILD 2 / HEADER (first of any) NOTES null");
    assertThat(findings.total()).isEqualTo(2);
  }

  @Test
  void aDuplicateChildIsReportedWithoutItsId() throws Exception {
    Path file = tmp.resolve("dup.xml");
    Files.writeString(
        file,
        "<EXPSSDA903><CHILD><HEADER><CHILDID>55</CHILDID><SEX>M</SEX></HEADER></CHILD>"
            + "<CHILD><HEADER><CHILDID>55</CHILDID><SEX>F</SEX></HEADER></CHILD></EXPSSDA903>");

    read(file);

    assertThat(sink.rows(Table.CHILD)).extracting(r -> r.get("sex")).containsExactly("M");
    assertThat(of(findings, FindingType.DUPLICATE_CHILD))
        .containsExactly("CHILD 2 / HEADER CHILD null");
    assertThat(findings.kept().get(0).describe()).doesNotContain("55");
  }

  @Test
  void aDocumentWithADtdIsRefusedSoNoEntityIsExpanded() {
    assertThatThrownBy(() -> read(fixture("xxe.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("DTDs are not allowed")
        .hasMessageStartingWith("xxe.xml: line 2:")
        .hasMessageNotContaining("root:");
    assertThat(sink.count(Table.CHILD)).isZero();
  }

  @Test
  void aTruncatedFileStopsTheImport() {
    assertThatThrownBy(() -> read(fixture("truncated.xml")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("truncated.xml: line ")
        .hasMessageEndingWith(
            ": the XML is not well-formed or ends early;"
                + " expected a complete, well-formed EXPSSDA903 XML file");
  }

  @Test
  void anotherRootElementStopsTheImport() throws Exception {
    Path file = tmp.resolve("other.xml");
    Files.writeString(file, "<Message><Header/></Message>");

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "other.xml: the root element: an XML file whose root element is <Message>;"
                + " expected <EXPSSDA903>");
  }

  @Test
  void anImpossibleDateIsKeptEmptyAndNamedUnreadable() throws Exception {
    Path file = tmp.resolve("bad.xml");
    Files.writeString(
        file,
        "<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID><UASC>x</UASC></HEADER>"
            + "<EPISODE><DECOM>2024-02-30</DECOM></EPISODE></CHILD></EXPSSDA903>");

    read(file);

    assertThat(sink.rows(Table.CLA_EPISODE))
        .extracting(r -> r.get("start_date"))
        .containsOnlyNulls();
    assertThat(sink.unreadable(Table.CLA_EPISODE)).containsExactly(Set.of("DECOM"));
    assertThat(sink.unreadable(Table.CHILD)).containsExactly(Set.of("UASC"));
    assertThat(of(findings, FindingType.UNREADABLE_VALUE))
        .containsExactly("CHILD 1 / HEADER UASC x", "CHILD 1 / EPISODE 1 DECOM 2024-02-30");
  }

  @Test
  void theFormatDetectorClassifiesTheFixtureAsSsda903Xml() throws Exception {
    assertThat(FormatDetector.detect(fixture("fake_903.xml"))).isEqualTo(Format.SSDA903_XML);
  }
}
