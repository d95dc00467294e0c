package org.caseflow.synth;

import java.io.IOException;
import java.io.Writer;

/** A minimal indenting XML writer for values that need escaping only of the five entities. */
final class Xml {
  private final Writer w;
  private int depth;
  private int line;

  /**
   * A writer whose first element goes on line {@code firstLine} of the file (the lines before it
   * written by the caller).
   */
  Xml(Writer w, int firstLine) {
    this.w = w;
    this.line = firstLine;
  }

  Xml(Writer w) {
    this(w, 1);
  }

  /** The line (from 1) the next element written goes on: every element is a line of its own. */
  int line() {
    return line;
  }

  void open(String tag) throws IOException {
    indent();
    w.write('<');
    w.write(tag);
    w.write(">\n");
    line++;
    depth++;
  }

  void close(String tag) throws IOException {
    depth--;
    indent();
    w.write("</");
    w.write(tag);
    w.write(">\n");
    line++;
  }

  void leaf(String tag, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      return;
    }
    indent();
    w.write('<');
    w.write(tag);
    w.write('>');
    w.write(escape(value));
    w.write("</");
    w.write(tag);
    w.write(">\n");
    line++;
  }

  private void indent() throws IOException {
    for (int i = 0; i < depth; i++) {
      w.write("  ");
    }
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
