package org.caseflow.report;

import java.util.List;

/**
 * Writes a {@link Document} as one self-contained, well-formed XHTML file with printable CSS and
 * inline SVG charts. The PDF is made from the same text.
 */
final class Html {
  private Html() {}

  static final String CSS =
      """
      @page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-center { content: "Page " counter(page) " of " counter(pages);
          font-family: 'DejaVu Sans'; font-size: 8pt; color: #444; } }
      body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: #1a1a1a;
        line-height: 1.35; max-width: 190mm; margin: 0 auto; }
      h1 { font-size: 20pt; color: #0b2e59; margin: 0 0 4mm 0; }
      h2 { font-size: 14pt; color: #0b2e59; border-bottom: 1.5pt solid #0b2e59;
        margin: 7mm 0 2mm 0; page-break-after: avoid; }
      h3 { font-size: 11pt; color: #0b2e59; margin: 5mm 0 1mm 0; page-break-after: avoid; }
      p { margin: 1mm 0 2mm 0; }
      p.lead { font-size: 11pt; }
      p.note { font-size: 8pt; color: #333; }
      table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 8pt;
        page-break-inside: auto; }
      .indicator table { page-break-inside: avoid; }
      .indicator th[scope="row"] { width: 55%; }
      .indicator table.row th[scope="row"] { width: auto; }
      .brief table.row { width: 54%; font-size: 7pt; }
      .brief .side { float: right; width: 45%; margin: 0; }
      .clear { clear: both; }
      .indicator p { page-break-after: avoid; }
      caption { text-align: left; font-weight: bold; font-size: 8.5pt; padding: 1mm 0; }
      th, td { border: 0.5pt solid #8a8a8a; padding: 0.6mm 1.5mm; text-align: left;
        vertical-align: top; }
      thead th { background: #e8edf3; }
      tr { page-break-inside: avoid; }
      td.num { text-align: right; }
      td.rag-green { background: #d9efdc; }
      td.rag-amber { background: #fbe9c6; }
      td.rag-red { background: #f6d3d3; }
      .charts { margin: 0 0 2mm 0; page-break-inside: avoid; }
      .charts svg { display: block; }
      .exhibit { page-break-inside: avoid; }
      .commentary { border: 1pt dashed #5a5a5a; padding: 2mm; margin: 2mm 0 4mm 0;
        color: #333; min-height: 12mm; }
      .pagebreak { page-break-before: always; }
      @media print { body { max-width: none; } }
      """;

  /**
   * The XHTML text.
   *
   * @param forPdf whether to add PDF bookmarks (a {@code bookmarks} element in the head) and the
   *     charts' {@code alt} text, which the tagged PDF gives its figures
   */
  static String render(Document doc, boolean forPdf) {
    StringBuilder b = new StringBuilder(256 * 1024);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n");
    b.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n");
    b.append("<head>\n<meta charset=\"UTF-8\"/>\n<title>")
        .append(Fmt.xml(doc.title()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append(running(doc.running()))
        .append("</style>\n");
    if (forPdf) {
      b.append("<bookmarks>\n");
      bookmarks(doc.blocks(), b);
      b.append("</bookmarks>\n");
    }
    b.append("</head>\n<body>\n");
    int chart = 0;
    List<Chart> charts = new java.util.ArrayList<>();
    boolean inIndicator = false;
    List<Block> blocks = doc.blocks();
    for (int k = 0; k < blocks.size(); k++) {
      Block block = blocks.get(k);
      if (!charts.isEmpty() && !(block instanceof Block.ChartBlock)) {
        b.append("<div class=\"charts\">")
            .append(Svg.render(charts, "chart" + ++chart, forPdf))
            .append("</div>\n");
        charts.clear();
      }
      // An indicator (its heading to the next heading or section end) is kept on one page.
      boolean ends =
          block instanceof Block.Heading
              || block instanceof Block.Commentary
              || block instanceof Block.PageBreak;
      if (inIndicator && ends) {
        b.append("</div>\n");
        inIndicator = false;
      }
      if (block instanceof Block.Heading h && h.level() == 3) {
        b.append("<div class=\"indicator\">\n");
        inIndicator = true;
      }
      if (block instanceof Block.Heading h) {
        b.append("<h")
            .append(h.level())
            .append(" id=\"")
            .append(Fmt.xml(h.anchor()))
            .append("\">")
            .append(Fmt.xml(h.text()))
            .append("</h")
            .append(h.level())
            .append(">\n");
      } else if (block instanceof Block.Paragraph p) {
        paragraph(p, b);
      } else if (block instanceof Block.Table t && chartsAfter(blocks, k) > 0) {
        // A table, its notes and the charts after it are kept together on one page.
        int notes = notesAfter(blocks, k);
        int count = chartsAfter(blocks, k);
        List<Chart> after = new java.util.ArrayList<>();
        for (int j = 0; j < count; j++) {
          after.add(((Block.ChartBlock) blocks.get(k + notes + 1 + j)).chart());
        }
        b.append("<div class=\"exhibit\">\n");
        if (isRow(t) && count == 1) {
          // The concise entry: its one-row table and its one chart side by side.
          b.append("<div class=\"brief\"><div class=\"charts side\">")
              .append(Svg.render(after, "chart" + ++chart, Svg.BRIEF, forPdf))
              .append("</div>\n");
          table(t, b);
          b.append("<div class=\"clear\"></div></div>\n");
          for (int j = 1; j <= notes; j++) {
            paragraph((Block.Paragraph) blocks.get(k + j), b);
          }
        } else {
          table(t, b);
          for (int j = 1; j <= notes; j++) {
            paragraph((Block.Paragraph) blocks.get(k + j), b);
          }
          b.append("<div class=\"charts\">")
              .append(Svg.render(after, "chart" + ++chart, forPdf))
              .append("</div>\n");
        }
        b.append("</div>\n");
        k += notes + count;
      } else if (block instanceof Block.Table t) {
        table(t, b);
      } else if (block instanceof Block.ChartBlock c) {
        charts.add(c.chart());
      } else if (block instanceof Block.Commentary c) {
        b.append("<div class=\"commentary\"><p><strong>Officer commentary (")
            .append(Fmt.xml(c.section()))
            .append("):</strong> to be added.</p></div>\n");
      } else if (block instanceof Block.Placeholder ph) {
        b.append("<div class=\"commentary\"><p><strong>")
            .append(Fmt.xml(ph.label()))
            .append(":</strong> ")
            .append(Fmt.xml(ph.prompt()))
            .append("</p></div>\n");
      } else if (block instanceof Block.Contents) {
        contents(blocks, k, b);
      } else if (block instanceof Block.PageBreak) {
        b.append("<div class=\"pagebreak\"></div>\n");
      }
    }
    if (!charts.isEmpty()) {
      b.append("<div class=\"charts\">")
          .append(Svg.render(charts, "chart" + ++chart, forPdf))
          .append("</div>\n");
    }
    if (inIndicator) {
      b.append("</div>\n");
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  /** The sections after the contents block, as links (with page numbers in the PDF). */
  private static void contents(List<Block> blocks, int from, StringBuilder b) {
    b.append("<nav class=\"contents\" aria-label=\"Contents\"><ol>\n");
    for (int k = from + 1; k < blocks.size(); k++) {
      if (blocks.get(k) instanceof Block.Heading h && h.level() == 2) {
        b.append("<li><a href=\"#")
            .append(Fmt.xml(h.anchor()))
            .append("\">")
            .append(Fmt.xml(h.text()))
            .append("</a></li>\n");
      }
    }
    b.append("</ol></nav>\n");
  }

  /** Text as a CSS string's content: quotes and backslashes escaped, on one line. */
  static String cssString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
        b.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** The page furniture for print: the council and title in the header. */
  private static String running(Document.Running r) {
    return "@page { @top-left { content: "
        + cssString(r.council())
        + "; font-family: 'DejaVu Sans'; font-size: 8pt; color: #444; }\n"
        + "  @top-right { content: "
        + cssString(r.title())
        + "; font-family: 'DejaVu Sans'; font-size: 8pt; color: #444; } }\n"
        + "@page :first { @top-left { content: none; } @top-right { content: none; } }\n"
        + ".contents ol { list-style: none; padding-left: 0; }\n"
        + ".contents a { color: #0b2e59; display: inline-block; min-height: 24px; line-height: 24px; }\n"
        + "@media print { .contents a::after { content: leader('.') target-counter(attr(href),"
        + " page); } }\n";
  }

  /** A table of one row with many columns (the concise report's entry). */
  private static boolean isRow(Block.Table t) {
    return t.rows().size() == 1 && t.header().size() > 2;
  }

  /** How many note paragraphs follow block k before a chart (0 when no chart follows them). */
  private static int notesAfter(List<Block> blocks, int k) {
    int j = k + 1;
    while (j < blocks.size()
        && blocks.get(j) instanceof Block.Paragraph p
        && p.style() == Block.Style.NOTE) {
      j++;
    }
    return j < blocks.size() && blocks.get(j) instanceof Block.ChartBlock ? j - k - 1 : 0;
  }

  /** How many charts follow block k and its notes. */
  private static int chartsAfter(List<Block> blocks, int k) {
    int j = k + 1 + notesAfter(blocks, k);
    int n = 0;
    while (j + n < blocks.size() && blocks.get(j + n) instanceof Block.ChartBlock) {
      n++;
    }
    return n;
  }

  private static void paragraph(Block.Paragraph p, StringBuilder b) {
    b.append("<p")
        .append(
            switch (p.style()) {
              case NORMAL -> "";
              case LEAD -> " class=\"lead\"";
              case NOTE -> " class=\"note\"";
            })
        .append('>')
        .append(Fmt.xml(p.text()))
        .append("</p>\n");
  }

  private static void table(Block.Table t, StringBuilder b) {
    // The concise entry's table sets its columns freely.
    b.append(isRow(t) ? "<table class=\"row\">" : "<table>");
    if (t.caption() != null && !t.caption().isEmpty()) {
      b.append("<caption>").append(Fmt.xml(t.caption())).append("</caption>");
    }
    b.append("<thead><tr>");
    for (String h : t.header()) {
      b.append("<th scope=\"col\">").append(Fmt.xml(h)).append("</th>");
    }
    b.append("</tr></thead><tbody>\n");
    for (List<Block.Cell> row : t.rows()) {
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Block.Cell c = row.get(i);
        if (i == 0) {
          b.append("<th scope=\"row\">").append(Fmt.xml(c.text())).append("</th>");
          continue;
        }
        String cls =
            c.rag() == null ? "" : "rag-" + c.rag().name().toLowerCase(java.util.Locale.ROOT);
        if (isNumber(c.text())) {
          cls = cls.isEmpty() ? "num" : cls + " num";
        }
        b.append("<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>');
        b.append(Fmt.xml(c.text())).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  private static boolean isNumber(String s) {
    return s.matches("-?£?[\\d,]+(\\.\\d+)?%?") || s.equals(Fmt.SUPPRESSED);
  }

  private static void bookmarks(List<Block> blocks, StringBuilder b) {
    int open = 0;
    for (Block block : blocks) {
      if (block instanceof Block.Heading h && h.level() >= 2 && h.level() <= 3) {
        if (h.level() == 2) {
          if (open == 3) {
            b.append("</bookmark>\n");
          }
          if (open >= 2) {
            b.append("</bookmark>\n");
          }
          open = 2;
        } else {
          if (open == 3) {
            b.append("</bookmark>\n");
          }
          if (open < 2) {
            continue;
          }
          open = 3;
        }
        b.append("<bookmark name=\"")
            .append(Fmt.xml(h.text()))
            .append("\" href=\"#")
            .append(Fmt.xml(h.anchor()))
            .append("\">");
      }
    }
    if (open == 3) {
      b.append("</bookmark>\n");
    }
    if (open >= 2) {
      b.append("</bookmark>\n");
    }
  }
}
