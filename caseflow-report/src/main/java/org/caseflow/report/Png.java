package org.caseflow.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws a {@link Chart} as a PNG for Word, the same layout as {@link Svg} at 1.5 times the size.
 */
final class Png {
  private static final double SCALE = 1.5;
  private static final int LEFT = 56;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 58;

  private Png() {}

  static byte[] render(Chart chart) {
    int w = Svg.WIDTH;
    int h = Svg.HEIGHT;
    BufferedImage img =
        new BufferedImage((int) (w * SCALE), (int) (h * SCALE), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(SCALE, SCALE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setFont(Fonts.awt(9f));
      double[] ticks = chart.ticks();
      double lo = ticks[0];
      double hi = ticks[ticks.length - 1];
      int plotW = w - LEFT - RIGHT;
      int plotH = h - TOP - BOTTOM;
      int n = chart.labels().size();
      for (double t : ticks) {
        double y = TOP + plotH - (t - lo) / (hi - lo) * plotH;
        g.setColor(new Color(0xd0d0d0));
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new java.awt.geom.Line2D.Double(LEFT, y, w - RIGHT, y));
        String label = chart.tickLabel(t);
        if (!label.isEmpty()) {
          g.setColor(new Color(0x333333));
          int tw = g.getFontMetrics().stringWidth(label);
          g.drawString(label, LEFT - 4 - tw, (float) (y + 3));
        }
      }
      int every = Math.max(1, (int) Math.ceil(n / 7.0));
      g.setColor(new Color(0x333333));
      for (int i = 0; i < n; i++) {
        if ((n - 1 - i) % every != 0) {
          continue;
        }
        String label = chart.labels().get(i);
        int tw = g.getFontMetrics().stringWidth(label);
        g.drawString(label, (float) (x(i, n, plotW) - tw / 2.0), TOP + plotH + 13);
      }
      g.setStroke(new BasicStroke(0.8f));
      g.draw(new java.awt.geom.Line2D.Double(LEFT, TOP + plotH, w - RIGHT, TOP + plotH));
      int legendX = LEFT;
      for (Chart.Series s : chart.series()) {
        Color c = Color.decode(Svg.colour(s.kind()));
        BasicStroke stroke = stroke(s.kind());
        g.setColor(c);
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
          Double v = i < s.values().size() ? s.values().get(i) : null;
          if (v == null) {
            pen = false;
            continue;
          }
          double x = x(i, n, plotW);
          double y = TOP + plotH - (v - lo) / (hi - lo) * plotH;
          if (pen) {
            path.lineTo(x, y);
          } else {
            path.moveTo(x, y);
          }
          pen = true;
          if (s.kind() == Chart.Kind.COUNCIL) {
            g.fill(new java.awt.geom.Ellipse2D.Double(x - 2.6, y - 2.6, 5.2, 5.2));
          }
        }
        g.setStroke(stroke);
        g.draw(path);
        int ly = h - 14;
        g.draw(new java.awt.geom.Line2D.Double(legendX, ly - 3, legendX + 22, ly - 3));
        g.setColor(new Color(0x222222));
        g.drawString(s.name(), legendX + 26, ly);
        legendX += 34 + g.getFontMetrics().stringWidth(s.name());
      }
    } finally {
      g.dispose();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(ios);
        ImageWriteParam param = writer.getDefaultWriteParam();
        // Light compression: several times faster to write than the default, a little larger.
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.75f);
        writer.write(null, new IIOImage(img, null, null), param);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double x(int i, int n, int plotW) {
    return n <= 1 ? LEFT + plotW / 2.0 : LEFT + 8 + i * (plotW - 16.0) / (n - 1);
  }

  private static BasicStroke stroke(Chart.Kind kind) {
    return switch (kind) {
      case COUNCIL -> new BasicStroke(2f);
      case ENGLAND ->
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6, 3}, 0);
      case NEIGHBOURS ->
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {2, 2}, 0);
      case TARGET ->
          new BasicStroke(
              1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8, 2, 2, 2}, 0);
    };
  }
}
