package org.caseflow.web;

import java.util.List;
import java.util.Locale;
import org.caseflow.compare.Formats;

/** Charts as inline SVG: no script, and always with a text alternative. */
public final class Svg {
  private Svg() {}

  /**
   * A sparkline of the values (nulls are gaps), labelled for screen readers.
   *
   * @param label the text alternative, e.g. "Trend: 2020-21 12.0, 2021-22 c, …"
   */
  public static Markup sparkline(List<Double> values, String label) {
    return new Markup(chart(values, null, label, 120, 32, 3, false));
  }

  /** A larger line chart with the period labels under it. */
  public static Markup trend(List<Double> values, List<String> labels, String label) {
    return new Markup(chart(values, labels, label, 640, 240, 36, true));
  }

  private static String chart(
      List<Double> values, List<String> labels, String label, int w, int h, int pad, boolean axes) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (Double v : values) {
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" role=\"img\" width=\"")
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
    if (min == Double.MAX_VALUE) {
      return s.append("</svg>").toString();
    }
    if (max == min) {
      max = min + 1;
      min = min - 1;
    }
    int n = values.size();
    double bottom = axes ? h - pad : h - pad;
    double top = pad;
    double left = axes ? pad * 2.0 : pad;
    double right = w - pad;
    if (axes) {
      s.append(line(left, bottom, right, bottom, "#555"));
      s.append(text(left - 4, top + 4, Formats.plain(max), "end"));
      s.append(text(left - 4, bottom, Formats.plain(min), "end"));
    }
    StringBuilder points = new StringBuilder();
    for (int k = 0; k < n; k++) {
      Double v = values.get(k);
      double x = n == 1 ? (left + right) / 2 : left + (right - left) * k / (n - 1);
      if (axes && labels != null) {
        s.append(text(x, h - 8, labels.get(k), "middle"));
      }
      if (v == null) {
        flush(s, points);
        continue;
      }
      double y = bottom - (bottom - top) * (v - min) / (max - min);
      points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
      s.append("<circle cx=\"")
          .append(fmt(x))
          .append("\" cy=\"")
          .append(fmt(y))
          .append("\" r=\"")
          .append(axes ? 4 : 2)
          .append("\" fill=\"#1d4f91\"/>");
    }
    flush(s, points);
    return s.append("</svg>").toString();
  }

  private static void flush(StringBuilder s, StringBuilder points) {
    if (points.length() > 0) {
      s.append("<polyline fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
      points.setLength(0);
    }
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
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
        + "\"/>";
  }

  private static String text(double x, double y, String t, String anchor) {
    return "<text x=\""
        + fmt(x)
        + "\" y=\""
        + fmt(y)
        + "\" text-anchor=\""
        + anchor
        + "\" font-size=\"14\" fill=\"#222\">"
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
