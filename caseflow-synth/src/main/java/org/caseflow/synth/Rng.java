package org.caseflow.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded random source with the draws the simulation needs. Never seeded from the clock. */
final class Rng {
  private final SplittableRandom random;

  Rng(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** An independent stream for one purpose, stable for the same seed and keys. */
  static Rng derived(long seed, long... keys) {
    long h = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    for (long k : keys) {
      h = mix(h ^ (k + 0x9E3779B97F4A7C15L));
    }
    return new Rng(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  double uniform() {
    return random.nextDouble();
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number from lo to hi, both included. */
  int between(int lo, int hi) {
    return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** An exponential draw with the given mean. */
  double exponential(double mean) {
    return -mean * Math.log(1.0 - random.nextDouble());
  }

  /** A gamma(2) draw with the given mean: fewer very short spells than an exponential. */
  double gamma2(double mean) {
    return (exponential(mean / 2) + exponential(mean / 2));
  }

  /** Number of events of a Poisson process with the given mean. */
  int poisson(double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l && k < 1000);
    return k - 1;
  }

  LocalDate dateBetween(LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** One of the codes, chosen by weight. */
  String weighted(Weights w) {
    return w.draw(random.nextDouble());
  }
}
