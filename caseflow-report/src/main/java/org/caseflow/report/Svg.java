package org.caseflow.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as inline SVG with a title, a description and real text, so a screen reader
 * can read it and a PDF keeps it as vectors. No XML declaration: it sits inside the XHTML.
 */
final class Svg {
  static final int WIDTH = 520;
  static final int HEIGHT = 220;
  private static final int LEFT = 56;
  private static final int RIGHT = 12;
  private static final int TOP = 24;
  private static final int BOTTOM = 58;

  private Svg() {}

  /**
   * The charts side by side in one SVG (one drawing for the PDF renderer to set up, not one per
   * chart), each panel with its title drawn above it; the SVG's title and description are the
   * panels' joined.
   */
  static String render(List<Chart> charts, String id) {
    return render(charts, id, 13);
  }

  /** The charts drawn at twentieths of their size (13 in the full report, 11 beside a table). */
  static String render(List<Chart> charts, String id, int twentieths) {
    StringBuilder b = new StringBuilder(8192);
    int n = charts.size();
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(n * WIDTH * twentieths / 20)
        .append("\" height=\"")
        .append(HEIGHT * twentieths / 20)
        .append("\" viewBox=\"0 0 ")
        .append(n * WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\">");
    b.append("<title id=\"").append(id).append("-t\">");
    b.append(Fmt.xml(String.join("; ", charts.stream().map(Chart::title).toList())));
    b.append("</title><desc id=\"").append(id).append("-d\">");
    b.append(Fmt.xml(String.join(" ", charts.stream().map(Chart::description).toList())));
    b.append("</desc>");
    for (int k = 0; k < n; k++) {
      b.append("<g transform=\"translate(").append(k * WIDTH).append(",0)\">");
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"12\" font-size=\"11\" font-weight=\"bold\""
                  + " fill=\"#1a1a1a\">%s</text>",
              8,
              Fmt.xml(charts.get(k).title())));
      panel(charts.get(k), b);
      b.append("</g>");
    }
    b.append("</svg>");
    return b.toString();
  }

  private static void panel(Chart chart, StringBuilder b) {
    double[] ticks = chart.ticks();
    double lo = ticks[0];
    double hi = ticks[ticks.length - 1];
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    int n = chart.labels().size();
    // Axis and gridlines.
    for (double t : ticks) {
      double y = TOP + plotH - (t - lo) / (hi - lo) * plotH;
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d0d0\""
                  + " stroke-width=\"0.6\"/>",
              LEFT,
              y,
              WIDTH - RIGHT,
              y));
      String label = chart.tickLabel(t);
      if (!label.isEmpty()) {
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" font-size=\"9\" text-anchor=\"end\""
                    + " fill=\"#333333\">%s</text>",
                LEFT - 4,
                y + 3,
                Fmt.xml(label)));
      }
    }
    int every = Math.max(1, (int) Math.ceil(n / 7.0));
    for (int i = 0; i < n; i++) {
      if ((n - 1 - i) % every != 0) {
        continue;
      }
      double x = x(i, n, plotW);
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\""
                  + " fill=\"#333333\">%s</text>",
              x,
              TOP + plotH + 13,
              Fmt.xml(chart.labels().get(i))));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\" stroke-width=\"0.8\"/>",
            LEFT,
            TOP + plotH,
            WIDTH - RIGHT,
            TOP + plotH));
    // Lines.
    int legendX = LEFT;
    for (Chart.Series s : chart.series()) {
      String colour = colour(s.kind());
      String dash = dash(s.kind());
      StringBuilder path = new StringBuilder();
      boolean pen = false;
      for (int i = 0; i < n; i++) {
        Double v = i < s.values().size() ? s.values().get(i) : null;
        if (v == null) {
          pen = false;
          continue;
        }
        double x = x(i, n, plotW);
        double y = TOP + plotH - (v - lo) / (hi - lo) * plotH;
        path.append(pen ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        pen = true;
        if (s.kind() == Chart.Kind.COUNCIL) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.6\" fill=\"%s\"/>",
                  x,
                  y,
                  colour));
        }
      }
      if (path.length() > 0) {
        b.append("<path d=\"")
            .append(path.toString().strip())
            .append("\" fill=\"none\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"")
            .append(s.kind() == Chart.Kind.COUNCIL ? "2" : "1.5")
            .append('"')
            .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
            .append("/>");
      }
      int ly = HEIGHT - 14;
      b.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>",
              legendX,
              ly - 3,
              legendX + 22,
              ly - 3,
              colour,
              dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"9\" fill=\"#222222\">%s</text>",
              legendX + 26,
              ly,
              Fmt.xml(s.name())));
      legendX += 34 + (int) (s.name().length() * 5.2);
    }
  }

  static double x(int i, int n, int plotW) {
    return n <= 1 ? LEFT + plotW / 2.0 : LEFT + 8 + i * (plotW - 16.0) / (n - 1);
  }

  /** Colours with at least 4.5:1 contrast on white. */
  static String colour(Chart.Kind kind) {
    return switch (kind) {
      case COUNCIL -> "#1d4f91";
      case ENGLAND -> "#505a5f";
      case NEIGHBOURS -> "#a3501b";
    };
  }

  static String dash(Chart.Kind kind) {
    return switch (kind) {
      case COUNCIL -> "";
      case ENGLAND -> "6 3";
      case NEIGHBOURS -> "2 2";
    };
  }
}
