package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * caseflow's own checks: the readers' findings (import_finding) reported by the validation engine
 * beside the DfE's rules, one check per kind of finding that is an error or a warning.
 */
class CaseflowChecksTest {
  @TempDir Path dir;

  private static String codeOf(FindingType t) {
    return "CF-" + t.name().replace('_', '-');
  }

  @Test
  void everyReturnHasOneCheckPerKindOfFindingThatIsAnErrorOrAWarningWithItsSeverityAndSummary() {
    for (ReturnKind kind : RuleSet.returns()) {
      for (CollectionYear y : RuleSet.years(kind)) {
        TreeMap<String, String> expected = new TreeMap<>();
        for (FindingType t : FindingType.values()) {
          String severity =
              switch (t.severity()) {
                case ERROR -> "error";
                case WARNING -> "query";
                case INFO -> null;
              };
          if (severity != null) {
            expected.put(codeOf(t), severity + " " + t.summary());
          }
        }
        TreeMap<String, String> found = new TreeMap<>();
        RuleSet set = RuleSet.forYear(kind, y).orElseThrow();
        for (Rule r : set.caseflowChecks()) {
          found.put(r.code(), r.severity().word() + " " + r.message());
          assertThat(r.views()).as(r.code()).containsExactly("v_import_finding");
        }
        assertThat(found).as(kind + " " + y.label()).isEqualTo(expected);
        assertThat(set.dfeRules()).noneMatch(Rule::isCaseflowCheck);
      }
    }
  }

  @Test
  void aFindingOfItsKindIsReportedWhereTheFileHasItAndOneOfAnotherKindIsNot() throws Exception {
    ReturnFixture f =
        ReturnFixture.cin("2025-26")
            .finding("unknown_code", "ReferralSource", "line 12")
            .finding("missing_required_field", "CINreferralDate", "line 20")
            .finding("ignored_field", "Notes", "line 30");
    assertThat(f.flagged("CF-UNKNOWN-CODE")).containsExactly("- return line 12");
    assertThat(f.findings().get(0).values()).containsExactly("ReferralSource", null, "-");
    assertThat(f.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.flagged("CF-MISSING-REQUIRED-FIELD")).containsExactly("- return line 20");
    assertThat(f.flagged("CF-DATE-OUTSIDE-COLLECTION-YEAR")).isEmpty();
  }

  @Test
  void aReaderWarningIsAQueryAndAnInformationNoteIsNoCheckAtAll() throws Exception {
    ReturnFixture f =
        ReturnFixture.ssda903("2025-26")
            .finding("date_outside_collection_year", "DECOM", "episodes.csv line 4")
            .finding("normalised_value", "SEX", "header.csv line 2")
            .finding("ignored_field", "NOTES", "header.csv line 1");
    List<Rule> checks =
        RuleSet.forYear(ReturnKind.SSDA903, f.year()).orElseThrow().caseflowChecks();
    Validation v = f.run(checks);
    List<String> out = new ArrayList<>();
    for (ValidationFinding x : v.findings()) {
      out.add(x.rule() + " " + x.severity().word() + " " + x.location() + " " + x.values());
    }
    assertThat(out)
        .containsExactly(
            "CF-DATE-OUTSIDE-COLLECTION-YEAR query return episodes.csv line 4 [DECOM, null, -]");
  }

  @Test
  void anImportedCodeNotInItsListIsReportedByTheEngineAtImportWithTheDfesRules() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>2026</Year>
              <ReferenceDate>2026-03-31</ReferenceDate>
            </CollectionDetails>
            <Source><SourceLevel>L</SourceLevel><LEA>808</LEA></Source>
          </Header>
          <Children>
            <Child>
              <ChildIdentifiers>
                <LAchildID>K1</LAchildID>
                <PersonBirthDate>2015-02-02</PersonBirthDate>
                <Sex>F</Sex>
              </ChildIdentifiers>
              <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>2025-04-10</CINreferralDate>
                <ReferralSource>9Z</ReferralSource>
                <PrimaryNeedCode>N1</PrimaryNeedCode>
                <ReferralNFA>false</ReferralNFA>
              </CINdetails>
            </Child>
          </Children>
        </Message>
        """;
    Path file = Files.writeString(dir.resolve("cin.xml"), xml, StandardCharsets.UTF_8);
    try (Store memory = Store.inMemory()) {
      ImportReport report =
          new Importer(
                  memory, Readers::forFormat, Clock.systemUTC(), Validator.bundled().asImportStep())
              .importPaths(List.of(file), new ReadContext("808", null));
      long batch = report.batches().get(0).batchId();
      List<String> checks = new ArrayList<>();
      for (ValidationFinding f :
          ValidationResults.of(memory.connection(), batch).orElseThrow().findings()) {
        if (f.rule().startsWith("CF-")) {
          checks.add(f.rule() + " " + f.location() + " " + f.values().subList(0, 2));
        }
      }
      // ReferralSource is on line 21 of the file.
      assertThat(checks).containsExactly("CF-UNKNOWN-CODE cin.xml line 21 [ReferralSource, 9Z]");
      assertThat(RuleSet.forYear(ReturnKind.CIN_CENSUS, CollectionYear.parse("2025-26")))
          .hasValueSatisfying(
              s ->
                  assertThat(s.find("cf-unknown-code").map(Rule::code))
                      .hasValue("CF-UNKNOWN-CODE"));
    }
  }
}
