package org.caseflow.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one file of one format into canonical rows. One implementation per format. */
public interface ReturnReader {
  /** The format this reader reads. */
  Format format();

  /**
   * Reads the whole file.
   *
   * @param file the file
   * @param context what the person importing said about it
   * @param sink where the rows go
   * @param findings where recoverable problems go
   * @return what the file said about itself
   * @throws InputException when the file cannot be read; the message names the file, the line or
   *     element, the field and what was expected
   * @throws IOException when the file cannot be opened
   */
  ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException;
}
