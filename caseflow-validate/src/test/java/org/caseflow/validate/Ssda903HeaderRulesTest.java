package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CARE_LEAVER;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.UASC;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SSDA903 Header rules (and the UASC table's date), each where it fires and where not. */
class Ssda903HeaderRulesTest {
  private static ReturnFixture y2526() {
    return ReturnFixture.ssda903("2025-26");
  }

  @Test
  void aSexGivenAsNoCodeOneOrTwoOrBlankIsFlaggedFrom2024To25AndMFAndUAreNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "A", "sex", null, "sex_given", "X", "unreadable", "SEX")
            .add(CHILD, "child_id", "B", "sex", null)
            .add(CHILD, "child_id", "C", "sex", "M", "sex_given", "1")
            .add(CHILD, "child_id", "D", "sex", "M", "sex_given", "m")
            .add(CHILD, "child_id", "E", "sex", "M", "sex_given", "M")
            .add(CHILD, "child_id", "F", "sex", "F", "sex_given", "F")
            .add(CHILD, "child_id", "G", "sex", "U", "sex_given", "U")
            .add(CHILD, "child_id", "H", "sex", "F");
    assertThat(f.flagged("101"))
        .containsExactly("A Header row 1", "B Header row 2", "C Header row 3", "D Header row 4");
    assertThat(f.findings().get(2).values()).containsExactly("1");
  }

  @Test
  void beforeTwentyFourTwentyFiveASexGivenAsOneOrTwoPassesAndMOrUIsFlagged() throws Exception {
    // 2023-24 codes sex 1 (male) or 2 (female): A and B pass; C (M), D (U) and E (blank) are
    // flagged, and F (read from a source keeping no given value) passes on its M
    ReturnFixture f =
        ReturnFixture.ssda903("2023-24")
            .add(CHILD, "child_id", "A", "sex", "M", "sex_given", "1")
            .add(CHILD, "child_id", "B", "sex", "F", "sex_given", "2")
            .add(CHILD, "child_id", "C", "sex", "M", "sex_given", "M")
            .add(CHILD, "child_id", "D", "sex", "U", "sex_given", "U")
            .add(CHILD, "child_id", "E", "sex", null)
            .add(CHILD, "child_id", "F", "sex", "M");
    assertThat(f.flagged("101"))
        .containsExactly("C Header row 3", "D Header row 4", "E Header row 5");
  }

  @Test
  void aDateOfBirthThatIsNoDateOrBlankIsFlaggedAndARealOneIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "A", "birth_date", null, "unreadable", "DOB")
            .add(CHILD, "child_id", "B", "birth_date", null)
            .add(CHILD, "child_id", "C", "birth_date", "2016-02-29");
    assertThat(f.flagged("102")).containsExactly("A Header row 1", "B Header row 2");
  }

  @Test
  void anEthnicityOutsideTheListOrBlankIsFlaggedAndNobtIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "A", "ethnicity", "WHIT")
            .add(CHILD, "child_id", "B", "ethnicity", null)
            .add(CHILD, "child_id", "C", "ethnicity", "NOBT")
            .add(CHILD, "child_id", "D", "ethnicity", "WROM");
    assertThat(f.flagged("103")).containsExactly("A Header row 1", "B Header row 2");
  }

  @Test
  void anUnreadableUascCeasedDateIsFlaggedAndABlankOneIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(UASC, "child_id", "A", "unreadable", "DUC")
            .add(UASC, "child_id", "B")
            .add(UASC, "child_id", "C", "uasc_ceased_date", "2025-09-01");
    assertThat(f.flagged("104")).containsExactly("A UASC row 1");
  }

  @Test
  void aUascFlagThatIsNotZeroOrOneOrBlankBesideOthersIsFlagged() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "A", "unreadable", "UASC")
            .add(CHILD, "child_id", "B")
            .add(CHILD, "child_id", "C", "is_uasc", false)
            .add(CHILD, "child_id", "D", "is_uasc", true);
    assertThat(f.flagged("105")).containsExactly("A Header row 1", "B Header row 2");
  }

  @Test
  void aReturnWithoutTheUascItemAtAllIsNotFlagged() throws Exception {
    ReturnFixture f = y2526().add(CHILD, "child_id", "A").add(CHILD, "child_id", "B");
    assertThat(f.flagged("105")).isEmpty();
  }

  @Test
  void aUpnOfTheWrongShapeIsFlaggedAndAWellFormedOneOrAnUnknownCodeIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "A", "upn", "I072272729588")
            .add(CHILD, "child_id", "B", "upn", "K06014812931")
            .add(CHILD, "child_id", "C", "upn", "UN7")
            .add(CHILD, "child_id", "D", "upn", "E07295962325a")
            .add(CHILD, "child_id", "E", "upn", "L086819786126")
            .add(CHILD, "child_id", "F", "upn", "X06805040829A")
            .add(CHILD, "child_id", "G", "upn", "UN5")
            .add(CHILD, "child_id", "H");
    assertThat(f.flagged("168"))
        .containsExactly("A Header row 1", "B Header row 2", "C Header row 3", "D Header row 4");
  }

  @Test
  void anUnreadableMothersChildDateOfBirthIsFlaggedAndABlankOneIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "A", "sex", "F", "unreadable", "MC_DOB")
            .add(CHILD, "child_id", "B", "sex", "F")
            .add(CHILD, "child_id", "C", "sex", "F", "mother_child_birth_date", "2025-01-01");
    assertThat(f.flagged("171")).containsExactly("A Header row 1");
  }

  @Test
  void aBoyWithAMothersChildDateOfBirthIsFlaggedAndAGirlIsNot() throws Exception {
    ReturnFixture f =
        y2526()
            .add(CHILD, "child_id", "A", "sex", "M", "mother_child_birth_date", "2025-01-01")
            .add(CHILD, "child_id", "B", "sex", "M", "unreadable", "MC_DOB")
            .add(CHILD, "child_id", "C", "sex", "F", "mother_child_birth_date", "2025-01-01")
            .add(CHILD, "child_id", "D", "sex", "M");
    assertThat(f.flagged("174")).containsExactly("A Header row 1", "B Header row 2");
  }

  @Test
  void motherStatusIsFlaggedWhenInvalidGivenForABoyOrBlankForAGirlLookedAfterInTheYear()
      throws Exception {
    ReturnFixture f =
        y2526()
            // A: MOTHER held as 2
            .add(CHILD, "child_id", "A", "sex", "F", "unreadable", "MOTHER")
            // B: a boy with MOTHER 0
            .add(CHILD, "child_id", "B", "sex", "M", "is_mother", false)
            // C: a girl in care on the last day before the year (ended 1 April, in the year)
            .add(CHILD, "child_id", "C", "sex", "F")
            .add(CLA_EPISODE, "child_id", "C", "start_date", "2024-05-01", "end_date", "2025-04-01")
            // D: a girl whose care ended the day before the year began
            .add(CHILD, "child_id", "D", "sex", "F")
            .add(CLA_EPISODE, "child_id", "D", "start_date", "2024-05-01", "end_date", "2025-03-31")
            .add(CARE_LEAVER, "child_id", "D", "in_touch", "YES")
            // E: a girl in short breaks only
            .add(CHILD, "child_id", "E", "sex", "F")
            .add(CLA_EPISODE, "child_id", "E", "start_date", "2025-06-01", "legal_status", "V3")
            // G: a girl in care with MOTHER 0, H: a boy with MOTHER blank
            .add(CHILD, "child_id", "G", "sex", "F", "is_mother", false)
            .add(CLA_EPISODE, "child_id", "G", "start_date", "2025-06-01")
            .add(CHILD, "child_id", "H", "sex", "M")
            .add(CLA_EPISODE, "child_id", "H", "start_date", "2025-06-01");
    assertThat(f.flagged("165"))
        .containsExactly("A Header row 1", "B Header row 2", "C Header row 3");
    assertThat(f.findings().get(1).values()).containsExactly("false", "M", null, null, null, null);
    assertThat(f.findings().get(2).values())
        .containsExactly(null, "F", null, null, null, "2024-05-01");
  }

  @TempDir Path tmp;

  /** Every SSDA903 rule of the year on one small return with many faults, on the engine. */
  private List<String> everyRuleOn(String engine) throws Exception {
    try (Store store = Stores.fresh(engine, tmp)) {
      StoreFixture f = StoreFixture.on(store, "808").as(ReturnKind.SSDA903);
      // Last year's return, so that the rules comparing with it run too.
      f.year(2025);
      f.add(Table.CHILD, "child_id", "A", "birth_date", "2021-04-01", "sex", "M");
      f.add(Table.CHILD, "child_id", "B", "birth_date", "2009-03-31", "sex", "M", "is_uasc", false);
      f.add(Table.CLA_EPISODE, "child_id", "B", "start_date", "2024-05-01", "legal_status", "C2");
      f.add(Table.UASC, "child_id", "B", "uasc_ceased_date", "2024-06-01");
      f.add(Table.SOCIAL_WORKER_EPISODE, "child_id", "B", "social_worker_id", "SW1");
      long lastBatch = f.loadBatches().get("2025|SSDA903");
      f.year(2026);
      f.add(Table.SOCIAL_WORKER_EPISODE, "child_id", "A", "social_worker_id", "SW2");
      f.add(
          Table.CHILD,
          "child_id",
          "A",
          "birth_date",
          "2021-04-01",
          "sex",
          "F",
          "upn",
          "A123",
          "unreadable",
          "MOTHER;UASC");
      f.add(Table.CHILD, "child_id", "B", "birth_date", "2009-03-31", "sex", "M", "is_uasc", true);
      f.add(
          Table.CLA_EPISODE,
          "child_id",
          "A",
          "start_date",
          "2024-05-01",
          "reason_new_episode",
          "S",
          "legal_status",
          "C2",
          "placement_type",
          "T0",
          "placement_provider",
          "PR1",
          "end_date",
          "2025-06-01");
      f.add(
          Table.CLA_EPISODE,
          "child_id",
          "A",
          "start_date",
          "2025-06-01",
          "reason_new_episode",
          "P",
          "legal_status",
          "V3");
      f.add(Table.CLA_EPISODE, "child_id", "B", "start_date", "2024-05-01", "legal_status", "C2");
      f.add(Table.CLA_REVIEW, "child_id", "A", "participation", "PN1");
      f.add(Table.UASC, "child_id", "B", "unreadable", "DUC");
      f.add(
          Table.HEALTH_OUTCOME,
          "child_id",
          "A",
          "sdq_score",
          50,
          "substance_misuse",
          true,
          "intervention_received",
          true,
          "intervention_offered",
          false);
      f.add(Table.HEALTH_OUTCOME, "child_id", "B", "unreadable", "CONVICTED");
      f.add(Table.CARE_LEAVER, "child_id", "B", "activity", "F3");
      f.add(Table.ADOPTION, "child_id", "B", "number_of_adopters", 3);
      f.add(
          Table.PLACED_FOR_ADOPTION,
          "child_id",
          "A",
          "decision_date",
          "2010-01-01",
          "decision_ceased_date",
          "2027-01-01");
      long batch = f.loadBatches().get("2026|SSDA903");
      // Both returns deliver every table, even those without rows, so that no rule is skipped.
      for (long b : List.of(lastBatch, batch)) {
        for (Table t : ReturnViews.tablesOf(ReturnKind.SSDA903)) {
          try (var ps =
              store
                  .connection()
                  .prepareStatement(
                      "INSERT INTO import_table (batch_id, table_name, row_count) SELECT ?, ?, 0"
                          + " WHERE NOT EXISTS (SELECT 1 FROM import_table WHERE batch_id = ?"
                          + " AND table_name = ?)")) {
            ps.setLong(1, b);
            ps.setString(2, t.sqlName());
            ps.setLong(3, b);
            ps.setString(4, t.sqlName());
            ps.executeUpdate();
          }
        }
      }
      List<Rule> rules =
          RuleSet.forYear(ReturnKind.SSDA903, CollectionYear.parse("2025-26"))
              .orElseThrow()
              .rules();
      Validation v = Validator.validate(store.connection(), batch, rules);
      List<String> out = new ArrayList<>();
      v.skipped().forEach(k -> out.add(k.rule() + " skipped"));
      v.findings()
          .forEach(
              x -> out.add(x.rule() + " " + x.childId() + " " + x.location() + " " + x.values()));
      return out;
    }
  }

  @Test
  void theRulesFindTheSameOnPostgresqlAsOnDuckdb() throws Exception {
    List<String> duck = everyRuleOn("duckdb");
    // The return has no year before it, so the rules comparing with last year are skipped.
    assertThat(duck.stream().filter(s -> !s.endsWith("skipped")).count()).isGreaterThan(25);
    assertThat(everyRuleOn("postgresql")).isEqualTo(duck);
  }
}
