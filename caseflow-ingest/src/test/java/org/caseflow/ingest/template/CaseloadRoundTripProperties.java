package org.caseflow.ingest.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.CollectingSink;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.ReadContext;

/** Any well-formed caseload extract reads back exactly as written, one row per line. */
class CaseloadRoundTripProperties {

  @Property(tries = 50)
  void aWellFormedExtractReadsBackExactly(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 200) Integer> cases,
      @ForAll @IntRange(min = 1, max = 150) int fteHundredths,
      @ForAll @IntRange(min = 0, max = 11) int month)
      throws Exception {
    LocalDate first = LocalDate.of(2024, 4, 1).plusMonths(month);
    double fte = fteHundredths / 100.0;
    StringBuilder csv = new StringBuilder("month,worker,team,fte,contract,open_cases\n");
    for (int i = 0; i < cases.size(); i++) {
      csv.append(first.toString(), 0, 7)
          .append(",W")
          .append(i)
          .append(",Team ")
          .append(i % 3)
          .append(',')
          .append(fte)
          .append(',')
          .append(i % 2 == 0 ? "employed" : "agency")
          .append(',')
          .append(cases.get(i))
          .append('\n');
    }
    Path f = Files.createTempFile("caseload", ".csv");
    try {
      Files.writeString(f, csv);
      CollectingSink sink = new CollectingSink();
      new TemplateReader(Template.CASELOAD).read(f, ReadContext.none(), sink, new Findings());
      List<Map<String, Object>> rows = sink.rows(Table.CASELOAD);
      assertThat(rows).hasSize(cases.size());
      for (int i = 0; i < cases.size(); i++) {
        assertThat(rows.get(i))
            .containsEntry("month", first)
            .containsEntry("worker_id", "W" + i)
            .containsEntry("team", "Team " + (i % 3))
            .containsEntry("fte", fte)
            .containsEntry("agency", i % 2 == 1)
            .containsEntry("open_cases", cases.get(i));
      }
    } finally {
      Files.delete(f);
    }
  }
}
