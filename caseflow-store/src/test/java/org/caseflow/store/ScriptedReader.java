package org.caseflow.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;

/**
 * A reader for the importer's own tests: each test file is a tiny SSDA903-style CSV whose lines are
 * {@code CHILD,DECOM,DEC} episodes (dates ISO, DEC may be empty), so the tests exercise the
 * importer's transaction, provenance and supersession without depending on a production parser. A
 * line {@code FAIL} makes the file unreadable.
 */
class ScriptedReader implements ReturnReader {
  @Override
  public Format format() {
    return Format.SSDA903_CSV;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    List<String> lines = Files.readAllLines(file);
    Map<Table, Integer> rows = new EnumMap<>(Table.class);
    LocalDate latest = null;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.equals("FAIL")) {
        throw new InputException(
            file.getFileName().toString(), "line " + (i + 1), "DECOM", "not a date", "a date");
      }
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      Object[] v = new Object[Table.CLA_EPISODE.columns().size()];
      v[Table.CLA_EPISODE.indexOf("child_id")] = f[0];
      v[Table.CLA_EPISODE.indexOf("start_date")] = LocalDate.parse(f[1]);
      v[Table.CLA_EPISODE.indexOf("end_date")] = f[2].isEmpty() ? null : LocalDate.parse(f[2]);
      v[Table.CLA_EPISODE.indexOf("legal_status")] = "C2";
      LocalDate d = LocalDate.parse(f[2].isEmpty() ? f[1] : f[2]);
      latest = latest == null || d.isAfter(latest) ? d : latest;
      sink.row(Table.CLA_EPISODE, v);
      rows.merge(Table.CLA_EPISODE, 1, Integer::sum);
    }
    CollectionYear year = context.year();
    return new ReadResult(
        Format.SSDA903_CSV, context.la(), year, Set.of(Table.CLA_EPISODE), rows, latest);
  }
}
