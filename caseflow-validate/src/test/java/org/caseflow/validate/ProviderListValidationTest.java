package org.caseflow.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.Readers;
import org.caseflow.ingest.provider.ProviderWorkbook;
import org.caseflow.store.Importer;
import org.caseflow.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SSDA903 return imported with an Ofsted provider list beside it: the import validates the
 * return against the list in the same transaction; without a list the rules are skipped.
 */
class ProviderListValidationTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private Path return903(Path folder) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n101,1,01/06/2012,WBRI,UN1,,\n"
            + "102,2,15/03/2010,WBRI,UN1,0,\n");
    Files.writeString(
        folder.resolve("episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            + "PL_POST,URN\n"
            + "101,10/05/2024,S,C2,N1,K2,PR4,,,,,LS1 4,SC000001\n"
            + "102,01/07/2024,S,C2,N2,K2,PR4,,,,,LS1 4,SC999999\n");
    return folder;
  }

  private static List<String> results(Store s, String rule) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = s.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT child_id, location FROM validation_finding WHERE rule = '"
                    + rule
                    + "' UNION ALL SELECT 'skipped', reason FROM validation_skip WHERE rule = '"
                    + rule
                    + "' ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1) + " " + rs.getString(2));
      }
    }
    return out;
  }

  @Test
  void aReturnImportedWithAProviderListIsCheckedAgainstIt() throws Exception {
    Path folder = return903(dir.resolve("in"));
    ProviderWorkbook.childrensHomes().write(folder, "childrens_homes.xlsx");
    try (Store s = Store.inMemory()) {
      new Importer(s, Readers::forFormat, CLOCK, Validator.bundled().asImportStep())
          .importPaths(List.of(folder), new ReadContext("808", new CollectionYear(2025)));
      assertThat(results(s, "1008")).containsExactly("102 Episodes row 2");
      assertThat(results(s, "219")).isEmpty();
    }
  }

  @Test
  void withoutAProviderListTheRulesAreSkippedWithTheReason() throws Exception {
    Path folder = return903(dir.resolve("in"));
    try (Store s = Store.inMemory()) {
      new Importer(s, Readers::forFormat, CLOCK, Validator.bundled().asImportStep())
          .importPaths(List.of(folder), new ReadContext("808", new CollectionYear(2025)));
      assertThat(results(s, "1008")).containsExactly("skipped no Ofsted provider list is loaded");
    }
  }
}
