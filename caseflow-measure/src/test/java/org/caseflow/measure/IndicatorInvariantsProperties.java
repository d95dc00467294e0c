package org.caseflow.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.domain.schema.Table.CHILD;
import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CLA_EPISODE;
import static org.caseflow.domain.schema.Table.CP_PLAN;
import static org.caseflow.domain.schema.Table.SECTION47;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.caseflow.domain.period.ReportingPeriod;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.store.Stores;

/**
 * Invariants every figure keeps, whatever the data: percentages lie within 0 to 100, nobody is in a
 * numerator without being in its denominator, and a breakdown adds up to the indicator it breaks
 * down.
 */
class IndicatorInvariantsProperties {
  private static final Catalogue CATALOGUE = Catalogue.load();
  private static final String[] SOURCES = {"1A", "2A", "3B", "4", "5D", "6", "7", "8", "9", null};
  private static final String[] NEEDS = {"N1", "N2", "N4", "N5", null};
  private static final String[] CATEGORIES = {"NEG", "PHY", "SAB", "EMO", "MUL", null};
  private static final String[] LS = {"C1", "C2", "E1", "V2", "V3", "V4", "J1", null};
  private static final String[] PLACE = {
    "U1", "U4", "U6", "K2", "A3", "A5", "P1", "H5", "T1", null
  };
  private static final String[] RNE = {"S", "P", "T", "B", "L", "U"};
  private static final String[] REC = {"X1", "E11", "E4A", "E45", "E17", "E13", "E8", null};

  private static final String[] ACCOM = {"B1", "Z1", "U2", "W2", "G2", "0", null};
  private static final String[] IN_TOUCH = {"YES", "NO", "DIED", "RHOM", null};

  /**
   * Each breakdown and the total it breaks down: the other indicator's numerator, or its
   * denominator when marked so.
   */
  private static final Map<String, String> BREAKDOWNS =
      Map.ofEntries(
          Map.entry("IN08", "IN05"),
          Map.entry("IN09S", "IN09"),
          Map.entry("OC03", "OC01"),
          Map.entry("OC04", "OC01"),
          Map.entry("LA01A", "LA01"),
          Map.entry("OC10", "OC07"),
          Map.entry("OC10L", "OC07"),
          Map.entry("LA03B", "LA03"),
          Map.entry("LA10", "LA01"),
          Map.entry("LA11", "LA01"),
          Map.entry("CL01T", "CL01 denominator"),
          Map.entry("CL01S", "CL01 denominator"));

  @Property(tries = 12)
  void figuresKeepTheirInvariants(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int children) throws Exception {
    Random r = new Random(seed);
    Path dir = Files.createTempDirectory("caseflow-prop");
    try (Store s = Stores.fresh("duckdb", dir)) {
      StoreFixture f = StoreFixture.on(s);
      for (int c = 0; c < children; c++) {
        String id = "C" + c;
        f.add(CHILD, "source", "SSDA903", "child_id", id, "birth_date", day(r, 2001, 2024));
        if (r.nextInt(3) == 0) {
          f.add(
              org.caseflow.domain.schema.Table.CARE_LEAVER,
              "child_id",
              id,
              "in_touch",
              pick(r, IN_TOUCH),
              "accommodation",
              pick(r, ACCOM));
        }
        int episodes = r.nextInt(3);
        for (int e = 1; e <= episodes; e++) {
          LocalDate ref = day(r, 2022, 2026);
          f.add(
              CIN_EPISODE,
              "child_id",
              id,
              "episode_no",
              e,
              "referral_date",
              ref,
              "closure_date",
              r.nextBoolean() ? null : ref.plusDays(r.nextInt(800)),
              "referral_nfa",
              r.nextInt(10) == 0,
              "referral_source",
              pick(r, SOURCES),
              "primary_need",
              pick(r, NEEDS));
          if (r.nextInt(3) > 0) {
            LocalDate started = ref.plusDays(r.nextInt(5));
            f.add(
                org.caseflow.domain.schema.Table.ASSESSMENT,
                "child_id",
                id,
                "episode_no",
                e,
                "assessment_no",
                1,
                "start_date",
                started,
                "authorisation_date",
                r.nextInt(5) == 0 ? null : started.plusDays(r.nextInt(90)));
            for (String factor : new String[] {"3B", "4A", "16A", "24A"}) {
              if (r.nextInt(3) == 0) {
                f.add(
                    org.caseflow.domain.schema.Table.ASSESSMENT_FACTOR,
                    "child_id",
                    id,
                    "episode_no",
                    e,
                    "assessment_no",
                    1,
                    "factor",
                    factor);
              }
            }
          }
          if (r.nextBoolean()) {
            LocalDate s47 = ref.plusDays(r.nextInt(30));
            f.add(
                SECTION47,
                "child_id",
                id,
                "episode_no",
                e,
                "start_date",
                s47,
                "icpc_date",
                r.nextBoolean() ? s47.plusDays(r.nextInt(40)) : null,
                "icpc_not_required",
                r.nextInt(5) == 0);
          }
          if (r.nextInt(3) == 0) {
            LocalDate start = ref.plusDays(r.nextInt(60));
            f.add(
                CP_PLAN,
                "child_id",
                id,
                "episode_no",
                e,
                "plan_no",
                1,
                "start_date",
                start,
                "end_date",
                r.nextBoolean() ? null : start.plusDays(r.nextInt(900)),
                "initial_category",
                pick(r, CATEGORIES),
                "latest_category",
                pick(r, CATEGORIES),
                "previous_plans",
                r.nextInt(3));
          }
        }
        LocalDate start = day(r, 2021, 2026);
        for (int e = 0; e < r.nextInt(4); e++) {
          LocalDate end = r.nextInt(3) == 0 ? null : start.plusDays(r.nextInt(400));
          f.add(
              CLA_EPISODE,
              "child_id",
              id,
              "start_date",
              start,
              "reason_new_episode",
              e == 0 ? "S" : pick(r, RNE),
              "legal_status",
              pick(r, LS),
              "placement_type",
              pick(r, PLACE),
              "end_date",
              end,
              "reason_ceased",
              end == null ? null : pick(r, REC));
          if (end == null) {
            break;
          }
          start = end;
        }
      }
      f.load();
      Measurer m = new Measurer(s, Population.bundled());
      List<ReportingPeriod> all =
          List.of("2023-24", "2024-25-Q3", "2025-02", "R12:2025-06").stream()
              .map(ReportingPeriod::parse)
              .toList();
      List<List<Figure>> parallel =
          Measurer.measureAll(s, Population.bundled(), CATALOGUE.all(), "808", all);
      for (int n = 0; n < CATALOGUE.all().size(); n++) {
        Indicator i = CATALOGUE.all().get(n);
        // A series measured in one query gives the same figures as one period at a time, and
        // measuring the catalogue on parallel connections gives the same as one by one.
        List<Figure> series = m.measure(i, "808", all);
        for (int k = 0; k < all.size(); k++) {
          assertThat(parallel.get(n).get(k).value()).as(i.id()).isEqualTo(series.get(k).value());
          assertThat(parallel.get(n).get(k).numerator())
              .as(i.id())
              .isEqualTo(series.get(k).numerator());
        }
        for (int k = 0; k < all.size(); k++) {
          Figure one = m.measure(i, "808", all.get(k));
          Figure many = series.get(k);
          assertThat(many.numerator()).as(i.id()).isEqualTo(one.numerator());
          assertThat(many.denominator()).as(i.id()).isEqualTo(one.denominator());
          assertThat(many.value()).as(i.id()).isEqualTo(one.value());
          assertThat(many.breakdown()).as(i.id()).isEqualTo(one.breakdown());
          assertThat(many.breakdownTotal()).as(i.id()).isEqualTo(one.breakdownTotal());
          assertThat(many.members()).as(i.id()).isEqualTo(one.members());
        }
      }
      for (String period : List.of("2023-24", "2024-25-Q3", "2025-02", "R12:2025-06")) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        for (Indicator i : CATALOGUE.all()) {
          Figure fig = m.measure(i, "808", p);
          for (Member mem : fig.members()) {
            if (i.unit() == Unit.PERCENT && mem.inNumerator()) {
              assertThat(mem.inDenominator()).as(i.id() + " " + period).isTrue();
            }
          }
          if (i.unit() == Unit.PERCENT && fig.value() != null) {
            assertThat(fig.value()).as(i.id()).isBetween(0.0, 100.0);
            assertThat(fig.numerator()).as(i.id()).isLessThanOrEqualTo(fig.denominator());
          }
          if (!i.breaksDown().isEmpty()) {
            // A declared breaks-down: the table's total is the other indicator's numerator.
            Figure of = m.measure(CATALOGUE.find(i.breaksDown()).orElseThrow(), "808", p);
            assertThat((double) fig.breakdownBase())
                .as(i.id() + " breaks down " + i.breaksDown())
                .isEqualTo(of.numerator() == null ? 0.0 : of.numerator());
          }
          if (BREAKDOWNS.containsKey(i.id())) {
            long sum = fig.breakdown().values().stream().mapToLong(Long::longValue).sum();
            String[] total = BREAKDOWNS.get(i.id()).split(" ");
            Figure base = m.measure(CATALOGUE.find(total[0]).orElseThrow(), "808", p);
            Double baseValue = total.length > 1 ? base.denominator() : base.numerator();
            double baseCount = baseValue == null ? 0 : baseValue;
            assertThat((double) sum)
                .as(i.id() + " adds up to " + BREAKDOWNS.get(i.id()))
                .isEqualTo(baseCount);
          }
        }
      }
    }
  }

  private static LocalDate day(Random r, int fromYear, int toYear) {
    LocalDate from = LocalDate.of(fromYear, 1, 1);
    return from.plusDays(r.nextInt((toYear - fromYear) * 365));
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
