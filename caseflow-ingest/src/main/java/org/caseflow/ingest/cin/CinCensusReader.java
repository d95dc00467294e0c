package org.caseflow.ingest.cin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;

/**
 * Reads a CIN census XML file, any collection year from 2016-17 to 2026-27, into the canonical CIN
 * tables: {@code CHILD} (source {@code CIN_CENSUS}), {@code CHILD_DISABILITY}, {@code CIN_EPISODE},
 * {@code ASSESSMENT}, {@code ASSESSMENT_FACTOR}, {@code CIN_PLAN}, {@code SECTION47}, {@code
 * CP_PLAN}, {@code CP_REVIEW} and {@code PRE_PROCEEDINGS}.
 *
 * <p>The collection year is the one the header's Year names, as the DfE writes it: the year the
 * collection ends (2022 is 2021-22); without a Year, the one containing the header's ReferenceDate.
 * The council is the header's LEA. {@code GenderCurrent} (to 2023-24) and {@code Sex} (from
 * 2024-25) both become M, F or U. Codes are checked against the lists of the collection year (e.g.
 * 18A before 2020-21, 18B and 18C after; 24A from 2021-22; 5D and RC9 from 2022-23).
 *
 * <p>Findings: {@code unknown_code}, {@code end_before_start}, {@code normalised_value} (a sex
 * written another way), {@code ignored_field} (once per element name), {@code
 * reference_date_incorrect} (a ReferenceDate other than 31 March of the collection year: the year
 * is still the one the Year names, or without one the one containing the date), {@code
 * date_after_reference_date} (an event after the ReferenceDate, or after the end of the collection
 * year when the ReferenceDate is later: the row is kept, and the store does not count it), {@code
 * unreadable_value} (a date, boolean or number that cannot be read: the row is kept with the value
 * empty and the field, named as the element, recorded as unreadable for the validation rules; a
 * date of birth or death is not shown) and {@code missing_required_field} (a child without
 * LAchildID: none of its rows are kept). A file with a DOCTYPE, broken XML, bytes not valid in its
 * encoding, another root than Message, another collection or council, or a header without LEA or a
 * readable ReferenceDate is refused with an {@link InputException}.
 */
public final class CinCensusReader implements ReturnReader {
  /** Creates the reader; it holds no state between files. */
  public CinCensusReader() {}

  @Override
  public Format format() {
    return Format.CIN_CENSUS_XML;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file);
        XmlCursor xml = XmlCursor.open(name, in)) {
      CinParser parser = new CinParser(xml, context, sink, findings);
      parser.parse();
      return new ReadResult(
          Format.CIN_CENSUS_XML,
          parser.la(),
          parser.year(),
          CinParser.TABLES,
          parser.counts(),
          parser.latest(),
          parser.countedTo());
    }
  }
}
