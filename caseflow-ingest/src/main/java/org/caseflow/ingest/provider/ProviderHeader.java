package org.caseflow.ingest.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A sheet's header row, recognised as that of an Ofsted provider list.
 *
 * <p>A row is a provider list's header when one of its cells is the provider's URN and at least two
 * others are columns the lists have (provider type, places, registration date, local authority,
 * ...). Headings are matched without regard to case, spacing and punctuation, with the variants of
 * Ofsted's separate lists and of its management information layout.
 *
 * @param columns for each sheet column read, the canonical column it fills
 * @param headers for each sheet column read, its heading as written
 * @param ignored the headings of the columns not read
 */
public record ProviderHeader(
    Map<Integer, String> columns, Map<Integer, String> headers, List<String> ignored) {

  /** The headings of each canonical column, normalised (lower-case words). */
  private static final Map<String, List<String>> VARIANTS =
      Map.ofEntries(
          Map.entry(
              "urn",
              List.of(
                  "urn",
                  "provider urn",
                  "setting urn",
                  "ofsted urn",
                  "unique reference number",
                  "urn number")),
          Map.entry(
              "provider_name",
              List.of("provider name", "setting name", "name", "name of provider", "home name")),
          Map.entry(
              "provider_type",
              List.of("provider type", "type of provider", "provision type", "setting type")),
          Map.entry(
              "provider_subtype",
              List.of("provider subtype", "provider sub type", "subtype", "sub type")),
          Map.entry("ownership", List.of("ownership", "sector", "provider sector", "owner type")),
          Map.entry(
              "owner_name",
              List.of(
                  "organisation which owns the provider",
                  "organisation that owns the provider",
                  "owner name",
                  "owner",
                  "organisation name",
                  "provider owner")),
          Map.entry(
              "registration_status",
              List.of("provider status", "registration status", "status", "setting status")),
          Map.entry(
              "registration_date",
              List.of(
                  "registration date",
                  "date of registration",
                  "date registered",
                  "latest registration date",
                  "registered date")),
          Map.entry(
              "closure_date",
              List.of(
                  "date closed",
                  "closure date",
                  "date of closure",
                  "closed date",
                  "registration end date",
                  "date deregistered",
                  "deregistration date",
                  "date of deregistration")),
          Map.entry(
              "places",
              List.of(
                  "places",
                  "number of places",
                  "registered places",
                  "number of registered places",
                  "maximum places",
                  "maximum users",
                  "max users")),
          Map.entry(
              "local_authority",
              List.of(
                  "local authority", "la", "local authority name", "la name", "la of provider")),
          Map.entry("region", List.of("region", "ofsted region", "government office region")),
          Map.entry(
              "postcode",
              List.of("postcode", "post code", "setting postcode", "provider postcode")));

  /** Headings found only in the combined (management information) layout. */
  static final Set<String> COMBINED_ONLY = Set.of("provider_subtype", "owner_name");

  private static final Map<String, String> BY_HEADING = byHeading();

  private static Map<String, String> byHeading() {
    Map<String, String> out = new LinkedHashMap<>();
    VARIANTS.forEach((column, headings) -> headings.forEach(h -> out.put(h, column)));
    return out;
  }

  /** Lower-case words separated by single spaces, without punctuation. */
  static String normalise(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  /** The row as a provider list's header, or null when it is not one. */
  public static ProviderHeader recognise(List<String> cells) {
    Map<Integer, String> columns = new LinkedHashMap<>();
    Map<Integer, String> headers = new LinkedHashMap<>();
    List<String> ignored = new java.util.ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String heading = cells.get(i);
      String norm = normalise(heading);
      if (norm.isEmpty()) {
        continue;
      }
      String column = BY_HEADING.get(norm);
      if (column == null || columns.containsValue(column)) {
        ignored.add(heading.length() <= 80 ? heading : "column " + (i + 1));
        continue;
      }
      columns.put(i, column);
      headers.put(i, heading);
    }
    if (!columns.containsValue("urn") || columns.size() < 3) {
      return null;
    }
    return new ProviderHeader(Map.copyOf(columns), Map.copyOf(headers), List.copyOf(ignored));
  }

  /** Whether the header has a column for the canonical column. */
  boolean has(String column) {
    return columns.containsValue(column);
  }

  /** Whether the header is Ofsted's combined management information layout. */
  boolean combined() {
    return COMBINED_ONLY.stream().anyMatch(this::has)
        || headers.values().stream().anyMatch(h -> normalise(h).equals("sector"));
  }
}
