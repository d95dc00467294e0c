package org.caseflow.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a {@link Document} as Word: real Heading 1 to 3 styles (so the navigation pane and a table
 * of contents work), tables with repeating header rows, charts as PNG images with alt text, and an
 * editable commentary placeholder per section.
 */
final class Docx {
  private Docx() {}

  static void render(Document doc, OutputStream out) throws IOException {
    try (XWPFDocument d = new XWPFDocument()) {
      XWPFStyles styles = d.createStyles();
      heading(styles, 1, 36, "0B2E59");
      heading(styles, 2, 28, "0B2E59");
      heading(styles, 3, 22, "0B2E59");
      d.getProperties().getCoreProperties().setTitle(doc.title());
      int chart = 0;
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
      for (Block block : doc.blocks()) {
        if (block instanceof Block.Heading h) {
          {
            XWPFParagraph p = d.createParagraph();
            p.setStyle("Heading" + h.level());
            p.createRun().setText(h.text());
          }
        } else if (block instanceof Block.Paragraph para) {
          {
            XWPFParagraph p = d.createParagraph();
            XWPFRun r = p.createRun();
            r.setText(para.text());
            if (para.style() == Block.Style.NOTE) {
              r.setFontSize(8);
            } else if (para.style() == Block.Style.LEAD) {
              r.setFontSize(12);
            }
          }
        } else if (block instanceof Block.Table t) {
          table(d, t);
        } else if (block instanceof Block.ChartBlock c) {
          {
            XWPFParagraph title = d.createParagraph();
            title.getCTP().addNewPPr();
            title.setKeepNext(true);
            title.setSpacingAfter(0);
            XWPFRun tr = title.createRun();
            tr.setBold(true);
            tr.setFontSize(8);
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
          }
        } else if (block instanceof Block.Commentary c) {
          {
            XWPFParagraph p = d.createParagraph();
            p.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.DASHED);
            p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.DASHED);
            p.setBorderLeft(org.apache.poi.xwpf.usermodel.Borders.DASHED);
            p.setBorderRight(org.apache.poi.xwpf.usermodel.Borders.DASHED);
            XWPFRun label = p.createRun();
            label.setBold(true);
            label.setText("Officer commentary (" + c.section() + "): ");
            XWPFRun text = p.createRun();
            text.setText("[Replace this text with the commentary.]");
            text.setColor("444444");
          }
        } else if (block instanceof Block.PageBreak) {
          d.createParagraph().setPageBreak(true);
        }
      }
      d.write(out);
    }
  }

  private static void table(XWPFDocument d, Block.Table t) {
    if (t.caption() != null && !t.caption().isEmpty()) {
      XWPFParagraph cap = d.createParagraph();
      cap.getCTP().addNewPPr();
      cap.setKeepNext(true);
      XWPFRun r = cap.createRun();
      r.setBold(true);
      r.setFontSize(9);
      r.setText(t.caption());
    }
    XWPFTable table = d.createTable(t.rows().size() + 1, t.header().size());
    table.setWidth("100%");
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
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

  private static void cell(XWPFTableCell cell, String text, boolean bold, String fill) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setSpacingAfter(0);
    if (!bold && text.matches("-?[\\d,]+(\\.\\d+)?%?|c")) {
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

  private static void heading(XWPFStyles styles, int level, int halfPoints, String colour) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId("Heading" + level);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal("heading " + level);
    s.addNewBasedOn().setVal("Normal");
    s.addNewNext().setVal("Normal");
    s.addNewUiPriority().setVal(BigInteger.valueOf(9));
    s.addNewQFormat();
    CTPPrGeneral ppr = s.addNewPPr();
    ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    ppr.addNewKeepNext();
    ppr.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
    CTRPr rpr = s.addNewRPr();
    rpr.addNewB();
    rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    rpr.addNewColor().setVal(colour);
    styles.addStyle(new XWPFStyle(s, styles));
  }
}
