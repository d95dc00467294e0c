package org.caseflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.ingest.cin.CinCensusReader;
import org.caseflow.ingest.ssda903.Ssda903CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field longer than a spreadsheet cell can hold is refused, named by file, line and field. */
class LongValuesTest {
  private static final String HEADER =
      "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

  @TempDir Path dir;

  private static void readCsv(Path file) throws Exception {
    new Ssda903CsvReader()
        .read(
            file,
            new ReadContext("123", new CollectionYear(2024)),
            new CollectingSink(),
            new Findings());
  }

  /** An episodes file whose second row has `length` characters in the field at `column`. */
  private Path episodesWithLongField(int column, int length) throws Exception {
    Path file = dir.resolve("episodes.csv");
    String[] row =
        "101,01/04/2023,S,C2,N1,U4,PR1,15/06/2023,X1,CARPL,AB1 2CD,AB3 4EF,SC123456".split(",");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER + "\n");
      w.write(String.join(",", row) + "\n");
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          w.write(',');
        }
        if (c == column) {
          char[] chunk = new char[8192];
          java.util.Arrays.fill(chunk, 'x');
          for (int left = length; left > 0; left -= chunk.length) {
            w.write(chunk, 0, Math.min(left, chunk.length));
          }
        } else {
          w.write(row[c]);
        }
      }
      w.write("\n");
    }
    return file;
  }

  @Test
  void aTenMebibyteValueInOneCsvFieldIsRefusedNamingFileLineFieldAndLength() throws Exception {
    Path file = episodesWithLongField(10, 10 * 1024 * 1024);
    assertThatThrownBy(() -> readCsv(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "episodes.csv: line 3, HOME_POST: the value is 10,485,760 characters long; expected at"
                + " most 32,767 characters (Excel's limit for a cell)");
  }

  @Test
  void aLongValueInAColumnNotReadIsRefusedToo() throws Exception {
    Path file = dir.resolve("episodes.csv");
    Files.writeString(
        file,
        HEADER
            + ",NOTES\n"
            + "101,01/04/2023,S,C2,N1,U4,PR1,15/06/2023,X1,CARPL,AB1 2CD,AB3 4EF,SC123456,"
            + "n".repeat(40_000)
            + "\n");
    assertThatThrownBy(() -> readCsv(file))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "episodes.csv: line 2, NOTES: the value is 40,000 characters long; expected at most"
                + " 32,767 characters (Excel's limit for a cell)");
  }

  @Test
  void aValueOfExactlyTheLimitIsReadAsAnyOther() throws Exception {
    Path file = episodesWithLongField(12, Limits.MAX_FIELD_CHARS);
    CollectingSink sink = new CollectingSink();
    new Ssda903CsvReader()
        .read(file, new ReadContext("123", new CollectionYear(2024)), sink, new Findings());
    assertThat(sink.count(org.caseflow.domain.schema.Table.CLA_EPISODE)).isEqualTo(2);
  }

  @Test
  void aCinElementOfFortyThousandCharactersIsRefusedNamingItsLineAndElement() throws Exception {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/cin/cin-2025.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("cin.xml");
    String longer =
        xml.replaceFirst(
            "<ReferralSource>1A</ReferralSource>",
            "<ReferralSource>" + "1".repeat(40_000) + "</ReferralSource>");
    assertThat(longer).isNotEqualTo(xml);
    Files.writeString(file, longer);
    int line = lineOf(longer, "<ReferralSource>1111");
    assertThatThrownBy(
            () ->
                new CinCensusReader()
                    .read(file, ReadContext.none(), new CollectingSink(), new Findings()))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "cin.xml: line "
                + line
                + ", ReferralSource: the value is 40,000 characters long; expected at most 32,767"
                + " characters (Excel's limit for a cell)");
  }

  private static int lineOf(String text, String marker) {
    int at = text.indexOf(marker);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }
}
