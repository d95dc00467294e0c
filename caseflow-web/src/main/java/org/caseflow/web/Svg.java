package org.caseflow.web;

import java.util.List;
import java.util.Locale;
import org.caseflow.compare.Formats;

/** Charts as inline SVG: no script, and always with a text alternative. */
public final class Svg {
  private Svg() {}

  /** What a reference line or dot stands for. */
  public enum Kind {
    /** The council's own value. */
    COUNCIL("#1d70b8"),
    /** England's published value. */
    ENGLAND("#0b0c0c"),
    /** The statistical neighbours' mean. */
    NEIGHBOURS("#6f2c91"),
    /** One statistical neighbour. */
    NEIGHBOUR("#b1b4b6"),
    /** The local target. */
    TARGET("#00703c");

    private final String colour;

    Kind(String colour) {
      this.colour = colour;
    }

    /** The colour drawn (never the only carrier: a legend or text names each). */
    public String colour() {
      return colour;
    }
  }

  /**
   * A flat reference line on a trend chart, or a dot on a dot plot.
   *
   * @param name its name in the legend ("England 2024-25")
   * @param value its value
   * @param kind what it stands for
   */
  public record Reference(String name, double value, Kind kind) {}

  /**
   * A sparkline of the values (nulls are gaps), with its scale (the lowest and highest value shown
   * beside it), labelled for screen readers.
   *
   * @param label the text alternative, e.g. "Trend: 2020-21 12.0, 2021-22 c, …"
   */
  public static Markup sparkline(List<Double> values, String label) {
    double[] range = range(values, List.of(), false);
    StringBuilder s = open("chart spark", 150, 36, label);
    if (range == null) {
      return new Markup(s.append("</svg>").toString());
    }
    double left = 40;
    double right = 146;
    double top = 6;
    double bottom = 30;
    s.append(text(36, top + 4, Formats.plain(range[1]), "end", 11));
    s.append(text(36, bottom + 3, Formats.plain(range[0]), "end", 11));
    s.append(line(left - 2, top, left - 2, bottom, "#b1b4b6"));
    series(s, values, range, left, right, top, bottom, 2);
    return new Markup(s.append("</svg>").toString());
  }

  /** A larger line chart with the period labels under it. */
  public static Markup trend(List<Double> values, List<String> labels, String label) {
    return trend(values, labels, label, List.of(), false);
  }

  /**
   * A line chart of the values over the periods, with flat reference lines (England, the
   * neighbours' mean, the target) named in a legend under it.
   *
   * @param fromZero whether the y-axis starts at zero (counts and rates), so a small change is not
   *     drawn as a large one
   */
  public static Markup trend(
      List<Double> values,
      List<String> labels,
      String label,
      List<Reference> references,
      boolean fromZero) {
    int w = 720;
    int legendRows = references.size() + 1;
    int h = 250 + 22 * legendRows;
    StringBuilder s = open("chart trend", w, h, label);
    double[] range = range(values, references, fromZero);
    if (range == null) {
      return new Markup(s.append("</svg>").toString());
    }
    double left = 80;
    double right = w - 48;
    double top = 16;
    double bottom = 210;
    // Gridlines at round steps (1, 2, 2.5 or 5 times a power of ten), labelled.
    double step = niceStep((range[1] - range[0]) / 4);
    range[0] = Math.floor(range[0] / step) * step;
    range[1] = Math.ceil(range[1] / step) * step;
    for (double v = range[0]; v <= range[1] + step / 2; v += step) {
      double y = y(v, range, top, bottom);
      s.append(line(left, y, right, y, v == range[0] ? "#505a5f" : "#e5e6e7"));
      s.append(text(left - 8, y + 5, Formats.plain(v), "end", 14));
    }
    int n = values.size();
    for (int k = 0; k < n && labels != null; k++) {
      double x = n == 1 ? (left + right) / 2 : left + (right - left) * k / (n - 1);
      s.append(text(x, bottom + 22, labels.get(k), "middle", 14));
    }
    for (Reference r : references) {
      double y = y(r.value(), range, top, bottom);
      s.append(dashed(left, y, right, y, r.kind().colour()));
    }
    series(s, values, range, left, right, top, bottom, 4);
    // The legend: the council's line, then each reference line with its value.
    double ly = bottom + 50;
    s.append(line(left, ly - 5, left + 28, ly - 5, Kind.COUNCIL.colour(), 3));
    s.append(text(left + 36, ly, "Council", "start", 14));
    for (Reference r : references) {
      ly += 22;
      s.append(dashed(left, ly - 5, left + 28, ly - 5, r.kind().colour()));
      s.append(text(left + 36, ly, r.name() + ": " + Formats.plain(r.value()), "start", 14));
    }
    return new Markup(s.append("</svg>").toString());
  }

  /**
   * A dot plot on one line: the council among its neighbours (small grey dots), England, the
   * neighbours' mean and the target, on a scale from the lowest to the highest shown.
   *
   * @param label the text alternative naming every value
   */
  public static Markup dotPlot(List<Reference> dots, String label) {
    StringBuilder s = open("chart dots", 160, 24, label);
    if (dots.isEmpty()) {
      return new Markup(s.append("</svg>").toString());
    }
    double min = dots.stream().mapToDouble(Reference::value).min().orElse(0);
    double max = dots.stream().mapToDouble(Reference::value).max().orElse(1);
    if (max == min) {
      max = min + 1;
      min = min - 1;
    }
    double left = 8;
    double right = 152;
    s.append(line(left, 12, right, 12, "#b1b4b6"));
    // Neighbours first, so the council and the references are drawn over them.
    for (Kind k :
        List.of(Kind.NEIGHBOUR, Kind.NEIGHBOURS, Kind.ENGLAND, Kind.TARGET, Kind.COUNCIL)) {
      for (Reference d : dots) {
        if (d.kind() != k) {
          continue;
        }
        double x = left + (right - left) * (d.value() - min) / (max - min);
        switch (k) {
          case NEIGHBOUR -> s.append(circle(x, 12, 3, k.colour()));
          case COUNCIL -> s.append(circle(x, 12, 6, k.colour()));
          case TARGET -> s.append(line(x, 2, x, 22, k.colour(), 3));
          default ->
              s.append("<rect x=\"")
                  .append(fmt(x - 4))
                  .append("\" y=\"8\" width=\"8\" height=\"8\" fill=\"")
                  .append(k.colour())
                  .append("\" transform=\"rotate(45 ")
                  .append(fmt(x))
                  .append(" 12)\"/>");
        }
      }
    }
    return new Markup(s.append("</svg>").toString());
  }

  /**
   * Horizontal bars, one per category, each named with its number beside it; a null value (a
   * suppressed count) is drawn as no bar and written c.
   *
   * @param shown the numbers as shown (c when suppressed)
   */
  public static Markup bars(
      List<String> names, List<Double> values, List<String> shown, String label) {
    int rowH = 24;
    int w = 640;
    int h = rowH * names.size() + 8;
    StringBuilder s = open("chart bars", w, h, label);
    double max = 0;
    for (Double v : values) {
      if (v != null) {
        max = Math.max(max, v);
      }
    }
    double left = 220;
    double right = w - 70;
    for (int k = 0; k < names.size(); k++) {
      double y = 4 + rowH * k;
      String name = names.get(k);
      s.append(
          text(
              left - 8,
              y + 16,
              name.length() > 28 ? name.substring(0, 27) + "…" : name,
              "end",
              14));
      Double v = values.get(k);
      double bw = v == null || max <= 0 ? 0 : (right - left) * v / max;
      if (bw > 0) {
        s.append("<rect x=\"")
            .append(fmt(left))
            .append("\" y=\"")
            .append(fmt(y + 3))
            .append("\" width=\"")
            .append(fmt(bw))
            .append("\" height=\"")
            .append(rowH - 8)
            .append("\" fill=\"#1d70b8\"/>");
      }
      s.append(text(left + bw + 6, y + 16, shown.get(k), "start", 14));
    }
    return new Markup(s.append("</svg>").toString());
  }

  private static StringBuilder open(String css, int w, int h, String label) {
    StringBuilder s = new StringBuilder();
    return s.append("<svg class=\"")
        .append(css)
        .append("\" role=\"img\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append("\" aria-label=\"")
        .append(esc(label))
        .append("\"><title>")
        .append(esc(label))
        .append("</title>");
  }

  /** The lowest and highest value to draw (from zero when asked), or null when none. */
  private static double[] range(List<Double> values, List<Reference> refs, boolean fromZero) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    boolean any = false;
    for (Double v : values) {
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    for (Reference r : refs) {
      min = Math.min(min, r.value());
      max = Math.max(max, r.value());
    }
    if (fromZero && min > 0) {
      min = 0;
    }
    if (max == min) {
      // A flat series: drawn from its value (never below zero for a value that cannot be).
      max = min + 1;
      min = min >= 0 ? min : min - 1;
    }
    return new double[] {min, max};
  }

  /** The round step nearest above {@code raw}: 1, 2, 2.5 or 5 times a power of ten. */
  static double niceStep(double raw) {
    if (raw <= 0 || Double.isNaN(raw)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (raw <= m * power + 1e-12) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static double y(double v, double[] range, double top, double bottom) {
    return bottom - (bottom - top) * (v - range[0]) / (range[1] - range[0]);
  }

  private static void series(
      StringBuilder s,
      List<Double> values,
      double[] range,
      double left,
      double right,
      double top,
      double bottom,
      int r) {
    int n = values.size();
    StringBuilder points = new StringBuilder();
    for (int k = 0; k < n; k++) {
      Double v = values.get(k);
      double x = n == 1 ? (left + right) / 2 : left + (right - left) * k / (n - 1);
      if (v == null) {
        flush(s, points);
        continue;
      }
      double y = y(v, range, top, bottom);
      points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
      s.append(circle(x, y, r, Kind.COUNCIL.colour()));
    }
    flush(s, points);
  }

  private static String circle(double x, double y, double r, String colour) {
    return "<circle cx=\""
        + fmt(x)
        + "\" cy=\""
        + fmt(y)
        + "\" r=\""
        + fmt(r)
        + "\" fill=\""
        + colour
        + "\"/>";
  }

  private static String dashed(double x1, double y1, double x2, double y2, String colour) {
    return line(x1, y1, x2, y2, colour, 2).replace("/>", " stroke-dasharray=\"8 5\"/>");
  }

  private static void flush(StringBuilder s, StringBuilder points) {
    if (points.length() > 0) {
      s.append("<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
      points.setLength(0);
    }
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return line(x1, y1, x2, y2, colour, 1);
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, int width) {
    return "<line x1=\""
        + fmt(x1)
        + "\" y1=\""
        + fmt(y1)
        + "\" x2=\""
        + fmt(x2)
        + "\" y2=\""
        + fmt(y2)
        + "\" stroke=\""
        + colour
        + "\" stroke-width=\""
        + width
        + "\"/>";
  }

  private static String text(double x, double y, String t, String anchor, int size) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\" font-size=\""
        + size
        + "\" fill=\"#0b0c0c\">"
        + esc(t)
        + "</text>";
  }

  /** Escapes text for SVG content or a quoted attribute. */
  static String esc(String t) {
    if (t == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 ? ' ' : c);
      }
    }
    return out.toString();
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
