package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.store.ImportReport;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CIN rule 8842Q end to end: a CIN census whose Reviews block holds an empty CPPreviewDate is read
 * into the store with a review row without a date, and validated at import as {@code caseflow
 * import} does.
 */
class CinReviewImportTest {
  @TempDir Path dir;

  private static String child(String id, String reviews) {
    return """
        <Child>
          <ChildIdentifiers>
            <LAchildID>%s</LAchildID>
            <PersonBirthDate>2015-02-02</PersonBirthDate>
            <Sex>F</Sex>
          </ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2025-04-10</CINreferralDate>
            <ReferralSource>1A</ReferralSource>
            <PrimaryNeedCode>N1</PrimaryNeedCode>
            <ReferralNFA>false</ReferralNFA>
            <ChildProtectionPlans>
              <CPPstartDate>2025-05-01</CPPstartDate>
              <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>
              <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
              <Reviews>%s</Reviews>
            </ChildProtectionPlans>
          </CINdetails>
        </Child>
        """
        .formatted(id, reviews);
  }

  @Test
  void aReviewWithAnEmptyDateIsKeptWithoutOneAndFlaggedByRule8842QAndADatedReviewIsNot()
      throws Exception {
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
        """
            + child("K1", "<CPPreviewDate>2025-07-20</CPPreviewDate><CPPreviewDate/>")
            + child("K2", "<CPPreviewDate>2025-07-21</CPPreviewDate>")
            + child("K3", "<CPPreviewDate></CPPreviewDate>")
            + "  </Children>\n</Message>\n";
    Path file = Files.writeString(dir.resolve("cin.xml"), xml, StandardCharsets.UTF_8);

    try (Store memory = Store.inMemory()) {
      ImportReport report =
          new Importer(
                  memory, Readers::forFormat, Clock.systemUTC(), Validator.bundled().asImportStep())
              .importPaths(List.of(file), new ReadContext("808", null));
      assertThat(report.batches()).hasSize(1);
      long batch = report.batches().get(0).batchId();

      List<String> reviews = new ArrayList<>();
      try (Statement s = memory.connection().createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT child_id, plan_no, review_date FROM cp_review ORDER BY child_id,"
                      + " review_date NULLS LAST")) {
        while (rs.next()) {
          reviews.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3));
        }
      }
      assertThat(reviews)
          .containsExactly("K1 1 2025-07-20", "K1 1 null", "K2 1 2025-07-21", "K3 1 null");

      List<String> flagged = new ArrayList<>();
      for (ValidationFinding f :
          ValidationResults.of(memory.connection(), batch).orElseThrow().findings()) {
        if (f.rule().equals("8842Q")) {
          flagged.add(f.childId() + " " + f.location());
        }
      }
      assertThat(flagged).containsExactly("K1 Reviews row 2", "K3 Reviews row 4");
    }
  }
}
