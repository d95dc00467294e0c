package org.caseflow.synth;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.caseflow.domain.schema.Table;

/**
 * Writes a synthetic council's social work workforce for one collection year: the CSWW census at
 * the 30 September within it ({@code csww_YYYY.xml}) and the monthly caseload extract for its
 * twelve months ({@code caseload_YYYY.csv}). Staff in post, agency and vacancy rates, turnover,
 * caseload and sickness absence follow the council's published CSWW figures; caseloads sit around
 * the published average and one worker a month holds more than 25 cases.
 */
final class WorkforceWriter {
  private static final String[] TEAMS = {
    "Assessment North",
    "Assessment South",
    "Child Protection",
    "Children in Care",
    "Care Leavers",
    "Disabled Children"
  };
  private static final double[] FTES = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.6, 0.5};

  /** One worker on the census date or leaving before it. */
  private record Worker(
      String id,
      boolean agency,
      double fte,
      int role,
      LocalDate start,
      LocalDate end,
      int cases,
      double daysLost,
      String team) {}

  private WorkforceWriter() {}

  /** Writes both files and returns their rows per table. */
  static List<SynthResult.FileRows> write(
      Calibration.Workforce w, String la, int year, long seed, double scale, Path outDir)
      throws IOException {
    Rng rng = Rng.derived(seed, 7001, year);
    LocalDate census = LocalDate.of(year - 1, 9, 30);
    LocalDate yearBefore = census.minusYears(1);
    double employedFte = Math.max(2.0, w.inPostFte() * scale);
    double agencyFte = employedFte * w.agencyRate() / Math.max(0.05, 1 - w.agencyRate());
    double vacancies = employedFte * w.vacancyRate() / Math.max(0.05, 1 - w.vacancyRate());
    double leaversFte = employedFte * w.turnoverRate();
    List<Worker> inPost = new ArrayList<>();
    double fte = 0;
    int n = 0;
    while (fte < employedFte - 0.25) {
      double f = FTES[rng.nextInt(FTES.length)];
      int role = role(rng);
      boolean starter = rng.chance(w.turnoverRate() * 1.05);
      LocalDate start =
          starter
              ? rng.dateBetween(yearBefore.plusDays(1), census)
              : rng.dateBetween(census.minusYears(12), yearBefore);
      int cases = role == 5 || role == 4 ? cases(rng, w.caseload(), f, role) : 0;
      inPost.add(
          new Worker(
              id(100_000 + n),
              false,
              f,
              role,
              start,
              null,
              cases,
              daysLost(rng, w.absenceRate(), f),
              TEAMS[n % TEAMS.length]));
      fte += f;
      n++;
    }
    int a = 0;
    for (double af = 0; af < agencyFte - 0.5; af += 1.0) {
      inPost.add(
          new Worker(
              id(300_000 + a),
              true,
              1.0,
              5,
              null,
              null,
              cases(rng, w.caseload(), 1.0, 5),
              0,
              TEAMS[(n + a) % TEAMS.length]));
      a++;
    }
    List<Worker> leavers = new ArrayList<>();
    int l = 0;
    for (double lf = 0; lf < leaversFte - 0.25; l++) {
      double f = FTES[rng.nextInt(FTES.length)];
      leavers.add(
          new Worker(
              id(500_000 + (year % 100) * 1_000 + l),
              false,
              f,
              role(rng),
              rng.dateBetween(census.minusYears(10), yearBefore),
              rng.dateBetween(yearBefore.plusDays(1), census),
              0,
              daysLost(rng, w.absenceRate(), f) / 2,
              TEAMS[l % TEAMS.length]));
      lf += f;
    }
    List<SynthResult.FileRows> out = new ArrayList<>();
    Path xml = outDir.resolve("csww_" + year + ".xml");
    writeCensus(
        xml,
        la,
        census,
        inPost,
        leavers,
        vacancies,
        Math.min(agencyFte, vacancies * w.vacancyCoverRate()));
    Map<Table, Integer> rows = new EnumMap<>(Table.class);
    rows.put(Table.SW_WORKER, inPost.size() + leavers.size());
    rows.put(Table.SW_VACANCY, 1);
    out.add(new SynthResult.FileRows(xml, year, rows));
    Path csv = outDir.resolve("caseload_" + year + ".csv");
    int caseloadRows = writeCaseload(csv, year, inPost, w, rng);
    out.add(new SynthResult.FileRows(csv, year, Map.of(Table.CASELOAD, caseloadRows)));
    return out;
  }

  private static String id(int n) {
    return "SW" + n;
  }

  /** Roles in roughly the national mix: case holders, senior practitioners, managers. */
  private static int role(Rng rng) {
    double u = rng.uniform();
    return u < 0.58 ? 5 : u < 0.76 ? 4 : u < 0.88 ? 3 : u < 0.95 ? 6 : u < 0.99 ? 2 : 1;
  }

  /** Cases around the published average per FTE, never above 24 (the extract adds one above). */
  private static int cases(Rng rng, double average, double fte, int role) {
    double base = average * fte * (role == 4 ? 0.8 : 1.0);
    return (int) Math.max(1, Math.min(24, Math.round(base + rng.between(-3, 3))));
  }

  private static double daysLost(Rng rng, double rate, double fte) {
    double mean = rate * fte * 52 * 5;
    return rng.chance(0.4) ? Math.round(rng.exponential(mean / 0.4) * 2) / 2.0 : 0;
  }

  private static void writeCensus(
      Path file,
      String la,
      LocalDate census,
      List<Worker> inPost,
      List<Worker> leavers,
      double vacancies,
      double cover)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      Xml x = new Xml(out);
      x.open("Message");
      x.open("Header");
      x.open("CollectionDetails");
      x.leaf("Collection", "CSWW");
      x.leaf("Year", String.valueOf(census.getYear()));
      x.leaf("ReferenceDate", census.toString());
      x.close("CollectionDetails");
      x.open("Source");
      x.leaf("SourceLevel", "L");
      x.leaf("LEA", la);
      x.leaf("SoftwareCode", "caseflow-synth");
      x.close("Source");
      x.close("Header");
      x.open("LALevelVacancies");
      x.leaf("NumberOfVacancies", num(vacancies));
      x.leaf("NoAgencyFTE", num(cover));
      x.leaf("NoAgencyHeadcount", String.valueOf(Math.round(cover)));
      x.close("LALevelVacancies");
      for (Worker k : inPost) {
        worker(x, k, census);
      }
      for (Worker k : leavers) {
        worker(x, k, census);
      }
      x.close("Message");
    }
  }

  private static void worker(Xml x, Worker k, LocalDate census) throws IOException {
    boolean inPost = k.end() == null;
    x.open("CSWWWorker");
    x.leaf("AgencyWorker", k.agency() ? "1" : "0");
    x.leaf("SWENo", k.id());
    x.leaf("FTE", num(k.fte()));
    x.leaf("OrgRole", String.valueOf(k.role()));
    x.leaf("RoleStartDate", k.start() == null ? null : k.start().toString());
    x.leaf("RoleEndDate", k.end() == null ? null : k.end().toString());
    if (!inPost) {
      x.leaf("ReasonLeave", "1");
    }
    if (inPost) {
      x.leaf("FTE30", num(k.fte()));
      x.leaf("Cases30", String.valueOf(k.cases()));
    }
    if (!k.agency()) {
      x.leaf("WorkingDaysLost", num(k.daysLost()));
      double weeks =
          inPost ? 52 : Math.max(1, (k.end().toEpochDay() - census.minusYears(1).toEpochDay()) / 7);
      x.leaf("ContractWeeks", num(weeks));
    }
    x.close("CSWWWorker");
  }

  private static int writeCaseload(
      Path file, int year, List<Worker> workers, Calibration.Workforce w, Rng rng)
      throws IOException {
    List<Worker> holders = workers.stream().filter(k -> k.cases() > 0).toList();
    int rows = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("month,worker,team,fte,contract,open_cases\n");
      for (int m = 0; m < 12; m++) {
        LocalDate month = LocalDate.of(year - 1, 4, 1).plusMonths(m);
        int busiest = holders.isEmpty() ? -1 : rng.nextInt(holders.size());
        for (int i = 0; i < holders.size(); i++) {
          Worker k = holders.get(i);
          int cases =
              i == busiest
                  ? rng.between(26, 28)
                  : (int)
                      Math.max(
                          1,
                          Math.min(
                              24, Math.round(w.caseload() * k.fte() + rng.between(-3, 3) - 0.5)));
          out.write(
              String.format(
                  Locale.ROOT,
                  "%s,%s,%s,%s,%s,%d%n",
                  month.toString().substring(0, 7),
                  k.id(),
                  k.team(),
                  num(k.fte()),
                  k.agency() ? "agency" : "employed",
                  cases));
          rows++;
        }
      }
    }
    return rows;
  }

  private static String num(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
