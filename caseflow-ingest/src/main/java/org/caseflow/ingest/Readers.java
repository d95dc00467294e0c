package org.caseflow.ingest;

import org.caseflow.ingest.annexa.AnnexAReader;
import org.caseflow.ingest.cin.CinCensusReader;
import org.caseflow.ingest.provider.ProviderListReader;
import org.caseflow.ingest.ssda903.Ssda903CsvReader;
import org.caseflow.ingest.ssda903.Ssda903XmlReader;
import org.caseflow.ingest.template.Template;
import org.caseflow.ingest.template.TemplateReader;
import org.caseflow.ingest.workforce.CswwReader;

/** The reader for each format. */
public final class Readers {
  private Readers() {}

  /** A new reader for the format. */
  public static ReturnReader forFormat(Format format) {
    return switch (format) {
      case CIN_CENSUS_XML -> new CinCensusReader();
      case SSDA903_CSV -> new Ssda903CsvReader();
      case SSDA903_XML -> new Ssda903XmlReader();
      case ANNEX_A_XLSX -> new AnnexAReader();
      case CSWW_XML -> new CswwReader();
      case OFSTED_PROVIDERS_XLSX -> new ProviderListReader();
      case CASELOAD_CSV,
          BUDGET_CSV,
          NRPF_CSV,
          EXPLOITATION_CSV,
          EARLY_HELP_TARGETS_CSV,
          HEALTH_ASSESSMENTS_CSV,
          FOSTER_CARERS_CSV,
          FOSTERING_TARGETS_CSV ->
          new TemplateReader(Template.of(format).orElseThrow());
    };
  }
}
