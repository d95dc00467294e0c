package org.caseflow.synth;

import java.io.IOException;
import java.io.Writer;

/** A minimal indenting XML writer for values that need escaping only of the five entities. */
final class Xml {
  private final Writer w;
  private int depth;

  Xml(Writer w) {
    this.w = w;
  }

  void open(String tag) throws IOException {
    indent();
    w.write('<');
    w.write(tag);
    w.write(">\n");
    depth++;
  }

  void close(String tag) throws IOException {
    depth--;
    indent();
    w.write("</");
    w.write(tag);
    w.write(">\n");
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
