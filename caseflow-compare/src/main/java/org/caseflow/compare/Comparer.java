package org.caseflow.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseflow.measure.Polarity;

/** Builds {@link Benchmark}s from the published data and the neighbour models. */
public final class Comparer {
  private final Published published;
  private final Neighbours neighbours;

  public Comparer(Published published, Neighbours neighbours) {
    this.published = published;
    this.neighbours = neighbours;
  }

  /** The bundled data. */
  public static Comparer bundled() {
    return new Comparer(Published.bundled(), Neighbours.bundled());
  }

  /** The published data in use. */
  public Published published() {
    return published;
  }

  /** The neighbour models in use. */
  public Neighbours neighbours() {
    return neighbours;
  }

  /**
   * How the council compares on a LAIT measure in a year, if LAIT has the measure.
   *
   * @param polarity the indicator's polarity, for the rank
   */
  public Optional<Benchmark> compare(String laitCode, String la, int year, Polarity polarity) {
    if (!published.hasMeasure(laitCode)) {
      return Optional.empty();
    }
    Published.Cell own =
        published.cell(laitCode, la, year).orElse(new Published.Cell(null, "x", null));
    Double england =
        published.cell(laitCode, Published.ENGLAND, year).map(Published.Cell::value).orElse(null);
    Optional<String> regionCode = published.regionOf(la);
    Double region =
        regionCode
            .flatMap(r -> published.cell(laitCode, r, year))
            .map(Published.Cell::value)
            .orElse(null);
    String regionName = regionCode.flatMap(published::area).map(Published.Area::name).orElse(null);
    List<Benchmark.NeighbourValue> ns = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    Optional<Neighbours.Group> group = neighbours.of(la);
    for (String code : group.map(Neighbours.Group::codes).orElse(List.of())) {
      Published.Cell c = published.cell(laitCode, code, year).orElse(null);
      String name = published.area(code).map(Published.Area::name).orElse(code);
      ns.add(new Benchmark.NeighbourValue(code, name, c));
      if (c != null && c.isPublished()) {
        values.add(c.value());
      }
    }
    Double mean =
        values.isEmpty()
            ? null
            : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    Map<String, Double> all = published.councilValues(laitCode, year);
    Quartiles q = all.isEmpty() ? null : Quartiles.of(all.values());
    // No polarity, no better or worse: neither a band nor a rank.
    String band =
        q != null && own.isPublished() && polarity != Polarity.NONE
            ? q.band(own.value(), polarity)
            : null;
    Integer rank = null;
    if (own.isPublished() && !all.isEmpty() && polarity != Polarity.NONE) {
      double v = own.value();
      long better =
          all.values().stream().filter(x -> polarity == Polarity.HIGH ? x > v : x < v).count();
      rank = (int) better + 1;
    }
    return Optional.of(
        new Benchmark(
            laitCode,
            year,
            own,
            england,
            region,
            regionName,
            ns,
            mean,
            Quartiles.median(values),
            values.size(),
            q,
            band,
            rank,
            all.size(),
            group.map(Neighbours.Group::model).orElse("none: the council is in neither model")));
  }
}
