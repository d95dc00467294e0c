package org.caseflow.report.spc;

import java.util.List;
import java.util.Locale;
import org.caseflow.compare.Formats;
import org.caseflow.compare.spc.Assurance;
import org.caseflow.compare.spc.Judgement;
import org.caseflow.compare.spc.MonthlyChart;
import org.caseflow.compare.spc.Point;
import org.caseflow.compare.spc.Segment;
import org.caseflow.compare.spc.Variation;
import org.caseflow.compare.spc.XmrChart;

/**
 * The "Making Data Count" icons and the XmR chart as inline SVG (no script, no external reference),
 * each with a visible word and a text alternative ({@code role="img"}, {@code aria-label} and a
 * {@code <title>}), drawn by caseflow in the method's colours: grey for common cause, blue for
 * improvement, orange for concern, purple for a change with no good side. The report and the
 * dashboard both draw from here.
 */
public final class SpcSvg {
  /** Common cause, and hit and miss. */
  public static final String GREY = "#a6a6a6";

  /** Improvement, and a target consistently met. */
  public static final String BLUE = "#00b0f0";

  /** Concern, and a target consistently missed. */
  public static final String ORANGE = "#e46c0a";

  /** A change on an indicator with no good side. */
  public static final String PURPLE = "#7030a0";

  private static final int ICON = 56;

  private SpcSvg() {}

  /** The colour of a variation. */
  public static String colour(Variation v) {
    return switch (v) {
      case IMPROVING_HIGH, IMPROVING_LOW -> BLUE;
      case CONCERNING_HIGH, CONCERNING_LOW -> ORANGE;
      case NEITHER_HIGH, NEITHER_LOW -> PURPLE;
      case COMMON_CAUSE, NONE -> GREY;
    };
  }

  /** The colour of an assurance. */
  public static String colour(Assurance a) {
    return switch (a) {
      case CONSISTENTLY_MET -> BLUE;
      case CONSISTENTLY_MISSED -> ORANGE;
      case HIT_AND_MISS, NONE -> GREY;
    };
  }

  /** The colour of a point with a signal of this judgement (grey for none). */
  public static String colour(Judgement j) {
    return j == null
        ? GREY
        : switch (j) {
          case IMPROVEMENT -> BLUE;
          case CONCERN -> ORANGE;
          case NEUTRAL -> PURPLE;
        };
  }

  /**
   * The variation icon: a ring in the variation's colour around a small run of dots (level for
   * common cause, the last ones high or low for special cause) with a letter H or L, and the word
   * beneath.
   */
  public static String variation(Variation v) {
    String c = colour(v);
    StringBuilder s = open("spc-icon spc-variation", "Variation: " + v.alt(), ICON, ICON + 16);
    ring(s, c);
    if (v != Variation.NONE) {
      double[] ys =
          switch (v) {
            case IMPROVING_HIGH, CONCERNING_HIGH, NEITHER_HIGH -> new double[] {30, 31, 29, 20, 16};
            case IMPROVING_LOW, CONCERNING_LOW, NEITHER_LOW -> new double[] {26, 25, 27, 36, 40};
            default -> new double[] {28, 24, 31, 26, 29};
          };
      StringBuilder path = new StringBuilder();
      for (int i = 0; i < ys.length; i++) {
        double x = 14 + i * 7;
        path.append(i == 0 ? "M" : "L").append(num(x)).append(' ').append(num(ys[i]));
        s.append("<circle cx=\"")
            .append(num(x))
            .append("\" cy=\"")
            .append(num(ys[i]))
            .append("\" r=\"2.5\" fill=\"")
            .append(i >= 3 && v.isSpecial() ? c : GREY)
            .append("\"/>");
      }
      s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(GREY);
      s.append("\" stroke-width=\"1\"/>");
      if (v.isSpecial()) {
        boolean high = v.code().endsWith("high");
        letter(s, high ? "H" : "L", c, high ? 44 : 16);
      }
    }
    word(s, v.word());
    return s.append("</svg>").toString();
  }

  /**
   * The assurance icon: a ring in the assurance's colour with P (consistently met, passing), F
   * (consistently missed, failing) or ? (hit and miss), and the word beneath.
   */
  public static String assurance(Assurance a) {
    String c = colour(a);
    StringBuilder s = open("spc-icon spc-assurance", "Assurance: " + a.alt(), ICON, ICON + 16);
    ring(s, c);
    String mark =
        switch (a) {
          case CONSISTENTLY_MET -> "P";
          case CONSISTENTLY_MISSED -> "F";
          case HIT_AND_MISS -> "?";
          case NONE -> "–";
        };
    s.append("<line x1=\"12\" y1=\"40\" x2=\"44\" y2=\"40\" stroke=\"")
        .append(c)
        .append("\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>");
    s.append("<text x=\"28\" y=\"34\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\"")
        .append(" font-family=\"DejaVu Sans, sans-serif\" fill=\"")
        .append(c)
        .append("\">")
        .append(esc(mark))
        .append("</text>");
    word(s, a.word());
    return s.append("</svg>").toString();
  }

  /**
   * The XmR chart: the values as the audience sees them (gaps where hidden), and when judged the
   * mean (solid), the process limits (dashed) of each segment, and each point with a signal in its
   * judgement's colour; month labels every third month.
   *
   * @param m the chart
   * @param shown what the audience may see of it
   * @param format the value's format on the axis, e.g. {@code Formats.value(v, indicator)}
   */
  public static String chart(
      MonthlyChart m, MonthlyChart.Shown shown, java.util.function.DoubleFunction<String> format) {
    XmrChart c = m.chart();
    int w = 640;
    int h = 260;
    int left = 64;
    int right = 16;
    int top = 16;
    int bottom = 40;
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (Double v : shown.values()) {
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (shown.judged()) {
      for (Segment s : c.segments()) {
        if (s.hasLimits()) {
          min = Math.min(min, s.lower());
          max = Math.max(max, s.upper());
        }
      }
    }
    StringBuilder s = open("chart spc-chart", label(m, shown), w, h);
    if (min == Double.MAX_VALUE) {
      return s.append("</svg>").toString();
    }
    if (max == min) {
      max = min + 1;
      min = min - 1;
    }
    int n = c.points().size();
    double plotW = w - left - right;
    double plotH = h - top - bottom;
    double lo = min;
    double span = max - min;
    java.util.function.DoubleUnaryOperator y = v -> top + plotH - (v - lo) / span * plotH;
    java.util.function.IntToDoubleFunction x =
        i -> left + (n == 1 ? plotW / 2 : i * plotW / (n - 1));
    // Axis: min and max labels.
    for (double v : new double[] {min, max}) {
      s.append("<text x=\"")
          .append(left - 6)
          .append("\" y=\"")
          .append(num(y.applyAsDouble(v) + 4))
          .append(
              "\" text-anchor=\"end\" font-size=\"11\" font-family=\"DejaVu Sans, sans-serif\">")
          .append(esc(format.apply(v)))
          .append("</text>");
    }
    if (shown.judged()) {
      for (Segment g : c.segments()) {
        if (!g.hasLimits()) {
          continue;
        }
        int a = index(c, g.from());
        int b = index(c, g.to());
        double x1 = x.applyAsDouble(a);
        double x2 = x.applyAsDouble(b);
        hline(s, x1, x2, y.applyAsDouble(g.mean()), "#404040", null, "spc-mean");
        hline(s, x1, x2, y.applyAsDouble(g.upper()), "#808080", "5 4", "spc-limit");
        hline(s, x1, x2, y.applyAsDouble(g.lower()), "#808080", "5 4", "spc-limit");
      }
    }
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < n; i++) {
      Double v = shown.values().get(i);
      if (v == null) {
        pen = false;
        continue;
      }
      path.append(pen ? "L" : "M")
          .append(num(x.applyAsDouble(i)))
          .append(' ')
          .append(num(y.applyAsDouble(v)));
      pen = true;
    }
    s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(GREY);
    s.append("\" stroke-width=\"1.5\"/>");
    for (int i = 0; i < n; i++) {
      Double v = shown.values().get(i);
      if (v == null) {
        continue;
      }
      Point p = c.points().get(i);
      boolean special = shown.judged() && p.isSpecial();
      s.append("<circle class=\"")
          .append(special ? "spc-point spc-signal" : "spc-point")
          .append("\" cx=\"")
          .append(num(x.applyAsDouble(i)))
          .append("\" cy=\"")
          .append(num(y.applyAsDouble(v)))
          .append("\" r=\"")
          .append(special ? "4.5" : "3")
          .append("\" fill=\"")
          .append(special ? colour(p.judgement()) : GREY)
          .append("\"/>");
    }
    for (int i = 0; i < n; i += 3) {
      s.append("<text x=\"")
          .append(num(x.applyAsDouble(i)))
          .append("\" y=\"")
          .append(h - bottom + 18)
          .append("\" text-anchor=\"middle\" font-size=\"11\"")
          .append(" font-family=\"DejaVu Sans, sans-serif\">")
          .append(esc(c.points().get(i).month().toString()))
          .append("</text>");
    }
    return s.append("</svg>").toString();
  }

  /** The chart's text alternative: the limits, the icons and the months with a signal. */
  public static String label(MonthlyChart m, MonthlyChart.Shown shown) {
    XmrChart c = m.chart();
    StringBuilder b = new StringBuilder("XmR chart of ").append(m.indicator().name());
    b.append(", ")
        .append(c.points().get(0).month())
        .append(" to ")
        .append(c.points().get(c.points().size() - 1).month());
    if (!shown.judged()) {
      return b.append(": ").append(shown.reason()).toString();
    }
    Segment g = c.latest();
    if (g.hasLimits()) {
      b.append(": mean ")
          .append(Formats.value(g.mean(), m.indicator()))
          .append(", process limits ")
          .append(Formats.value(g.lower(), m.indicator()))
          .append(" to ")
          .append(Formats.value(g.upper(), m.indicator()));
    }
    b.append("; ").append(c.variation().alt());
    List<String> special =
        c.points().stream().filter(Point::isSpecial).map(p -> p.month().toString()).toList();
    if (!special.isEmpty()) {
      b.append("; months with a signal: ").append(String.join(", ", special));
    }
    return b.toString();
  }

  private static int index(XmrChart c, java.time.YearMonth m) {
    for (int i = 0; i < c.points().size(); i++) {
      if (c.points().get(i).month().equals(m)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no month " + m);
  }

  private static void hline(
      StringBuilder s, double x1, double x2, double y, String colour, String dash, String cls) {
    s.append("<line class=\"")
        .append(cls)
        .append("\" x1=\"")
        .append(num(x1))
        .append("\" y1=\"")
        .append(num(y))
        .append("\" x2=\"")
        .append(num(x2))
        .append("\" y2=\"")
        .append(num(y))
        .append("\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"1.2\"");
    if (dash != null) {
      s.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    s.append("/>");
  }

  private static StringBuilder open(String cls, String label, int w, int h) {
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
        .append(cls)
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

  private static void ring(StringBuilder s, String colour) {
    s.append("<circle cx=\"28\" cy=\"28\" r=\"25\" fill=\"#ffffff\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"4\"/>");
  }

  private static void letter(StringBuilder s, String letter, String colour, double y) {
    s.append("<text x=\"44\" y=\"")
        .append(num(y - 4))
        .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\"")
        .append(" font-family=\"DejaVu Sans, sans-serif\" fill=\"")
        .append(colour)
        .append("\">")
        .append(letter)
        .append("</text>");
  }

  private static void word(StringBuilder s, String word) {
    s.append("<text x=\"28\" y=\"")
        .append(ICON + 12)
        .append(
            "\" text-anchor=\"middle\" font-size=\"10\" font-family=\"DejaVu Sans, sans-serif\">")
        .append(esc(word))
        .append("</text>");
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
