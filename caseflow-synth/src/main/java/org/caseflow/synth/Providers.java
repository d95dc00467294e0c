package org.caseflow.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The synthetic council's Ofsted-registered providers: the fostering and adoption agencies, homes,
 * schools and family centres its placements are with, each with the URN, type, sector, council and
 * postcode Ofsted's provider list gives it. A placement's URN names a provider of its type (rule
 * 219) and sector (224, and 229 for a council's own or another council's provision); a home's,
 * school's or family centre's placement is at the provider's postcode (221). Providers are made as
 * placements first need them, a few per kind, so the same spec gives the same list.
 */
final class Providers {
  /**
   * One provider on the list.
   *
   * @param kind what it provides
   * @param urn Ofsted's URN (SC and six digits)
   * @param type the provider type as Ofsted writes it
   * @param sector Local authority, Private, Voluntary or Health authority
   * @param la the council it is in (3-digit code)
   * @param postcode its postcode
   * @param name its name
   * @param registered the date it was registered
   * @param places registered places (homes), or null
   */
  record Provider(
      Kind kind,
      String urn,
      String type,
      String name,
      String sector,
      String la,
      String postcode,
      LocalDate registered,
      Integer places) {}

  /** The kind of provider a placement type is with, or null when Ofsted registers none. */
  enum Kind {
    FOSTERING(1, "Independent fostering agency", "Local authority fostering agency"),
    ADOPTION(2, "Voluntary adoption agency", "Local authority adoption agency"),
    HOME(3, "Children's home", "Children's home"),
    SECURE(4, "Secure children's home", "Secure children's home"),
    SUPPORTED(5, "Supported accommodation", "Supported accommodation"),
    SCHOOL(6, "Residential special school", "Residential special school"),
    FAMILY_CENTRE(7, "Residential family centre", "Residential family centre");

    final int digit;
    final String type;
    final String councilType;

    Kind(int digit, String type, String councilType) {
      this.digit = digit;
      this.type = type;
      this.councilType = councilType;
    }

    /** Whether a placement with this kind of provider is at the provider's postcode (221). */
    boolean atProvider() {
      return this == HOME || this == SECURE || this == SCHOOL || this == FAMILY_CENTRE;
    }

    static Kind of(String place) {
      if (place == null) {
        return null;
      }
      return switch (place) {
        case "U1", "U2", "U3", "U4", "U5", "U6" -> FOSTERING;
        case "A3", "A4", "A5", "A6" -> ADOPTION;
        case "K1" -> SECURE;
        case "K2" -> HOME;
        case "K3", "H5" -> SUPPORTED;
        case "S1" -> SCHOOL;
        case "R3" -> FAMILY_CENTRE;
        default -> null;
      };
    }
  }

  private static final Map<String, String[]> COUNCILS = councils();

  private final String la;
  private final Places places;
  private final int base;
  private final Map<String, Provider> byKey = new HashMap<>();

  Providers(String la, Places places) {
    this.la = la;
    this.places = places;
    this.base = 10 + Math.floorMod(la.hashCode(), 90);
  }

  /**
   * The provider of a placement: one of a few per kind, sector and side of the boundary. The
   * council's own provision (PR1) is its own and inside it; another council's (PR2) is in one of a
   * council outside; health (PR3), private (PR4) and voluntary (PR5) providers are inside or
   * outside as asked. A home (school, family centre) is taken, where the pool has one, at the
   * distance from the child's home asked. Null for a placement type Ofsted registers no provider
   * for.
   *
   * @param not a URN the provider must not have (the placement before), or null
   * @param home the child's home postcode, which a home's postcode is not
   */
  Provider pick(String place, String code, Places.Bin bin, String not, String home, Rng r) {
    Kind kind = Kind.of(place);
    if (kind == null) {
      return null;
    }
    boolean agency = kind == Kind.FOSTERING || kind == Kind.ADOPTION;
    boolean own = "PR1".equals(code);
    boolean other = "PR2".equals(code);
    int pool;
    if (own && agency) {
      pool = 1; // the council's own fostering service or adoption agency
    } else if (agency) {
      pool = other ? 4 : 6;
    } else if (kind == Kind.SECURE || kind == Kind.FAMILY_CENTRE) {
      pool = 2;
    } else {
      pool = own ? 4 : 8;
    }
    // an agency's office is anywhere; a home is where the child is placed
    Places.Bin side;
    if (own || (agency && !other)) {
      side = Places.Bin.IN_NEAR;
    } else if (other && agency) {
      side = Places.Bin.OUT_NEAR;
    } else {
      side = bin.outside() || other ? Places.Bin.of(true, bin.far()) : Places.Bin.IN_NEAR;
    }
    int first = r.nextInt(pool);
    Provider fallback = null;
    for (int k = 0; k < pool; k++) {
      Provider p = get(kind, code, side, (first + k) % pool);
      if (p.urn().equals(not) || (kind.atProvider() && p.postcode().equals(home))) {
        continue;
      }
      if (!kind.atProvider() || home == null || places.bin(home, p.postcode()) == bin) {
        return p;
      }
      if (fallback == null) {
        fallback = p;
      }
    }
    // none of the pool at the distance asked: the first otherwise fit, else one more
    return fallback != null ? fallback : get(kind, code, side, pool);
  }

  private Provider get(Kind kind, String code, Places.Bin side, int i) {
    String key = kind + " " + code + " " + side + " " + i;
    return byKey.computeIfAbsent(key, x -> make(kind, code, side, i));
  }

  private Provider make(Kind kind, String code, Places.Bin side, int i) {
    boolean away = side.outside();
    int sector =
        switch (code == null ? "" : code) {
          case "PR1" -> 1;
          case "PR2" -> 2;
          case "PR3" -> 3;
          case "PR5" -> 5;
          default -> 4;
        };
    // SC, then the council's three digits, the kind, the sector and side, and the pool index
    // SC, two digits of the council's, the kind, the sector, the side (inside, outside near, far)
    // and the pool index (pools hold at most 9)
    String urn =
        String.format(
            "SC%02d%d%d%d%d", base, kind.digit, sector, away ? (side.far() ? 2 : 1) : 0, i);
    Rng r = Rng.derived(base, kind.digit, sector, side.ordinal(), i);
    boolean council = sector == 1 || sector == 2;
    String postcode;
    String where;
    List<String> far = side.far() ? places.in(r.pick(places.home), Places.Bin.OUT_FAR) : List.of();
    if (!far.isEmpty()) {
      postcode = r.pick(far);
      where = places.councilOf(postcode);
    } else if (away && !places.away.isEmpty()) {
      postcode = r.pick(places.away);
      where = places.councilOf(postcode);
    } else {
      postcode = r.pick(places.home);
      where = la;
    }
    if (sector == 2) {
      // another council's provision: that council's own, in its area
      if (places.away.isEmpty()) {
        where = "000";
      }
    }
    String sectorName =
        switch (sector) {
          case 1, 2 -> "Local authority";
          case 3 -> "Health authority";
          case 5 -> "Voluntary";
          default -> "Private";
        };
    String type = council ? kind.councilType : kind.type;
    if (kind == Kind.FOSTERING && sector == 5) {
      type = "Voluntary fostering agency";
    }
    String name;
    if (council && (kind == Kind.FOSTERING || kind == Kind.ADOPTION)) {
      name = councilName(where) + (kind == Kind.FOSTERING ? " Fostering" : " Adoption");
    } else {
      name = NAMES[r.nextInt(NAMES.length)] + " " + SUFFIX[kind.digit - 1];
    }
    LocalDate registered =
        kind == Kind.SUPPORTED
            ? LocalDate.of(2023, 4, 28).plusDays(r.nextInt(200))
            : LocalDate.of(1995, 1, 1).plusDays(r.nextInt(5000));
    Integer placeCount = kind.atProvider() ? r.between(2, 8) : null;
    return new Provider(kind, urn, type, name, sectorName, where, postcode, registered, placeCount);
  }

  /** Every provider made, by URN. */
  List<Provider> all() {
    Map<String, Provider> out = new TreeMap<>();
    for (Provider p : byKey.values()) {
      out.put(p.urn(), p);
    }
    List<Provider> list = new ArrayList<>(out.values());
    list.sort(Comparator.comparing(Provider::urn));
    return list;
  }

  /** The council's name as the DfE publishes it, or its code when not known. */
  static String councilName(String code) {
    String[] c = COUNCILS.get(code);
    return c == null ? code : c[0];
  }

  /** The council's region as the DfE publishes it, or null. */
  static String region(String code) {
    String[] c = COUNCILS.get(code);
    return c == null ? null : c[1];
  }

  private static Map<String, String[]> councils() {
    Map<String, String[]> out = new HashMap<>();
    try (InputStream in =
        Providers.class.getResourceAsStream("published/b1_children_in_need_2013_to_2025.csv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource published/b1_children_in_need");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (NamedCsvRecord r : CsvReader.builder().ofNamedCsvRecord(text)) {
        String code = r.getField("old_la_code");
        if (!code.isBlank() && !out.containsKey(code)) {
          out.put(code, new String[] {r.getField("la_name"), r.getField("region_name")});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  private static final String[] NAMES = {
    "Oak", "Ash", "Birch", "Elm", "Hazel", "Rowan", "Willow", "Beech", "Cedar", "Maple", "Holly",
    "Alder", "Linden", "Laurel", "Juniper", "Heather"
  };
  private static final String[] SUFFIX = {
    "Fostering", "Adoption", "House", "Secure Centre", "Supported Living", "School", "Family Centre"
  };
}
