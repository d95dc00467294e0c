package org.caseflow.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes a {@link Document} as Word, a paper a council can edit and publish: A4 with 2 cm margins;
 * its own styles (Normal, Title, Heading 1 to 3 with outline levels so the navigation pane and the
 * contents field work, a table style); the paper's title in the Title style, its sections as
 * Heading 1 and its indicators as Heading 2; a contents field (TOC) that Word fills when the file
 * opens; a header with the council's name and the paper's title and a footer "Page N of M" (PAGE
 * and NUMPAGES fields); tables with repeating header rows; charts as PNG images with alternative
 * text; editable placeholders for the officer; and the language en-GB, in the styles and the
 * document's properties.
 */
final class Docx {
  private Docx() {}

  /** The document's language, in its styles and core properties. */
  static final String LANGUAGE = "en-GB";

  /** The table style every table uses. */
  static final String TABLE_STYLE = "CaseflowTable";

  /** A4 in twentieths of a point: 210 mm by 297 mm. */
  static final long A4_WIDTH = 11906;

  static final long A4_HEIGHT = 16838;

  /** The margins, 2 cm in twentieths of a point; the header and footer 1 cm from the edge. */
  static final long MARGIN = 1134;

  static final long HEADER_DISTANCE = 567;

  private static final String BLUE = "0B2E59";

  private static final String FONT = "Arial";

  static void render(Document doc, OutputStream out) throws IOException {
    try (XWPFDocument d = new XWPFDocument()) {
      styles(d);
      d.getProperties().getCoreProperties().setTitle(doc.title());
      d.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(LANGUAGE);
      d.getProperties()
          .getCoreProperties()
          .setCreator(doc.running().council().isEmpty() ? "caseflow" : doc.running().council());
      page(d);
      running(d, doc.running());
      // The chart images are drawn in parallel first: they are most of the work.
      List<Block.ChartBlock> charts =
          doc.blocks().stream()
              .filter(Block.ChartBlock.class::isInstance)
              .map(Block.ChartBlock.class::cast)
              .toList();
      List<byte[]> pngs = charts.parallelStream().map(c -> Png.render(c.chart())).toList();
      java.util.Map<Block.ChartBlock, byte[]> images = new java.util.IdentityHashMap<>();
      for (int k = 0; k < charts.size(); k++) {
        images.put(charts.get(k), pngs.get(k));
      }
      int chart = 0;
      List<Block> blocks = doc.blocks();
      for (int k = 0; k < blocks.size(); k++) {
        Block block = blocks.get(k);
        if (block instanceof Block.Heading h) {
          XWPFParagraph p = d.createParagraph();
          p.setStyle(style(h.level()));
          p.createRun().setText(h.text());
        } else if (block instanceof Block.Paragraph para) {
          XWPFParagraph p = d.createParagraph();
          XWPFRun r = p.createRun();
          r.setText(para.text());
          if (para.style() == Block.Style.NOTE) {
            r.setFontSize(8);
          } else if (para.style() == Block.Style.LEAD) {
            r.setFontSize(12);
          }
        } else if (block instanceof Block.Table t) {
          table(d, t);
        } else if (block instanceof Block.ChartBlock c) {
          XWPFParagraph title = d.createParagraph();
          keepNext(title);
          title.setSpacingAfter(0);
          XWPFRun tr = title.createRun();
          tr.setBold(true);
          tr.setFontSize(9);
          tr.setText(c.chart().title());
          XWPFParagraph p = d.createParagraph();
          XWPFRun r = p.createRun();
          byte[] png = images.get(c);
          try {
            r.addPicture(
                new ByteArrayInputStream(png),
                org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                "chart" + ++chart + ".png",
                Units.toEMU(Svg.WIDTH * 0.75 * 0.9),
                Units.toEMU(Svg.HEIGHT * 0.75 * 0.9));
          } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("chart image rejected", e);
          }
          var inline = r.getCTR().getDrawingArray(0).getInlineArray(0);
          inline.getDocPr().setTitle(c.chart().title());
          inline.getDocPr().setDescr(c.chart().description());
        } else if (block instanceof Block.Commentary c) {
          placeholder(
              d,
              "Officer commentary (" + c.section() + "): ",
              "[Replace this text with the commentary.]");
        } else if (block instanceof Block.Placeholder ph) {
          placeholder(d, ph.label() + ": ", ph.prompt());
        } else if (block instanceof Block.Contents) {
          contents(d, blocks.subList(k + 1, blocks.size()));
        } else if (block instanceof Block.PageBreak) {
          d.createParagraph().setPageBreak(true);
        }
      }
      // Word asks to update the fields (the contents, the number of pages) when it opens.
      d.enforceUpdateFields();
      d.write(out);
    }
  }

  private static void keepNext(XWPFParagraph p) {
    if (!p.getCTP().isSetPPr()) {
      p.getCTP().addNewPPr();
    }
    p.setKeepNext(true);
  }

  /** The Word style of a heading level: the title, then sections and indicators. */
  static String style(int level) {
    return switch (level) {
      case 1 -> "Title";
      case 2 -> "Heading1";
      case 3 -> "Heading2";
      default -> "Heading3";
    };
  }

  /** A4 portrait with 2 cm margins, the header and footer 1 cm from the edge. */
  private static void page(XWPFDocument d) {
    CTSectPr sect =
        d.getDocument().getBody().isSetSectPr()
            ? d.getDocument().getBody().getSectPr()
            : d.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN));
    mar.setBottom(BigInteger.valueOf(MARGIN));
    mar.setLeft(BigInteger.valueOf(MARGIN));
    mar.setRight(BigInteger.valueOf(MARGIN));
    mar.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
    mar.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
    mar.setGutter(BigInteger.ZERO);
  }

  /**
   * The header (the council's name, and the paper's title at the right margin) and the footer
   * ("Page N of M" from the PAGE and NUMPAGES fields) on every page.
   */
  private static void running(XWPFDocument d, Document.Running r) {
    XWPFHeader header = d.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph h = header.createParagraph();
    h.setStyle("Header");
    h.getCTP().getPPr().addNewTabs().addNewTab().setPos(BigInteger.valueOf(A4_WIDTH - 2 * MARGIN));
    h.getCTP().getPPr().getTabs().getTabArray(0).setVal(STTabJc.RIGHT);
    XWPFRun council = h.createRun();
    council.setText(r.council());
    council.addTab();
    h.createRun().setText(r.title());
    XWPFFooter footer = d.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph f = footer.createParagraph();
    f.setStyle("Footer");
    f.setAlignment(ParagraphAlignment.CENTER);
    f.createRun().setText(Document.Running.PAGE);
    field(f, "PAGE", "1");
    f.createRun().setText(Document.Running.OF);
    field(f, "NUMPAGES", "1");
  }

  /** A field (begin, instruction, separate, its shown result, end) in a paragraph. */
  private static void field(XWPFParagraph p, String instruction, String shown) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTR instr = p.createRun().getCTR();
    var text = instr.addNewInstrText();
    text.setStringValue(" " + instruction + " ");
    text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    p.createRun().setText(shown);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /**
   * The contents as a TOC field over the Heading 1 sections, its result filled with their names
   * until Word updates it with page numbers.
   */
  private static void contents(XWPFDocument d, List<Block> after) {
    List<String> sections = new ArrayList<>();
    for (Block b : after) {
      if (b instanceof Block.Heading h && h.level() == 2) {
        sections.add(h.text());
      }
    }
    if (sections.isEmpty()) {
      sections.add("Update this field to list the sections.");
    }
    for (int k = 0; k < sections.size(); k++) {
      XWPFParagraph p = d.createParagraph();
      p.setStyle("TOC1");
      if (k == 0) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        var text = p.createRun().getCTR().addNewInstrText();
        text.setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
      }
      p.createRun().setText(sections.get(k));
      if (k == sections.size() - 1) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
      }
    }
  }

  private static void placeholder(XWPFDocument d, String label, String prompt) {
    XWPFParagraph p = d.createParagraph();
    p.setBorderTop(Borders.DASHED);
    p.setBorderBottom(Borders.DASHED);
    p.setBorderLeft(Borders.DASHED);
    p.setBorderRight(Borders.DASHED);
    XWPFRun l = p.createRun();
    l.setBold(true);
    l.setText(label);
    XWPFRun text = p.createRun();
    text.setText(prompt);
    text.setColor("444444");
  }

  private static void table(XWPFDocument d, Block.Table t) {
    if (t.caption() != null && !t.caption().isEmpty()) {
      XWPFParagraph cap = d.createParagraph();
      cap.setStyle("Caption");
      keepNext(cap);
      cap.createRun().setText(t.caption());
    }
    XWPFTable table = d.createTable(t.rows().size() + 1, t.header().size());
    table.setStyleID(TABLE_STYLE);
    table.setWidth("100%");
    for (Border b : Border.values()) {
      b.set(table);
    }
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    head.setCantSplitRow(true);
    for (int c = 0; c < t.header().size(); c++) {
      cell(head.getCell(c), t.header().get(c), true, "E8EDF3");
    }
    for (int r = 0; r < t.rows().size(); r++) {
      List<Block.Cell> row = t.rows().get(r);
      XWPFTableRow tr = table.getRow(r + 1);
      tr.setCantSplitRow(true);
      for (int c = 0; c < row.size(); c++) {
        Block.Cell cell = row.get(c);
        String fill =
            cell.rag() == null
                ? null
                : switch (cell.rag()) {
                  case GREEN -> "D9EFDC";
                  case AMBER -> "FBE9C6";
                  case RED -> "F6D3D3";
                  case TOO_FEW, NONE -> null;
                };
        cell(tr.getCell(c), cell.text(), c == 0, fill);
      }
    }
    d.createParagraph();
  }

  /** The table's thin grey borders, outside and in. */
  private enum Border {
    TOP,
    BOTTOM,
    LEFT,
    RIGHT,
    INSIDE_H,
    INSIDE_V;

    void set(XWPFTable t) {
      XWPFTable.XWPFBorderType single = XWPFTable.XWPFBorderType.SINGLE;
      switch (this) {
        case TOP -> t.setTopBorder(single, 4, 0, "8A8A8A");
        case BOTTOM -> t.setBottomBorder(single, 4, 0, "8A8A8A");
        case LEFT -> t.setLeftBorder(single, 4, 0, "8A8A8A");
        case RIGHT -> t.setRightBorder(single, 4, 0, "8A8A8A");
        case INSIDE_H -> t.setInsideHBorder(single, 4, 0, "8A8A8A");
        case INSIDE_V -> t.setInsideVBorder(single, 4, 0, "8A8A8A");
      }
    }
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold, String fill) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setSpacingAfter(0);
    if (!bold && text.matches("-?£?[\\d,]+(\\.\\d+)?%?|c")) {
      p.setAlignment(ParagraphAlignment.RIGHT);
    }
    XWPFRun r = p.createRun();
    r.setFontSize(8);
    r.setBold(bold);
    r.setText(text);
    if (fill != null) {
      cell.setColor(fill);
    }
  }

  // ---------------------------------------------------------------- styles

  /**
   * The document's own styles: the defaults (font, size, language en-GB), Normal, Title, Heading 1
   * to 3 with outline levels, Caption, Header, Footer, TOC 1 and the table style.
   */
  private static void styles(XWPFDocument d) {
    XWPFStyles styles = d.createStyles();
    styles.setSpellingLanguage(LANGUAGE);
    CTFonts defaults = CTFonts.Factory.newInstance();
    fonts(defaults);
    styles.setDefaultFonts(defaults);
    paragraphStyle(styles, "Normal", "Normal", null, 20, false, null, -1, 0, 120);
    paragraphStyle(styles, "Title", "Title", "Normal", 40, true, BLUE, -1, 0, 240);
    paragraphStyle(styles, "Heading1", "heading 1", "Normal", 28, true, BLUE, 0, 240, 120);
    paragraphStyle(styles, "Heading2", "heading 2", "Normal", 22, true, BLUE, 1, 200, 80);
    paragraphStyle(styles, "Heading3", "heading 3", "Normal", 20, true, BLUE, 2, 160, 60);
    paragraphStyle(styles, "Caption", "caption", "Normal", 18, true, null, -1, 120, 40);
    paragraphStyle(styles, "Header", "header", "Normal", 16, false, "444444", -1, 0, 0);
    paragraphStyle(styles, "Footer", "footer", "Normal", 16, false, "444444", -1, 0, 0);
    paragraphStyle(styles, "TOC1", "toc 1", "Normal", 20, false, null, -1, 0, 60);
    tableStyle(styles);
  }

  private static void fonts(CTFonts f) {
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
  }

  private static void paragraphStyle(
      XWPFStyles styles,
      String id,
      String name,
      String basedOn,
      int halfPoints,
      boolean bold,
      String colour,
      int outline,
      int before,
      int after) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (id.equals("Normal")) {
      s.setDefault(true);
    }
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
      s.addNewNext().setVal("Normal");
    }
    if (outline >= 0 || id.equals("Title")) {
      s.addNewUiPriority().setVal(BigInteger.valueOf(outline >= 0 ? 9 : 10));
      s.addNewQFormat();
    }
    CTPPrGeneral ppr = s.addNewPPr();
    if (outline >= 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      ppr.addNewKeepNext();
    }
    var spacing = ppr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    CTRPr rpr = s.addNewRPr();
    fonts(rpr.addNewRFonts());
    if (bold) {
      rpr.addNewB();
    }
    if (colour != null) {
      rpr.addNewColor().setVal(colour);
    }
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    rpr.addNewLang().setVal(LANGUAGE);
    styles.addStyle(new XWPFStyle(s, styles));
  }

  /**
   * The table style: small text in English. (Its borders are set on each table: the lean OOXML
   * schemas POI ships have no type for a style's table properties.)
   */
  private static void tableStyle(XWPFStyles styles) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(TABLE_STYLE);
    s.setType(STStyleType.TABLE);
    s.addNewName().setVal("caseflow table");
    s.addNewUiPriority().setVal(BigInteger.valueOf(59));
    CTPPrGeneral ppr = s.addNewPPr();
    ppr.addNewSpacing().setAfter(BigInteger.ZERO);
    CTRPr rpr = s.addNewRPr();
    fonts(rpr.addNewRFonts());
    rpr.addNewSz().setVal(BigInteger.valueOf(16));
    rpr.addNewLang().setVal(LANGUAGE);
    styles.addStyle(new XWPFStyle(s, styles));
  }
}
