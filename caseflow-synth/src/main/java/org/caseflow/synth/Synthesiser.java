package org.caseflow.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseflow.synth.Model.Kid;

/**
 * Writes a synthetic council's statutory returns: per collection year the CIN census XML, the
 * SSDA903 CSVs (optionally XML), the Ofsted Annex A workbook, the Ofsted provider list the
 * SSDA903's URNs are on, the workforce census (CSWW) and the monthly caseload extract, and the
 * local templates (budget monitoring, NRPF and exploitation registers, early help targets, health
 * assessments of looked-after children, foster carer households and fostering targets), calibrated
 * from the council's published figures. The same spec always gives byte-identical files.
 */
public final class Synthesiser {
  private Synthesiser() {}

  /** Simulates the council and writes its returns for every year of the spec into outDir. */
  public static SynthResult generate(SynthSpec spec, Path outDir) {
    try {
      Files.createDirectories(outDir);
      Calibration cal = Calibration.load(spec.la());
      Simulator simulator = new Simulator(spec, cal);
      List<Kid> kids = simulator.run();
      List<SynthResult.FileRows> files = new ArrayList<>();
      // the Ofsted provider list as at the latest year's end, first: the 903's URNs are on it
      Path providers = outDir.resolve(ProviderListWriter.fileName(spec.toYear()));
      files.add(
          new SynthResult.FileRows(
              providers,
              spec.toYear(),
              ProviderListWriter.write(
                      simulator.providers().all(), new Years(spec.toYear()).end, providers)
                  .map()));
      Planting planting = new Planting(spec.quality(), spec.seed(), spec.toYear());
      Map<Integer, Ssda903> returns = new java.util.LinkedHashMap<>();
      for (int year = spec.fromYear(); year <= spec.toYear(); year++) {
        returns.put(year, Ssda903.build(kids, spec.la(), new Years(year), spec.seed()));
      }
      Ssda903.reconcileMothers(new ArrayList<>(returns.values()));
      for (int year = spec.fromYear(); year <= spec.toYear(); year++) {
        Years y = new Years(year);
        Path cin = outDir.resolve("cin_census_" + year + ".xml");
        files.add(
            new SynthResult.FileRows(
                cin, year, CinCensusWriter.write(kids, spec.la(), y, cin, planting).map()));
        Ssda903 r = returns.get(year);
        planting.plant(r, returns.get(year - 1));
        for (Map.Entry<Path, Counts> e :
            Ssda903Writer.writeCsv(r, outDir.resolve("ssda903_" + year)).entrySet()) {
          files.add(new SynthResult.FileRows(e.getKey(), year, e.getValue().map()));
        }
        Path annex = outDir.resolve("annex_a_" + year + ".xlsx");
        files.add(
            new SynthResult.FileRows(
                annex, year, AnnexAWriter.write(kids, y, spec.seed(), annex).map()));
        files.addAll(
            WorkforceWriter.write(
                cal.workforce(year), spec.la(), year, spec.seed(), spec.scale(), outDir));
        files.addAll(
            LocalWriter.write(year, spec.seed(), spec.scale(), cal.year(year).referrals(), outDir));
        files.addAll(CareLocalWriter.write(kids, year, spec.seed(), spec.scale(), outDir));
        if (spec.ssda903Xml()) {
          Path xml = outDir.resolve("ssda903_" + year + ".xml");
          files.add(new SynthResult.FileRows(xml, year, Ssda903Writer.writeXml(r, xml).map()));
        }
      }
      planting.writeManifest(outDir, returns);
      return new SynthResult(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
