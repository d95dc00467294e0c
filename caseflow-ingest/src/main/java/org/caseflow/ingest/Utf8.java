package org.caseflow.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a text file is UTF-8 before it is parsed, naming the line of the first bad byte. */
public final class Utf8 {
  private Utf8() {}

  /**
   * @throws InputException naming the line when a byte sequence is not valid UTF-8 (for example a
   *     file saved as Windows-1252)
   */
  public static void require(Path file, String expected) throws IOException, InputException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int line = 1;
      int pending = 0;
      int b;
      while ((b = in.read()) >= 0) {
        if (pending > 0) {
          if ((b & 0xC0) != 0x80) {
            throw bad(file, line, expected);
          }
          pending--;
          continue;
        }
        if (b == '\n') {
          line++;
        } else if (b >= 0x80) {
          if ((b & 0xE0) == 0xC0 && b >= 0xC2) {
            pending = 1;
          } else if ((b & 0xF0) == 0xE0) {
            pending = 2;
          } else if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
            pending = 3;
          } else {
            throw bad(file, line, expected);
          }
        }
      }
      if (pending > 0) {
        throw bad(file, line, expected);
      }
    }
  }

  private static InputException bad(Path file, int line, String expected) {
    return new InputException(
        file.getFileName().toString(),
        "line " + line,
        "-",
        "the file is not UTF-8 text (it may have been saved as Windows-1252 or Latin-1)",
        expected);
  }
}
