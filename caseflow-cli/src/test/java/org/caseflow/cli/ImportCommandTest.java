package org.caseflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caseflow.cli.CommandLineTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code caseflow import FOLDER} as a council would type it, on a hand-made folder: a CIN census
 * whose header says Year 2022 (2021-22) with the ReferenceDate 21 July 2022 and a referral of
 * October 2024, and an SSDA903 Episodes table, which names no council.
 */
class ImportCommandTest {
  @TempDir Path dir;

  private static String child(String id, String referral) {
    return "<Child><ChildIdentifiers><LAchildID>"
        + id
        + "</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex>"
        + "</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity>"
        + "</ChildCharacteristics><CINdetails><CINreferralDate>"
        + referral
        + "</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1"
        + "</PrimaryNeedCode></CINdetails></Child>\n";
  }

  private Path folder(String lea) throws Exception {
    Path f = Files.createDirectories(dir.resolve("council_" + lea));
    Files.writeString(
        f.resolve("cin_2022.xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails>"
            + "<Collection>CIN</Collection><Year>2022</Year>"
            + "<ReferenceDate>2022-07-21</ReferenceDate></CollectionDetails>"
            + "<Source><LEA>"
            + lea
            + "</LEA></Source></Header>\n<Children>\n"
            + child("A", "2021-06-01")
            + child("B", "2024-10-01")
            + "</Children></Message>\n");
    Files.writeString(
        f.resolve("Episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            + "PL_POST,URN\nA,2021-07-01,S,C2,N1,U1,PR1,,,,,,\n");
    return f;
  }

  @Test
  void aFolderImportsWithoutLaUnderTheCouncilAndYearTheCensusHeaderNamesSayingWhatIsNotCounted()
      throws Exception {
    Path store = dir.resolve("s.duckdb");

    Run r = CommandLineTest.run("import", "--store", store.toString(), folder("808").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "  batch 1  SSDA903 2021-22  LA 808  Episodes.csv\n",
            "  batch 2  CIN census 2021-22  LA 808  cin_2022.xml\n",
            "      not counted: 1 event dated after the reference date 2022-03-31 (kept, in no"
                + " figure; see event_not_counted)\n",
            "  event_not_counted              WARNING        1  An event dated after the return's"
                + " reference date is kept but not counted in any figure.\n");
  }

  @Test
  void aCouncilGivenWithLaThatTheCensusContradictsIsRefusedNamingTheFile() throws Exception {
    Path store = dir.resolve("s.duckdb");

    Run r =
        CommandLineTest.run(
            "import", "--store", store.toString(), "--la", "201", folder("808").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .startsWith(
            "caseflow import: cin_2022.xml: line 2, LEA: the file is for council 808 but the"
                + " import is for council 201");
  }

  @Test
  void aFolderGivenAsALinkToItIsFollowedAndImported() throws Exception {
    Path store = dir.resolve("s.duckdb");
    Path link = Files.createSymbolicLink(dir.resolve("latest"), folder("808"));

    Run r = CommandLineTest.run("import", "--store", store.toString(), link.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Imported 2 return(s)", "cin_2022.xml", "Episodes.csv");
  }

  @Test
  void aLinkToAFolderInsideTheFolderIsFollowedToo() throws Exception {
    Path store = dir.resolve("s.duckdb");
    Path outer = Files.createDirectories(dir.resolve("returns"));
    Files.createSymbolicLink(outer.resolve("2021-22"), folder("808"));

    Run r = CommandLineTest.run("import", "--store", store.toString(), outer.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Imported 2 return(s)");
  }

  @Test
  void aFolderHoldingNoReturnIsRefusedWithAMessageAndANonZeroExit() throws Exception {
    Path store = dir.resolve("s.duckdb");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(notes.resolve("readme.txt"), "minutes of the clinic\n");

    Run none = CommandLineTest.run("import", "--store", store.toString(), empty.toString());
    Run other = CommandLineTest.run("import", "--store", store.toString(), notes.toString());

    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err())
        .startsWith("caseflow import: no return caseflow reads was found in " + empty + ";")
        .contains("nothing was imported");
    assertThat(other.code()).isEqualTo(1);
    assertThat(other.out()).contains("skipped readme.txt: not a return caseflow reads");
    assertThat(other.err()).contains("no return caseflow reads was found in " + notes);
  }

  @Test
  void importingTheSameFolderAgainIsNotAFailure() throws Exception {
    Path store = dir.resolve("s.duckdb");
    Path f = folder("808");
    assertThat(CommandLineTest.run("import", "--store", store.toString(), f.toString()).code())
        .isZero();

    Run again = CommandLineTest.run("import", "--store", store.toString(), f.toString());

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("Imported 0 return(s)", "already imported");
  }
}
