package org.caseflow.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as inline SVG with a title, a description and real text, so a screen reader
 * can read it and a PDF keeps it as vectors. No XML declaration: it sits inside the XHTML.
 *
 * <p>A panel is drawn in CSS pixels at its printed size (0.75 pt each): {@value #PANEL_WIDTH} wide,
 * two side by side fill the A4 text width (180 mm of 182). Its text is {@value #TEXT} px, 9 pt in
 * the full report and 8.1 pt beside a concise entry's table ({@link #BRIEF} per cent), so axis text
 * is never under 8 pt on A4. England's, the neighbours' and the target's lines are labelled at
 * their end; the council's line is named under the chart. Every axis starts at zero.
 */
final class Svg {
  /** A panel's width in CSS pixels (90 mm in print). */
  static final int PANEL_WIDTH = 340;

  /** A panel's height in CSS pixels. */
  static final int PANEL_HEIGHT = 196;

  /** The Word chart image's drawing size ({@link Png}; Docx sets the image from it). */
  static final int WIDTH = 520;

  /** The Word chart image's drawing height. */
  static final int HEIGHT = 220;

  /** The size of every text in a chart, in CSS pixels (9 pt). */
  static final int TEXT = 12;

  /** The per cent a chart is drawn at beside a concise entry's table (8.1 pt text). */
  static final int BRIEF = 90;

  private static final int LEFT = 50;
  private static final int RIGHT = 80;
  private static final int TOP = 28;
  private static final int BOTTOM = 42;

  private Svg() {}

  /**
   * The charts side by side in one SVG (one drawing for the PDF renderer to set up, not one per
   * chart), each panel with its title drawn above it; the SVG's title and description are the
   * panels' joined.
   *
   * @param alt whether to add an {@code alt} attribute too (the PDF's figure text: openhtmltopdf
   *     tags the drawing as a figure with it)
   */
  static String render(List<Chart> charts, String id, boolean alt) {
    return render(charts, id, 100, alt);
  }

  /** The charts drawn at a per cent of their size (100 in the full report, 90 beside a table). */
  static String render(List<Chart> charts, String id, int percent, boolean alt) {
    StringBuilder b = new StringBuilder(8192);
    int n = charts.size();
    String title = String.join("; ", charts.stream().map(Chart::title).toList());
    String desc = String.join(" ", charts.stream().map(Chart::description).toList());
    b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(n * PANEL_WIDTH * percent / 100)
        .append("\" height=\"")
        .append(PANEL_HEIGHT * percent / 100)
        .append("\" viewBox=\"0 0 ")
        .append(n * PANEL_WIDTH)
        .append(' ')
        .append(PANEL_HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\"");
    if (alt) {
      b.append(" alt=\"").append(Fmt.xml(title + ". " + desc)).append('"');
    }
    b.append('>');
    b.append("<title id=\"").append(id).append("-t\">").append(Fmt.xml(title));
    b.append("</title><desc id=\"").append(id).append("-d\">").append(Fmt.xml(desc));
    b.append("</desc>");
    for (int k = 0; k < n; k++) {
      b.append("<g transform=\"translate(").append(k * PANEL_WIDTH).append(",0)\">");
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"bold\""
                  + " fill=\"#1a1a1a\"%s</text>",
              4,
              TEXT + 2,
              TEXT,
              fit(charts.get(k).title(), PANEL_WIDTH - 8)));
      panel(charts.get(k), b);
      b.append("</g>");
    }
    b.append("</svg>");
    return b.toString();
  }

  /**
   * The text's words whole, and, when they would run past a width in pixels at {@link #TEXT} px
   * (about 0.6 of it per character), a {@code textLength} that narrows the letters to fit: a cut
   * name could change what it says ("Section 4…" for Section 47).
   */
  static String fit(String s, int width) {
    int max = (int) (width / (TEXT * 0.6));
    String text = Fmt.xml(s);
    return s.length() <= max
        ? ">" + text
        : " textLength=\"" + width + "\" lengthAdjust=\"spacingAndGlyphs\">" + text;
  }

  private static void panel(Chart chart, StringBuilder b) {
    double[] ticks = chart.ticks();
    double lo = ticks[0];
    double hi = ticks[ticks.length - 1];
    int plotW = PANEL_WIDTH - LEFT - RIGHT;
    int plotH = PANEL_HEIGHT - TOP - BOTTOM;
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
              LEFT + plotW,
              y));
      String label = chart.tickLabel(t);
      if (!label.isEmpty()) {
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"end\""
                    + " fill=\"#333333\">%s</text>",
                LEFT - 4,
                y + 4,
                TEXT,
                Fmt.xml(label)));
      }
    }
    int every = every(chart.labels(), plotW);
    for (int i = 0; i < n; i++) {
      if ((n - 1 - i) % every != 0) {
        continue;
      }
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\" text-anchor=\"middle\""
                  + " fill=\"#333333\">%s</text>",
              x(i, n, plotW),
              TOP + plotH + TEXT + 4,
              TEXT,
              Fmt.xml(chart.labels().get(i))));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\" stroke-width=\"0.8\"/>",
            LEFT,
            TOP + plotH,
            LEFT + plotW,
            TOP + plotH));
    // Lines, and where each comparator's ends (for its label).
    List<double[]> ends = new ArrayList<>();
    List<Chart.Kind> endKinds = new ArrayList<>();
    for (Chart.Series s : chart.series()) {
      String colour = colour(s.kind());
      String dash = dash(s.kind());
      StringBuilder path = new StringBuilder();
      boolean pen = false;
      double lastY = -1;
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
        lastY = y;
        if (s.kind() == Chart.Kind.COUNCIL) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.8\" fill=\"%s\"/>",
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
        if (s.kind() != Chart.Kind.COUNCIL) {
          // Labelled in the right margin, level with the line's last value.
          ends.add(new double[] {LEFT + plotW, lastY});
          endKinds.add(s.kind());
        }
      } else if (s.kind() == Chart.Kind.COUNCIL) {
        continue;
      }
      if (s.kind() == Chart.Kind.COUNCIL) {
        // The council's line is named under the chart, with its marker.
        int ly = PANEL_HEIGHT - 8;
        b.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                    + "<circle cx=\"%d\" cy=\"%d\" r=\"2.8\" fill=\"%s\"/>",
                LEFT,
                ly - 4,
                LEFT + 20,
                ly - 4,
                colour,
                LEFT + 10,
                ly - 4,
                colour));
        b.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" font-size=\"%d\" fill=\"#1a1a1a\"%s</text>",
                LEFT + 26,
                ly,
                TEXT,
                fit(s.name(), PANEL_WIDTH - LEFT - 30)));
      }
    }
    for (double[] at : labelPlaces(ends, TOP, TOP + plotH)) {
      Chart.Kind kind = endKinds.get((int) at[2]);
      b.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\">%s</text>",
              at[0] + 5,
              at[1] + 4,
              TEXT,
              colour(kind),
              kind.label()));
    }
  }

  /**
   * Every how many periods a label is written under the axis (counting back from the latest), so
   * that the longest label, at {@link #TEXT} px (about 0.6 of it per character), clears the next.
   */
  static int every(List<String> labels, int plotW) {
    int n = labels.size();
    if (n <= 1) {
      return 1;
    }
    int longest = labels.stream().mapToInt(String::length).max().orElse(0);
    double step = (plotW - 16.0) / (n - 1);
    return Math.max(1, (int) Math.ceil((longest * TEXT * 0.6 + 6) / step));
  }

  /**
   * Where each line-end label goes: in the right margin level with its line's last value, moved
   * apart vertically so no two overlap (at least a line of text between them) and kept within the
   * plot. Each place is {x, y, index of the end}.
   */
  static List<double[]> labelPlaces(List<double[]> ends, double top, double bottom) {
    List<double[]> out = new ArrayList<>();
    for (int k = 0; k < ends.size(); k++) {
      out.add(new double[] {ends.get(k)[0], ends.get(k)[1], k});
    }
    out.sort(Comparator.comparingDouble(p -> p[1]));
    double gap = TEXT + 1;
    for (int k = 1; k < out.size(); k++) {
      out.get(k)[1] = Math.max(out.get(k)[1], out.get(k - 1)[1] + gap);
    }
    // Pushed below the plot: move the stack up again.
    for (int k = out.size() - 1; k >= 0; k--) {
      double limit = k == out.size() - 1 ? bottom : out.get(k + 1)[1] - gap;
      out.get(k)[1] = Math.min(out.get(k)[1], limit);
    }
    for (double[] p : out) {
      p[1] = Math.max(p[1], top);
    }
    return out;
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
      case TARGET -> "#00703c";
    };
  }

  static String dash(Chart.Kind kind) {
    return switch (kind) {
      case COUNCIL -> "";
      case ENGLAND -> "6 3";
      case NEIGHBOURS -> "2 2";
      case TARGET -> "8 2 2 2";
    };
  }
}
