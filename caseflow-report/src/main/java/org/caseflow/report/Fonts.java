package org.caseflow.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans (Bitstream Vera licence, see fonts/LICENSE-DejaVu.txt), embedded in PDFs
 * and used to draw chart images, so output looks the same on every machine.
 */
final class Fonts {
  static final String REGULAR = "fonts/DejaVuSans.ttf";
  static final String BOLD = "fonts/DejaVuSans-Bold.ttf";
  private static volatile Font base;

  private Fonts() {}

  static InputStream open(String name) {
    InputStream in = Fonts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing bundled font " + name);
    }
    return in;
  }

  static Font awt(float size) {
    Font f = base;
    if (f == null) {
      try (InputStream in = open(REGULAR)) {
        f = Font.createFont(Font.TRUETYPE_FONT, in);
        base = f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("bundled font unreadable", e);
      }
    }
    return f.deriveFont(size);
  }
}
