package org.caseflow.ingest.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;

class EpisodesPropertyTest {

  @Property(tries = 50)
  void anEpisodesCsvWithNRowsGivesNEpisodes(
      @ForAll @IntRange(min = 0, max = 400) int n, @ForAll @IntRange(min = 0, max = 9999) int seed)
      throws Exception {
    String[] places = {"U1", "U4", "K2", "Z1", "K3", "P1", "XX"};
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFURN,PL_POST,HOME_POST,REASON_PLACE_CHANGE,REC,DEC,PLACE_PROVIDER,PLACE,CIN,LS,RNE,DECOM,CHILD\r\n");
    LocalDate base = LocalDate.of(2023, 4, 1);
    for (int i = 0; i < n; i++) {
      LocalDate start = base.plusDays((seed + i * 7L) % 300);
      csv.append(i % 5 == 0 ? "\"SC,1\"" : "")
          .append(",,,,")
          .append(i % 2 == 0 ? "X1," + start.plusDays(3) : ",")
          .append(",PR1,")
          .append(places[(seed + i) % places.length])
          .append(",N1,C2,P,")
          .append(
              i % 3 == 0
                  ? start.toString()
                  : String.format(
                      "%02d/%02d/%d",
                      start.getDayOfMonth(), start.getMonthValue(), start.getYear()))
          .append(',')
          .append("C")
          .append(seed + i)
          .append("\r\n");
    }
    csv.append("\r\n\r\n");
    Path file = Files.createTempFile("episodes", ".csv");
    try {
      Files.writeString(file, csv);
      CollectingSink sink = new CollectingSink();
      ReadResult result =
          new Ssda903CsvReader().read(file, ReadContext.none(), sink, new Findings());

      assertThat(sink.count(Table.CLA_EPISODE)).isEqualTo(n);
      assertThat(result.rows().get(Table.CLA_EPISODE)).isEqualTo(n);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
