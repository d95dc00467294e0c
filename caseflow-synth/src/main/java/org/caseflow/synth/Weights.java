package org.caseflow.synth;

import java.util.List;

/** Codes with relative weights, drawn by a uniform number in [0, 1). */
final class Weights {
  private final String[] codes;
  private final double[] cumulative;

  private Weights(String[] codes, double[] cumulative) {
    this.codes = codes;
    this.cumulative = cumulative;
  }

  /** Pairs of code and weight: {@code of("NEG", 50, "EMO", 35)}. */
  static Weights of(Object... pairs) {
    int n = pairs.length / 2;
    String[] codes = new String[n];
    double[] cum = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      codes[i] = (String) pairs[2 * i];
      total += ((Number) pairs[2 * i + 1]).doubleValue();
      cum[i] = total;
    }
    for (int i = 0; i < n; i++) {
      cum[i] /= total;
    }
    return new Weights(codes, cum);
  }

  String draw(double u) {
    for (int i = 0; i < codes.length; i++) {
      if (u < cumulative[i]) {
        return codes[i];
      }
    }
    return codes[codes.length - 1];
  }

  List<String> codes() {
    return List.of(codes);
  }
}
